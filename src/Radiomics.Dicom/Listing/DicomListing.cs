using Radiomics.Imaging;

namespace Radiomics.Dicom.Listing;

/// <summary>What <c>radiomics dicom ls DIR</c> shows: image series, structure sets and segmentations, and what they reference.</summary>
public sealed record DicomListing(
    IReadOnlyList<SeriesSummary> Series,
    IReadOnlyList<StructureSetSummary> StructureSets,
    IReadOnlyList<SegmentationSummary> Segmentations,
    IReadOnlyList<string> Notes)
{
    /// <summary>Structured reports (measurement reports and other SRs), with what they measure and reference.</summary>
    public IReadOnlyList<ReportSummary> Reports { get; init; } = [];
}

/// <summary>
/// One image series. <see cref="Size"/> is columns × rows × slices (frames); <see cref="Spacing"/> is column, row and
/// slice spacing (slice spacing NaN when it cannot be told, e.g. one slice). <see cref="Problem"/> says why the series
/// would not load (mixed orientation, missing slice, …), or is null.
/// </summary>
public sealed record SeriesSummary(string SeriesInstanceUid, string Modality, string? Description, int FileCount, Size3 Size, Vector3D Spacing,
    string? FrameOfReferenceUid, string Folder, string? Problem);

/// <summary>One ROI of a structure set as listed.</summary>
public sealed record StructureSummary(int Number, string Name, int ContourCount);

/// <summary>An RTSTRUCT file, its ROIs and the series it references.</summary>
public sealed record StructureSetSummary(string Path, IReadOnlyList<string> ReferencedSeriesUids, IReadOnlyList<StructureSummary> Structures);

/// <summary>A SEG file, its segments (number = label), the series it references and its series description.</summary>
public sealed record SegmentationSummary(string Path, string SegmentationType, IReadOnlyList<string> ReferencedSeriesUids, IReadOnlyList<Seg.SegSegment> Segments,
    string? Description = null);
