namespace Radiomics.Dicom.Writing;

/// <summary>
/// The data element tags the SEG and SR writers (and the SR reader) use beyond <see cref="Parsing.DicomTags"/>, each with its
/// PS3.6 name and VR. Kept apart from the parser's list so the two can change independently.
/// </summary>
internal static class WriterTags
{
    /// <summary>(0002,0000) UL File Meta Information Group Length.</summary>
    public static readonly Parsing.DicomTag FileMetaInformationGroupLength = new(0x0002, 0x0000);
    /// <summary>(0002,0001) OB File Meta Information Version.</summary>
    public static readonly Parsing.DicomTag FileMetaInformationVersion = new(0x0002, 0x0001);
    /// <summary>(0002,0002) UI Media Storage SOP Class UID.</summary>
    public static readonly Parsing.DicomTag MediaStorageSopClassUid = new(0x0002, 0x0002);
    /// <summary>(0002,0003) UI Media Storage SOP Instance UID.</summary>
    public static readonly Parsing.DicomTag MediaStorageSopInstanceUid = new(0x0002, 0x0003);
    /// <summary>(0002,0012) UI Implementation Class UID.</summary>
    public static readonly Parsing.DicomTag ImplementationClassUid = new(0x0002, 0x0012);
    /// <summary>(0002,0013) SH Implementation Version Name.</summary>
    public static readonly Parsing.DicomTag ImplementationVersionName = new(0x0002, 0x0013);
    /// <summary>(0008,0005) CS Specific Character Set.</summary>
    public static readonly Parsing.DicomTag SpecificCharacterSet = new(0x0008, 0x0005);
    /// <summary>(0008,0008) CS Image Type.</summary>
    public static readonly Parsing.DicomTag ImageType = new(0x0008, 0x0008);
    /// <summary>(0008,0012) DA Instance Creation Date.</summary>
    public static readonly Parsing.DicomTag InstanceCreationDate = new(0x0008, 0x0012);
    /// <summary>(0008,0013) TM Instance Creation Time.</summary>
    public static readonly Parsing.DicomTag InstanceCreationTime = new(0x0008, 0x0013);
    /// <summary>(0008,0020) DA Study Date.</summary>
    public static readonly Parsing.DicomTag StudyDate = new(0x0008, 0x0020);
    /// <summary>(0008,0023) DA Content Date.</summary>
    public static readonly Parsing.DicomTag ContentDate = new(0x0008, 0x0023);
    /// <summary>(0008,0030) TM Study Time.</summary>
    public static readonly Parsing.DicomTag StudyTime = new(0x0008, 0x0030);
    /// <summary>(0008,0033) TM Content Time.</summary>
    public static readonly Parsing.DicomTag ContentTime = new(0x0008, 0x0033);
    /// <summary>(0008,0050) SH Accession Number.</summary>
    public static readonly Parsing.DicomTag AccessionNumber = new(0x0008, 0x0050);
    /// <summary>(0008,0070) LO Manufacturer.</summary>
    public static readonly Parsing.DicomTag Manufacturer = new(0x0008, 0x0070);
    /// <summary>(0008,0090) PN Referring Physician's Name.</summary>
    public static readonly Parsing.DicomTag ReferringPhysicianName = new(0x0008, 0x0090);
    /// <summary>(0008,0100) SH Code Value.</summary>
    public static readonly Parsing.DicomTag CodeValue = new(0x0008, 0x0100);
    /// <summary>(0008,0102) SH Coding Scheme Designator.</summary>
    public static readonly Parsing.DicomTag CodingSchemeDesignator = new(0x0008, 0x0102);
    /// <summary>(0008,0104) LO Code Meaning.</summary>
    public static readonly Parsing.DicomTag CodeMeaning = new(0x0008, 0x0104);
    /// <summary>(0008,0105) CS Mapping Resource.</summary>
    public static readonly Parsing.DicomTag MappingResource = new(0x0008, 0x0105);
    /// <summary>(0008,0110) SQ Coding Scheme Identification Sequence.</summary>
    public static readonly Parsing.DicomTag CodingSchemeIdentificationSequence = new(0x0008, 0x0110);
    /// <summary>(0008,0115) ST Coding Scheme Name.</summary>
    public static readonly Parsing.DicomTag CodingSchemeName = new(0x0008, 0x0115);
    /// <summary>(0008,0116) ST Coding Scheme Responsible Organization.</summary>
    public static readonly Parsing.DicomTag CodingSchemeResponsibleOrganization = new(0x0008, 0x0116);
    /// <summary>(0008,0118) UI Mapping Resource UID.</summary>
    public static readonly Parsing.DicomTag MappingResourceUid = new(0x0008, 0x0118);
    /// <summary>(0008,0119) UC Long Code Value.</summary>
    public static readonly Parsing.DicomTag LongCodeValue = new(0x0008, 0x0119);
    /// <summary>(0008,1030) LO Study Description.</summary>
    public static readonly Parsing.DicomTag StudyDescription = new(0x0008, 0x1030);
    /// <summary>(0008,1090) LO Manufacturer's Model Name.</summary>
    public static readonly Parsing.DicomTag ManufacturerModelName = new(0x0008, 0x1090);
    /// <summary>(0008,1111) SQ Referenced Performed Procedure Step Sequence.</summary>
    public static readonly Parsing.DicomTag ReferencedPerformedProcedureStepSequence = new(0x0008, 0x1111);
    /// <summary>(0008,1150) UI Referenced SOP Class UID.</summary>
    public static readonly Parsing.DicomTag ReferencedSopClassUid = new(0x0008, 0x1150);
    /// <summary>(0008,1160) IS Referenced Frame Number.</summary>
    public static readonly Parsing.DicomTag ReferencedFrameNumber = new(0x0008, 0x1160);
    /// <summary>(0008,1199) SQ Referenced SOP Sequence.</summary>
    public static readonly Parsing.DicomTag ReferencedSopSequence = new(0x0008, 0x1199);
    /// <summary>(0008,2218) SQ Anatomic Region Sequence.</summary>
    public static readonly Parsing.DicomTag AnatomicRegionSequence = new(0x0008, 0x2218);
    /// <summary>(0008,9215) SQ Derivation Code Sequence.</summary>
    public static readonly Parsing.DicomTag DerivationCodeSequence = new(0x0008, 0x9215);
    /// <summary>(0010,0010) PN Patient's Name.</summary>
    public static readonly Parsing.DicomTag PatientName = new(0x0010, 0x0010);
    /// <summary>(0010,0020) LO Patient ID.</summary>
    public static readonly Parsing.DicomTag PatientId = new(0x0010, 0x0020);
    /// <summary>(0010,0021) LO Issuer of Patient ID.</summary>
    public static readonly Parsing.DicomTag IssuerOfPatientId = new(0x0010, 0x0021);
    /// <summary>(0010,0030) DA Patient's Birth Date.</summary>
    public static readonly Parsing.DicomTag PatientBirthDate = new(0x0010, 0x0030);
    /// <summary>(0010,0040) CS Patient's Sex.</summary>
    public static readonly Parsing.DicomTag PatientSex = new(0x0010, 0x0040);
    /// <summary>(0018,0015) CS Body Part Examined.</summary>
    public static readonly Parsing.DicomTag BodyPartExamined = new(0x0018, 0x0015);
    /// <summary>(0018,1000) LO Device Serial Number.</summary>
    public static readonly Parsing.DicomTag DeviceSerialNumber = new(0x0018, 0x1000);
    /// <summary>(0018,1020) LO Software Versions.</summary>
    public static readonly Parsing.DicomTag SoftwareVersions = new(0x0018, 0x1020);
    /// <summary>(0020,000D) UI Study Instance UID.</summary>
    public static readonly Parsing.DicomTag StudyInstanceUid = new(0x0020, 0x000D);
    /// <summary>(0020,0010) SH Study ID.</summary>
    public static readonly Parsing.DicomTag StudyId = new(0x0020, 0x0010);
    /// <summary>(0020,0011) IS Series Number.</summary>
    public static readonly Parsing.DicomTag SeriesNumber = new(0x0020, 0x0011);
    /// <summary>(0020,1040) LO Position Reference Indicator.</summary>
    public static readonly Parsing.DicomTag PositionReferenceIndicator = new(0x0020, 0x1040);
    /// <summary>(0020,9157) UL Dimension Index Values.</summary>
    public static readonly Parsing.DicomTag DimensionIndexValues = new(0x0020, 0x9157);
    /// <summary>(0020,9164) UI Dimension Organization UID.</summary>
    public static readonly Parsing.DicomTag DimensionOrganizationUid = new(0x0020, 0x9164);
    /// <summary>(0020,9165) AT Dimension Index Pointer.</summary>
    public static readonly Parsing.DicomTag DimensionIndexPointer = new(0x0020, 0x9165);
    /// <summary>(0020,9167) AT Functional Group Pointer.</summary>
    public static readonly Parsing.DicomTag FunctionalGroupPointer = new(0x0020, 0x9167);
    /// <summary>(0020,9421) LO Dimension Description Label.</summary>
    public static readonly Parsing.DicomTag DimensionDescriptionLabel = new(0x0020, 0x9421);
    /// <summary>(0028,2110) CS Lossy Image Compression.</summary>
    public static readonly Parsing.DicomTag LossyImageCompression = new(0x0028, 0x2110);
    /// <summary>(0040,08EA) SQ Measurement Units Code Sequence.</summary>
    public static readonly Parsing.DicomTag MeasurementUnitsCodeSequence = new(0x0040, 0x08EA);
    /// <summary>(0040,A010) CS Relationship Type.</summary>
    public static readonly Parsing.DicomTag RelationshipType = new(0x0040, 0xA010);
    /// <summary>(0040,A040) CS Value Type.</summary>
    public static readonly Parsing.DicomTag ValueType = new(0x0040, 0xA040);
    /// <summary>(0040,A043) SQ Concept Name Code Sequence.</summary>
    public static readonly Parsing.DicomTag ConceptNameCodeSequence = new(0x0040, 0xA043);
    /// <summary>(0040,A050) CS Continuity Of Content.</summary>
    public static readonly Parsing.DicomTag ContinuityOfContent = new(0x0040, 0xA050);
    /// <summary>(0040,A124) UI UID.</summary>
    public static readonly Parsing.DicomTag Uid = new(0x0040, 0xA124);
    /// <summary>(0040,A160) UT Text Value.</summary>
    public static readonly Parsing.DicomTag TextValue = new(0x0040, 0xA160);
    /// <summary>(0040,A161) FD Floating Point Value.</summary>
    public static readonly Parsing.DicomTag FloatingPointValue = new(0x0040, 0xA161);
    /// <summary>(0040,A168) SQ Concept Code Sequence.</summary>
    public static readonly Parsing.DicomTag ConceptCodeSequence = new(0x0040, 0xA168);
    /// <summary>(0040,A170) SQ Purpose of Reference Code Sequence.</summary>
    public static readonly Parsing.DicomTag PurposeOfReferenceCodeSequence = new(0x0040, 0xA170);
    /// <summary>(0040,A300) SQ Measured Value Sequence.</summary>
    public static readonly Parsing.DicomTag MeasuredValueSequence = new(0x0040, 0xA300);
    /// <summary>(0040,A301) SQ Numeric Value Qualifier Code Sequence.</summary>
    public static readonly Parsing.DicomTag NumericValueQualifierCodeSequence = new(0x0040, 0xA301);
    /// <summary>(0040,A30A) DS Numeric Value.</summary>
    public static readonly Parsing.DicomTag NumericValue = new(0x0040, 0xA30A);
    /// <summary>(0040,A372) SQ Performed Procedure Code Sequence.</summary>
    public static readonly Parsing.DicomTag PerformedProcedureCodeSequence = new(0x0040, 0xA372);
    /// <summary>(0040,A375) SQ Current Requested Procedure Evidence Sequence.</summary>
    public static readonly Parsing.DicomTag CurrentRequestedProcedureEvidenceSequence = new(0x0040, 0xA375);
    /// <summary>(0040,A491) CS Completion Flag.</summary>
    public static readonly Parsing.DicomTag CompletionFlag = new(0x0040, 0xA491);
    /// <summary>(0040,A493) CS Verification Flag.</summary>
    public static readonly Parsing.DicomTag VerificationFlag = new(0x0040, 0xA493);
    /// <summary>(0040,A504) SQ Content Template Sequence.</summary>
    public static readonly Parsing.DicomTag ContentTemplateSequence = new(0x0040, 0xA504);
    /// <summary>(0040,A730) SQ Content Sequence.</summary>
    public static readonly Parsing.DicomTag ContentSequence = new(0x0040, 0xA730);
    /// <summary>(0040,DB00) CS Template Identifier.</summary>
    public static readonly Parsing.DicomTag TemplateIdentifier = new(0x0040, 0xDB00);
    /// <summary>(0062,0003) SQ Segmented Property Category Code Sequence.</summary>
    public static readonly Parsing.DicomTag SegmentedPropertyCategoryCodeSequence = new(0x0062, 0x0003);
    /// <summary>(0062,0008) CS Segment Algorithm Type.</summary>
    public static readonly Parsing.DicomTag SegmentAlgorithmType = new(0x0062, 0x0008);
    /// <summary>(0062,0009) LO Segment Algorithm Name.</summary>
    public static readonly Parsing.DicomTag SegmentAlgorithmName = new(0x0062, 0x0009);
    /// <summary>(0062,000D) US Recommended Display CIELab Value.</summary>
    public static readonly Parsing.DicomTag RecommendedDisplayCieLabValue = new(0x0062, 0x000D);
    /// <summary>(0062,000F) SQ Segmented Property Type Code Sequence.</summary>
    public static readonly Parsing.DicomTag SegmentedPropertyTypeCodeSequence = new(0x0062, 0x000F);
    /// <summary>(0062,0011) SQ Segmented Property Type Modifier Code Sequence.</summary>
    public static readonly Parsing.DicomTag SegmentedPropertyTypeModifierCodeSequence = new(0x0062, 0x0011);
    /// <summary>(0062,0020) UT Tracking ID.</summary>
    public static readonly Parsing.DicomTag TrackingId = new(0x0062, 0x0020);
    /// <summary>(0062,0021) UI Tracking UID.</summary>
    public static readonly Parsing.DicomTag TrackingUid = new(0x0062, 0x0021);
    /// <summary>(0070,0080) CS Content Label.</summary>
    public static readonly Parsing.DicomTag ContentLabel = new(0x0070, 0x0080);
    /// <summary>(0070,0081) LO Content Description.</summary>
    public static readonly Parsing.DicomTag ContentDescription = new(0x0070, 0x0081);
    /// <summary>(0070,0084) PN Content Creator's Name.</summary>
    public static readonly Parsing.DicomTag ContentCreatorName = new(0x0070, 0x0084);
}
