namespace Radiomics.Dicom;

/// <summary>SOP Class UIDs (PS3.4 Annex B / PS3.6 Annex A) that decide how a file is used.</summary>
internal static class DicomSopClasses
{
    /// <summary>RT Structure Set Storage.</summary>
    public const string RtStructureSet = "1.2.840.10008.5.1.4.1.1.481.3";

    /// <summary>Segmentation Storage.</summary>
    public const string Segmentation = "1.2.840.10008.5.1.4.1.1.66.4";
}
