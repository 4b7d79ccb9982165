namespace Radiomics.Dicom.Sr;

/// <summary>
/// What the SR writer wrote: where, under which UIDs, how many measurement groups and measurements, which output
/// names were left out as not features, and the source values that break their VR's rules (kept unchanged).
/// </summary>
public sealed record SrWriteResult(
    string Path,
    string SopInstanceUid,
    string SeriesInstanceUid,
    int GroupCount,
    int MeasurementCount,
    IReadOnlyList<string> SkippedNames,
    IReadOnlyList<string> InheritedProblems)
{
    /// <summary>Enhanced SR Storage.</summary>
    public string SopClassUid => MeasurementReportWriter.EnhancedSrStorage;
}
