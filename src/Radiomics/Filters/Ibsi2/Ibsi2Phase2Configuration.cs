namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// One IBSI 2 phase-2 filter configuration: its id as in phase2_reference_values.csv (e.g. "3.B"), the pipeline and
/// the filter (null for 1.A/1.B, which use the unfiltered image). Features are the 18 intensity statistics.
/// </summary>
public sealed record Ibsi2Phase2Configuration(string Id, Ibsi2Phase2Pipeline Pipeline, Ibsi2Filter? Filter)
{
    /// <summary>The re-segmentation range in HU applied to the ROI before filtering.</summary>
    public static (double Lower, double Upper) ResegmentationRange => (-1000, 400);

    /// <summary>The isotropic spacing (mm) of pipeline B's resampling, or null for pipeline A (native grid).</summary>
    public double? ResampledSpacing => Pipeline == Ibsi2Phase2Pipeline.B ? 1.0 : null;
}
