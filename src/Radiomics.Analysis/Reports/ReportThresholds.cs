namespace Radiomics.Analysis.Reports;

/// <summary>
/// When a case gets a warning worth a human look (docs/report.md lists them with their rationale). Immutable; the
/// defaults are the documented ones.
/// </summary>
public sealed record ReportThresholds
{
    /// <summary>The defaults documented in docs/report.md.</summary>
    public static ReportThresholds Default { get; } = new();

    /// <summary>An ROI with fewer voxels than this is flagged: texture matrices of so few voxels are sparse and unstable.</summary>
    public long MinimumVoxels { get; init; } = 100;

    /// <summary>An ROI with more connected components (26-connectivity) than this is flagged (1: any split ROI).</summary>
    public int MaximumComponents { get; init; } = 1;

    /// <summary>Voxels whose largest spacing exceeds this multiple of the smallest are flagged (e.g. 0.7 × 0.7 × 5 mm: 7.1).</summary>
    public double MaximumSpacingRatio { get; init; } = 3;

    /// <summary>Resampling that changes a spacing by more than this factor, either way, is flagged.</summary>
    public double MaximumResamplingFactor { get; init; } = 2;

    /// <summary>Re-segmentation that removes more than this fraction of the ROI's voxels is flagged.</summary>
    public double MaximumRemovedFraction { get; init; } = 0.10;

    /// <summary>CT intensities inside the ROI outside this closed range (HU; the 12-bit range) are flagged.</summary>
    public (double Lower, double Upper) CtPlausibleRange { get; init; } = (-1024, 3071);

    /// <summary>PET intensities inside the ROI below this value are flagged (activity and SUV are not negative).</summary>
    public double PetMinimum { get; init; }

    /// <summary>A case is an outlier of a feature when |robust z| = |0.6745 (x − median) / MAD| exceeds this (Iglewicz and Hoaglin, 1993).</summary>
    public double OutlierZ { get; init; } = 3.5;
}
