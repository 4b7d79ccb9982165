namespace Radiomics.Dicom.Listing;

/// <summary>
/// A structured report as <c>radiomics dicom ls</c> lists it: path, modality (SR), SOP class, series description,
/// document title and template, and for a TID 1500 measurement report its measurement groups and measurements and
/// the series they were measured on (the source series of the segmentations). <see cref="Problem"/> says why a
/// report could not be read, or is null.
/// </summary>
public sealed record ReportSummary(
    string Path,
    string Modality,
    string? SopClassUid,
    string? Description,
    string? Title,
    string? TemplateIdentifier,
    int GroupCount,
    int MeasurementCount,
    IReadOnlyList<string> ReferencedSeriesUids,
    string? Problem);
