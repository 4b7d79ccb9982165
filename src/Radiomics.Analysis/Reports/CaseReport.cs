namespace Radiomics.Analysis.Reports;

/// <summary>
/// One case as the report shows it, built by <see cref="CaseReportBuilder"/>: drawn slices and histograms (PNG and
/// numbers only, no image data), diagnostics, warnings and features. Small enough to keep for every case of a batch.
/// </summary>
public sealed record CaseReport(string Id)
{
    /// <summary>The label shown next to the ID, or null.</summary>
    public int? Label { get; init; }

    /// <summary>The image file as the case list gives it, or null.</summary>
    public string? ImagePath { get; init; }

    /// <summary>The mask file as the case list gives it, or null.</summary>
    public string? MaskPath { get; init; }

    /// <summary>The modality used (given or detected).</summary>
    public ImagingModality Modality { get; init; }

    /// <summary>The display window, e.g. "W400/L40 (CT soft tissue)".</summary>
    public string? Window { get; init; }

    /// <summary>The ROI first, then each derived region.</summary>
    public IReadOnlyList<RegionReport> Regions { get; init; } = [];

    /// <summary>A small axial view of the ROI's largest cross-section, for the cohort table.</summary>
    public RenderedImage? Thumbnail { get; init; }

    /// <summary>Re-segmentation's effect, or null without re-segmentation.</summary>
    public ResegmentationEffect? Resegmentation { get; init; }

    /// <summary>The diagnostics a reader checks first (label → value), in display order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> KeyDiagnostics { get; init; } = [];

    /// <summary>Every <c>diagnostics_*</c> entry, as text.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Diagnostics { get; init; } = [];

    /// <summary>The features (name → value), in output order.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Features { get; init; } = [];

    /// <summary>The case's warnings (small ROI, several components, implausible intensities, outlying features…), in check order.</summary>
    public IReadOnlyList<ReportWarning> Warnings { get; init; } = [];

    /// <summary>Notes from loading the inputs.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The ROI's voxel count (from the diagnostics, else counted), or null when unknown.</summary>
    public long? VoxelCount { get; init; }
}
