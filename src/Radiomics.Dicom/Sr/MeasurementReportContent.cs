namespace Radiomics.Dicom.Sr;

/// <summary>
/// A TID 1500 Measurement Report as read by <see cref="MeasurementReportReader"/>: the document's identity, its
/// measurement groups, and the instances its evidence sequence lists.
/// </summary>
public sealed record MeasurementReportContent(
    string Path,
    string? SopClassUid,
    string? SopInstanceUid,
    string? SeriesInstanceUid,
    string? SeriesDescription,
    string? TemplateIdentifier,
    string? CompletionFlag,
    string? VerificationFlag,
    IReadOnlyList<ReportMeasurementGroup> Groups,
    IReadOnlyList<EvidenceInstance> Evidence)
{
    /// <summary>All measurements of all groups.</summary>
    public int MeasurementCount => Groups.Sum(g => g.Measurements.Count);
}
