namespace Radiomics.Analysis.Reports;

/// <summary>How <see cref="CaseReportBuilder"/> draws a case: thresholds and image sizes (pixels).</summary>
public sealed record CaseReportOptions
{
    /// <summary>The default thresholds and image sizes.</summary>
    public static CaseReportOptions Default { get; } = new();

    /// <summary>The thresholds of the case warnings.</summary>
    public ReportThresholds Thresholds { get; init; } = ReportThresholds.Default;

    /// <summary>The longer side of a slice view's PNG, before display scaling (small PNGs keep a 100-case report at a few MB).</summary>
    public int SliceSize { get; init; } = 96;

    /// <summary>The longer side a slice view is shown at (CSS pixels; the PNG is scaled by the largest integer factor that fits).</summary>
    public int DisplaySize { get; init; } = 192;

    /// <summary>The longer side of the thumbnail in the cohort table.</summary>
    public int ThumbnailSize { get; init; } = 48;

    /// <summary>The finer histogram's bin count (integer-valued images get whole-unit bins, fewer when the range is small).</summary>
    public int HistogramBins { get; init; } = 100;
}
