namespace Radiomics.Dicom.Parsing;

/// <summary>The data element tags this reader uses, each with its PS3.6 keyword and VR.</summary>
public static class DicomTags
{
    // ---- Delimitation (PS3.5 §7.5): no VR, always a 4-byte length.
    /// <summary>(FFFE,E000) Item.</summary>
    public static readonly DicomTag Item = new(0xFFFE, 0xE000);
    /// <summary>(FFFE,E00D) Item Delimitation Item.</summary>
    public static readonly DicomTag ItemDelimitation = new(0xFFFE, 0xE00D);
    /// <summary>(FFFE,E0DD) Sequence Delimitation Item.</summary>
    public static readonly DicomTag SequenceDelimitation = new(0xFFFE, 0xE0DD);

    // ---- File meta information (PS3.10 §7.1).
    /// <summary>(0002,0010) UI Transfer Syntax UID.</summary>
    public static readonly DicomTag TransferSyntaxUid = new(0x0002, 0x0010);

    // ---- Patient, study, series, instance.
    /// <summary>(0008,0016) UI SOP Class UID.</summary>
    public static readonly DicomTag SopClassUid = new(0x0008, 0x0016);
    /// <summary>(0008,0018) UI SOP Instance UID.</summary>
    public static readonly DicomTag SopInstanceUid = new(0x0008, 0x0018);
    /// <summary>(0008,0021) DA Series Date.</summary>
    public static readonly DicomTag SeriesDate = new(0x0008, 0x0021);
    /// <summary>(0008,0022) DA Acquisition Date.</summary>
    public static readonly DicomTag AcquisitionDate = new(0x0008, 0x0022);
    /// <summary>(0008,0031) TM Series Time.</summary>
    public static readonly DicomTag SeriesTime = new(0x0008, 0x0031);
    /// <summary>(0008,0032) TM Acquisition Time.</summary>
    public static readonly DicomTag AcquisitionTime = new(0x0008, 0x0032);
    /// <summary>(0008,0060) CS Modality.</summary>
    public static readonly DicomTag Modality = new(0x0008, 0x0060);
    /// <summary>(0008,103E) LO Series Description.</summary>
    public static readonly DicomTag SeriesDescription = new(0x0008, 0x103E);
    /// <summary>(0008,1115) SQ Referenced Series Sequence.</summary>
    public static readonly DicomTag ReferencedSeriesSequence = new(0x0008, 0x1115);
    /// <summary>(0008,1155) UI Referenced SOP Instance UID.</summary>
    public static readonly DicomTag ReferencedSopInstanceUid = new(0x0008, 0x1155);
    /// <summary>(0010,1030) DS Patient's Weight (kg).</summary>
    public static readonly DicomTag PatientWeight = new(0x0010, 0x1030);
    /// <summary>(0018,0050) DS Slice Thickness.</summary>
    public static readonly DicomTag SliceThickness = new(0x0018, 0x0050);
    /// <summary>(0018,0088) DS Spacing Between Slices.</summary>
    public static readonly DicomTag SpacingBetweenSlices = new(0x0018, 0x0088);
    /// <summary>(0018,1164) DS Imager Pixel Spacing.</summary>
    public static readonly DicomTag ImagerPixelSpacing = new(0x0018, 0x1164);
    /// <summary>(0018,1072) TM Radiopharmaceutical Start Time.</summary>
    public static readonly DicomTag RadiopharmaceuticalStartTime = new(0x0018, 0x1072);
    /// <summary>(0018,1074) DS Radionuclide Total Dose (Bq).</summary>
    public static readonly DicomTag RadionuclideTotalDose = new(0x0018, 0x1074);
    /// <summary>(0018,1075) DS Radionuclide Half Life (s).</summary>
    public static readonly DicomTag RadionuclideHalfLife = new(0x0018, 0x1075);
    /// <summary>(0018,1078) DT Radiopharmaceutical Start DateTime.</summary>
    public static readonly DicomTag RadiopharmaceuticalStartDateTime = new(0x0018, 0x1078);
    /// <summary>(0020,000E) UI Series Instance UID.</summary>
    public static readonly DicomTag SeriesInstanceUid = new(0x0020, 0x000E);
    /// <summary>(0020,0013) IS Instance Number.</summary>
    public static readonly DicomTag InstanceNumber = new(0x0020, 0x0013);
    /// <summary>(0020,0032) DS Image Position (Patient).</summary>
    public static readonly DicomTag ImagePositionPatient = new(0x0020, 0x0032);
    /// <summary>(0020,0037) DS Image Orientation (Patient).</summary>
    public static readonly DicomTag ImageOrientationPatient = new(0x0020, 0x0037);
    /// <summary>(0020,0052) UI Frame of Reference UID.</summary>
    public static readonly DicomTag FrameOfReferenceUid = new(0x0020, 0x0052);
    /// <summary>(0020,9113) SQ Plane Position Sequence.</summary>
    public static readonly DicomTag PlanePositionSequence = new(0x0020, 0x9113);
    /// <summary>(0020,9116) SQ Plane Orientation Sequence.</summary>
    public static readonly DicomTag PlaneOrientationSequence = new(0x0020, 0x9116);
    /// <summary>(0028,0002) US Samples per Pixel.</summary>
    public static readonly DicomTag SamplesPerPixel = new(0x0028, 0x0002);
    /// <summary>(0028,0004) CS Photometric Interpretation.</summary>
    public static readonly DicomTag PhotometricInterpretation = new(0x0028, 0x0004);
    /// <summary>(0028,0006) US Planar Configuration.</summary>
    public static readonly DicomTag PlanarConfiguration = new(0x0028, 0x0006);
    /// <summary>(0028,0008) IS Number of Frames.</summary>
    public static readonly DicomTag NumberOfFrames = new(0x0028, 0x0008);
    /// <summary>(0028,0010) US Rows.</summary>
    public static readonly DicomTag Rows = new(0x0028, 0x0010);
    /// <summary>(0028,0011) US Columns.</summary>
    public static readonly DicomTag Columns = new(0x0028, 0x0011);
    /// <summary>(0028,0030) DS Pixel Spacing (row spacing \ column spacing).</summary>
    public static readonly DicomTag PixelSpacing = new(0x0028, 0x0030);
    /// <summary>(0028,0100) US Bits Allocated.</summary>
    public static readonly DicomTag BitsAllocated = new(0x0028, 0x0100);
    /// <summary>(0028,0101) US Bits Stored.</summary>
    public static readonly DicomTag BitsStored = new(0x0028, 0x0101);
    /// <summary>(0028,0102) US High Bit.</summary>
    public static readonly DicomTag HighBit = new(0x0028, 0x0102);
    /// <summary>(0028,0103) US Pixel Representation (0 unsigned, 1 two's complement).</summary>
    public static readonly DicomTag PixelRepresentation = new(0x0028, 0x0103);
    /// <summary>(0028,0120) US/SS Pixel Padding Value.</summary>
    public static readonly DicomTag PixelPaddingValue = new(0x0028, 0x0120);
    /// <summary>(0028,1052) DS Rescale Intercept.</summary>
    public static readonly DicomTag RescaleIntercept = new(0x0028, 0x1052);
    /// <summary>(0028,1053) DS Rescale Slope.</summary>
    public static readonly DicomTag RescaleSlope = new(0x0028, 0x1053);
    /// <summary>(0028,9110) SQ Pixel Measures Sequence.</summary>
    public static readonly DicomTag PixelMeasuresSequence = new(0x0028, 0x9110);
    /// <summary>(0028,9145) SQ Pixel Value Transformation Sequence.</summary>
    public static readonly DicomTag PixelValueTransformationSequence = new(0x0028, 0x9145);
    /// <summary>(0054,0016) SQ Radiopharmaceutical Information Sequence.</summary>
    public static readonly DicomTag RadiopharmaceuticalInformationSequence = new(0x0054, 0x0016);
    /// <summary>(0054,1001) CS Units (PET).</summary>
    public static readonly DicomTag Units = new(0x0054, 0x1001);
    /// <summary>(0054,1102) CS Decay Correction.</summary>
    public static readonly DicomTag DecayCorrection = new(0x0054, 0x1102);
    /// <summary>(5200,9229) SQ Shared Functional Groups Sequence.</summary>
    public static readonly DicomTag SharedFunctionalGroupsSequence = new(0x5200, 0x9229);
    /// <summary>(5200,9230) SQ Per-frame Functional Groups Sequence.</summary>
    public static readonly DicomTag PerFrameFunctionalGroupsSequence = new(0x5200, 0x9230);
    /// <summary>(7FE0,0010) OB/OW Pixel Data.</summary>
    public static readonly DicomTag PixelData = new(0x7FE0, 0x0010);

    // ---- RT Structure Set (PS3.3 C.8.8.5, C.8.8.6).
    /// <summary>(3006,0010) SQ Referenced Frame of Reference Sequence.</summary>
    public static readonly DicomTag ReferencedFrameOfReferenceSequence = new(0x3006, 0x0010);
    /// <summary>(3006,0012) SQ RT Referenced Study Sequence.</summary>
    public static readonly DicomTag RtReferencedStudySequence = new(0x3006, 0x0012);
    /// <summary>(3006,0014) SQ RT Referenced Series Sequence.</summary>
    public static readonly DicomTag RtReferencedSeriesSequence = new(0x3006, 0x0014);
    /// <summary>(3006,0016) SQ Contour Image Sequence.</summary>
    public static readonly DicomTag ContourImageSequence = new(0x3006, 0x0016);
    /// <summary>(3006,0020) SQ Structure Set ROI Sequence.</summary>
    public static readonly DicomTag StructureSetRoiSequence = new(0x3006, 0x0020);
    /// <summary>(3006,0022) IS ROI Number.</summary>
    public static readonly DicomTag RoiNumber = new(0x3006, 0x0022);
    /// <summary>(3006,0024) UI Referenced Frame of Reference UID.</summary>
    public static readonly DicomTag ReferencedFrameOfReferenceUid = new(0x3006, 0x0024);
    /// <summary>(3006,0026) LO ROI Name.</summary>
    public static readonly DicomTag RoiName = new(0x3006, 0x0026);
    /// <summary>(3006,0039) SQ ROI Contour Sequence.</summary>
    public static readonly DicomTag RoiContourSequence = new(0x3006, 0x0039);
    /// <summary>(3006,0040) SQ Contour Sequence.</summary>
    public static readonly DicomTag ContourSequence = new(0x3006, 0x0040);
    /// <summary>(3006,0042) CS Contour Geometric Type.</summary>
    public static readonly DicomTag ContourGeometricType = new(0x3006, 0x0042);
    /// <summary>(3006,0046) IS Number of Contour Points.</summary>
    public static readonly DicomTag NumberOfContourPoints = new(0x3006, 0x0046);
    /// <summary>(3006,0050) DS Contour Data (x\y\z triplets, mm).</summary>
    public static readonly DicomTag ContourData = new(0x3006, 0x0050);
    /// <summary>(3006,0080) SQ RT ROI Observations Sequence.</summary>
    public static readonly DicomTag RtRoiObservationsSequence = new(0x3006, 0x0080);
    /// <summary>(3006,0084) IS Referenced ROI Number.</summary>
    public static readonly DicomTag ReferencedRoiNumber = new(0x3006, 0x0084);

    // ---- Segmentation (PS3.3 C.8.20).
    /// <summary>(0062,0001) CS Segmentation Type (BINARY, FRACTIONAL).</summary>
    public static readonly DicomTag SegmentationType = new(0x0062, 0x0001);
    /// <summary>(0062,0002) SQ Segment Sequence.</summary>
    public static readonly DicomTag SegmentSequence = new(0x0062, 0x0002);
    /// <summary>(0062,0004) US Segment Number.</summary>
    public static readonly DicomTag SegmentNumber = new(0x0062, 0x0004);
    /// <summary>(0062,0005) LO Segment Label.</summary>
    public static readonly DicomTag SegmentLabel = new(0x0062, 0x0005);
    /// <summary>(0062,0006) ST Segment Description.</summary>
    public static readonly DicomTag SegmentDescription = new(0x0062, 0x0006);
    /// <summary>(0062,000A) SQ Segment Identification Sequence.</summary>
    public static readonly DicomTag SegmentIdentificationSequence = new(0x0062, 0x000A);
    /// <summary>(0062,000B) US Referenced Segment Number.</summary>
    public static readonly DicomTag ReferencedSegmentNumber = new(0x0062, 0x000B);
    /// <summary>(0062,000E) US Maximum Fractional Value.</summary>
    public static readonly DicomTag MaximumFractionalValue = new(0x0062, 0x000E);
    /// <summary>(0062,0010) CS Segmentation Fractional Type.</summary>
    public static readonly DicomTag SegmentationFractionalType = new(0x0062, 0x0010);
    /// <summary>(0008,1140) SQ Referenced Image Sequence.</summary>
    public static readonly DicomTag ReferencedImageSequence = new(0x0008, 0x1140);
    /// <summary>(0008,9124) SQ Derivation Image Sequence.</summary>
    public static readonly DicomTag DerivationImageSequence = new(0x0008, 0x9124);
    /// <summary>(0008,2112) SQ Source Image Sequence.</summary>
    public static readonly DicomTag SourceImageSequence = new(0x0008, 0x2112);
    /// <summary>(0008,114A) SQ Referenced Instance Sequence.</summary>
    public static readonly DicomTag ReferencedInstanceSequence = new(0x0008, 0x114A);
    /// <summary>(0020,9111) SQ Frame Content Sequence.</summary>
    public static readonly DicomTag FrameContentSequence = new(0x0020, 0x9111);
    /// <summary>(0020,9221) SQ Dimension Organization Sequence.</summary>
    public static readonly DicomTag DimensionOrganizationSequence = new(0x0020, 0x9221);
    /// <summary>(0020,9222) SQ Dimension Index Sequence.</summary>
    public static readonly DicomTag DimensionIndexSequence = new(0x0020, 0x9222);
}
