namespace Radiomics.Dicom.Coding;

/// <summary>
/// The coded concepts the SEG and SR writers use, each with the place of the standard that defines it: DCM codes
/// from PS3.16 Annex D, SNOMED CT (SCT) codes from the context groups named.
/// </summary>
public static class DicomCodes
{
    // ---- Segmentation (PS3.3 C.8.20, PS3.16 CID 7150/7151).
    /// <summary>(49755003, SCT) "Morphologically Altered Structure": CID 7150 segmentation property category.</summary>
    public static readonly CodedConcept MorphologicallyAlteredStructure = new("49755003", "SCT", "Morphologically Altered Structure");
    /// <summary>(4147007, SCT) "Mass": CID 7151 segmentation property type, and the TID 1411 finding for a lesion.</summary>
    public static readonly CodedConcept Mass = new("4147007", "SCT", "Mass");
    /// <summary>(121322, DCM) "Source image for image processing operation": CID 7202 purpose of reference.</summary>
    public static readonly CodedConcept SourceImageForProcessing = new("121322", "DCM", "Source image for image processing operation");
    /// <summary>(113076, DCM) "Segmentation": CID 7203 image derivation.</summary>
    public static readonly CodedConcept Segmentation = new("113076", "DCM", "Segmentation");

    // ---- TID 1500 Measurement Report and its sub-templates (PS3.16 Annex A).
    /// <summary>(126000, DCM) "Imaging Measurement Report": the TID 1500 document title.</summary>
    public static readonly CodedConcept ImagingMeasurementReport = new("126000", "DCM", "Imaging Measurement Report");
    /// <summary>(121049, DCM) "Language of Content Item and Descendants" (TID 1204).</summary>
    public static readonly CodedConcept LanguageOfContent = new("121049", "DCM", "Language of Content Item and Descendants");
    /// <summary>(en-US, RFC5646) "English (United States)": CID 5000 language.</summary>
    public static readonly CodedConcept EnglishUnitedStates = new("en-US", "RFC5646", "English (United States)");
    /// <summary>(121005, DCM) "Observer Type" (TID 1002).</summary>
    public static readonly CodedConcept ObserverType = new("121005", "DCM", "Observer Type");
    /// <summary>(121007, DCM) "Device": CID 270 observer type.</summary>
    public static readonly CodedConcept Device = new("121007", "DCM", "Device");
    /// <summary>(121012, DCM) "Device Observer UID" (TID 1004).</summary>
    public static readonly CodedConcept DeviceObserverUid = new("121012", "DCM", "Device Observer UID");
    /// <summary>(121013, DCM) "Device Observer Name" (TID 1004).</summary>
    public static readonly CodedConcept DeviceObserverName = new("121013", "DCM", "Device Observer Name");
    /// <summary>(121014, DCM) "Device Observer Manufacturer" (TID 1004).</summary>
    public static readonly CodedConcept DeviceObserverManufacturer = new("121014", "DCM", "Device Observer Manufacturer");
    /// <summary>(121015, DCM) "Device Observer Model Name" (TID 1004).</summary>
    public static readonly CodedConcept DeviceObserverModelName = new("121015", "DCM", "Device Observer Model Name");
    /// <summary>(121058, DCM) "Procedure reported" (TID 1500 row 4).</summary>
    public static readonly CodedConcept ProcedureReported = new("121058", "DCM", "Procedure reported");
    /// <summary>(111028, DCM) "Image Library" (TID 1600).</summary>
    public static readonly CodedConcept ImageLibrary = new("111028", "DCM", "Image Library");
    /// <summary>(126200, DCM) "Image Library Group" (TID 1601).</summary>
    public static readonly CodedConcept ImageLibraryGroup = new("126200", "DCM", "Image Library Group");
    /// <summary>(121139, DCM) "Modality" (TID 1602 acquisition context).</summary>
    public static readonly CodedConcept Modality = new("121139", "DCM", "Modality");
    /// <summary>(112227, DCM) "Frame of Reference UID" (TID 1602 acquisition context).</summary>
    public static readonly CodedConcept FrameOfReferenceUid = new("112227", "DCM", "Frame of Reference UID");
    /// <summary>(126010, DCM) "Imaging Measurements" (TID 1500 row 6).</summary>
    public static readonly CodedConcept ImagingMeasurements = new("126010", "DCM", "Imaging Measurements");
    /// <summary>(125007, DCM) "Measurement Group" (TID 1411 row 1).</summary>
    public static readonly CodedConcept MeasurementGroup = new("125007", "DCM", "Measurement Group");
    /// <summary>(112039, DCM) "Tracking Identifier" (TID 4108).</summary>
    public static readonly CodedConcept TrackingIdentifier = new("112039", "DCM", "Tracking Identifier");
    /// <summary>(112040, DCM) "Tracking Unique Identifier" (TID 4108).</summary>
    public static readonly CodedConcept TrackingUniqueIdentifier = new("112040", "DCM", "Tracking Unique Identifier");
    /// <summary>(121071, DCM) "Finding" (TID 1411).</summary>
    public static readonly CodedConcept Finding = new("121071", "DCM", "Finding");
    /// <summary>(121191, DCM) "Referenced Segment" (TID 1411).</summary>
    public static readonly CodedConcept ReferencedSegment = new("121191", "DCM", "Referenced Segment");
    /// <summary>(121232, DCM) "Source series for segmentation" (TID 1411).</summary>
    public static readonly CodedConcept SourceSeriesForSegmentation = new("121232", "DCM", "Source series for segmentation");
    /// <summary>(111001, DCM) "Algorithm Name" (TID 4019).</summary>
    public static readonly CodedConcept AlgorithmName = new("111001", "DCM", "Algorithm Name");
    /// <summary>(111003, DCM) "Algorithm Version" (TID 4019).</summary>
    public static readonly CodedConcept AlgorithmVersion = new("111003", "DCM", "Algorithm Version");
    /// <summary>(111002, DCM) "Algorithm Parameters" (TID 4019).</summary>
    public static readonly CodedConcept AlgorithmParameters = new("111002", "DCM", "Algorithm Parameters");
    /// <summary>(121050, DCM) "Equivalent Meaning of Concept Name" (TID 300 row 16).</summary>
    public static readonly CodedConcept EquivalentMeaningOfConceptName = new("121050", "DCM", "Equivalent Meaning of Concept Name");

    // ---- Numeric Value Qualifier (CID 42): what a NUM holds instead of a number.
    /// <summary>(114000, DCM) "Not a number".</summary>
    public static readonly CodedConcept NotANumber = new("114000", "DCM", "Not a number");
    /// <summary>(114001, DCM) "Negative Infinity".</summary>
    public static readonly CodedConcept NegativeInfinity = new("114001", "DCM", "Negative Infinity");
    /// <summary>(114002, DCM) "Positive Infinity".</summary>
    public static readonly CodedConcept PositiveInfinity = new("114002", "DCM", "Positive Infinity");

    /// <summary>
    /// The procedure reported for a source modality, from CID 100 "Quantitative Diagnostic Imaging Procedure": CT, MR,
    /// PET and NM of unspecified body region (LOINC), anything else (363679005, SCT, "Imaging procedure").
    /// </summary>
    public static CodedConcept ProcedureFor(string modality) => modality switch
    {
        "CT" => new("25045-6", "LN", "CT unspecified body region"),
        "MR" => new("25056-3", "LN", "MRI unspecified body region"),
        "PT" => new("44136-0", "LN", "PET unspecified body region"),
        "NM" => new("49118-3", "LN", "NM unspecified body region"),
        _ => new("363679005", "SCT", "Imaging procedure"),
    };

    /// <summary>The acquisition modality as a DCM code (CID 29): the modality value is the code value.</summary>
    public static CodedConcept ModalityCode(string modality) => modality switch
    {
        "CT" => new("CT", "DCM", "Computed Tomography"),
        "MR" => new("MR", "DCM", "Magnetic Resonance"),
        "PT" => new("PT", "DCM", "Positron emission tomography"),
        _ => new(modality, "DCM", modality),
    };
}
