using Radiomics.Features.FirstOrder;

namespace Radiomics.Features.Ibsi;

/// <summary>
/// IBSI intensity-based statistical features (IBSI 1, section "Intensity-based statistical features"), family tag
/// <c>stat</c>: output names are IBSI's reference tags (<c>stat_mean</c>, <c>stat_kurt</c>, …). Computed on the
/// (re-segmented) ROI intensities, before discretisation. Unlike PyRadiomics: kurtosis is excess kurtosis, energy
/// has no voxel shift, and median absolute deviation, coefficient of variation and quartile coefficient of
/// dispersion are included.
/// </summary>
public sealed class IntensityStatisticsFamily : IFeatureFamily
{
    private static readonly (FeatureInfo Info, Func<IntensityStatistics, double> Compute)[] Table =
    [
        (new("mean", "Q4LE"), s => s.Base.Mean),
        (new("var", "ECT3"), s => s.Base.Moment2),
        (new("skew", "KE2A"), s => s.Base.Moment2 == 0 ? 0 : s.Base.Moment3 / Math.Pow(s.Base.Moment2, 1.5)),
        (new("kurt", "IPH6"), s => s.Base.Moment2 == 0 ? 0 : s.Base.Moment4 / (s.Base.Moment2 * s.Base.Moment2) - 3),
        (new("median", "Y12H"), s => s.Base.Median),
        (new("min", "1GSF"), s => s.Base.Minimum),
        (new("p10", "QG58"), s => s.Base.Percentile10),
        (new("p90", "8DWT"), s => s.Base.Percentile90),
        (new("max", "84IY"), s => s.Base.Maximum),
        (new("iqr", "SALO"), s => s.Base.Percentile75 - s.Base.Percentile25),
        (new("range", "2OJQ"), s => s.Base.Maximum - s.Base.Minimum),
        (new("mad", "4FUA"), s => s.Base.MeanAbsoluteDeviation),
        (new("rmad", "1128"), s => s.Base.RobustMeanAbsoluteDeviation),
        (new("medad", "N72L"), s => s.MedianAbsoluteDeviation),
        (new("cov", "7TET"), s => Math.Sqrt(s.Base.Moment2) / s.Base.Mean),
        (new("qcod", "9S40"), s => (s.Base.Percentile75 - s.Base.Percentile25) / (s.Base.Percentile75 + s.Base.Percentile25)),
        (new("energy", "N8CA"), s => s.SumOfSquares),
        (new("rms", "5ZWQ"), s => Math.Sqrt(s.SumOfSquares / s.Base.Count)),
    ];

    /// <inheritdoc/>
    public string Name => "stat";

    /// <inheritdoc/>
    public IReadOnlyList<FeatureInfo> Features { get; } = Table.Select(t => t.Info).ToArray();

    /// <inheritdoc/>
    /// <remarks>Intensity statistics read the intensities, never grey levels.</remarks>
    public bool ReadsGreyLevels(IReadOnlyList<FeatureInfo> requested) => false;

    /// <inheritdoc/>
    public double[] Compute(FeatureInput input, IReadOnlyList<FeatureInfo> requested)
    {
        var statistics = IntensityStatistics.Compute(input);
        return requested.Select(r => Array.Find(Table, t => t.Info == r).Compute(statistics)).ToArray();
    }
}

/// <summary>
/// The statistics behind <see cref="IntensityStatisticsFamily"/>: the first-order moments and percentiles (numpy's
/// linear percentile definition), the unshifted sum of squares, and the mean absolute deviation from the median.
/// </summary>
public sealed record IntensityStatistics(FirstOrderStatistics Base, double SumOfSquares, double MedianAbsoluteDeviation)
{
    /// <summary>The statistics of <paramref name="input"/>'s ROI intensities, without <c>voxelArrayShift</c>.</summary>
    public static IntensityStatistics Compute(FeatureInput input)
    {
        var unshifted = new FeatureInput(input.Image, input.Mask, input.Settings with { Features = input.Settings.Features with { VoxelArrayShift = 0 } }, input.ShapeMask);
        FirstOrderStatistics statistics = FirstOrderStatistics.Compute(unshifted);
        double deviation = 0;
        foreach (double v in unshifted.RoiValues)
        {
            deviation += Math.Abs(v - statistics.Median);
        }

        return new IntensityStatistics(statistics, statistics.ShiftedSumOfSquares, deviation / statistics.Count);
    }
}
