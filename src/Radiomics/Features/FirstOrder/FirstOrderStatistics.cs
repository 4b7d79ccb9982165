namespace Radiomics.Features.FirstOrder;

/// <summary>
/// The quantities every first-order feature draws on, computed once per ROI: count, extremes, central moments,
/// percentiles, the sum of squares of the shifted intensities, and the discretised-histogram probabilities.
/// </summary>
/// <remarks>
/// Symbols used in the feature docs: <c>X</c> the <c>N_p</c> ROI intensities, <c>X̄</c> their mean, <c>c</c> the
/// <c>voxelArrayShift</c>, <c>p(i)</c> the fraction of ROI voxels in grey level <c>i</c> (PyRadiomics' binning,
/// levels present only), <c>V_voxel</c> the voxel volume.
/// </remarks>
public sealed class FirstOrderStatistics
{
    private static readonly double[] PercentilesUsed = [10, 25, 50, 75, 90];

    private FirstOrderStatistics()
    {
    }

    public int Count { get; private init; }
    public double Minimum { get; private init; }
    public double Maximum { get; private init; }
    public double Mean { get; private init; }

    /// <summary>Central moments μ₂, μ₃, μ₄ (population, 1/N).</summary>
    public double Moment2 { get; private init; }
    public double Moment3 { get; private init; }
    public double Moment4 { get; private init; }

    public double MeanAbsoluteDeviation { get; private init; }
    public double RobustMeanAbsoluteDeviation { get; private init; }
    public double Percentile10 { get; private init; }
    public double Percentile25 { get; private init; }
    public double Median { get; private init; }
    public double Percentile75 { get; private init; }
    public double Percentile90 { get; private init; }

    /// <summary>Σ (X(i) + c)².</summary>
    public double ShiftedSumOfSquares { get; private init; }

    public double VoxelVolume { get; private init; }

    /// <summary>Probabilities p(i) of the grey levels present in the ROI (discretises on first use only).</summary>
    public double[] Probabilities => _probabilities.Value;

    private Lazy<double[]> _probabilities = new(Array.Empty<double>);

    /// <summary>Computes the statistics of the ROI of <paramref name="input"/>.</summary>
    public static FirstOrderStatistics Compute(FeatureInput input)
    {
        double[] values = input.RoiValues;
        int n = values.Length;
        if (n == 0)
        {
            throw new InvalidOperationException("First-order statistics need at least one ROI voxel.");
        }

        double shift = input.Settings.VoxelArrayShift;
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity, shiftedSquares = 0;
        foreach (double v in values)
        {
            sum += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
            double s = v + shift;
            shiftedSquares += s * s;
        }

        double mean = sum / n;
        double m2 = 0, m3 = 0, m4 = 0, absolute = 0;
        foreach (double v in values)
        {
            double d = v - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
            absolute += Math.Abs(d);
        }

        double[] scratch = (double[])values.Clone();
        double[] percentiles = OrderStatistics.Percentiles(scratch, PercentilesUsed);
        double p10 = percentiles[0], p90 = percentiles[4];

        // Robust MAD: the mean absolute deviation of the voxels within the closed [P10, P90] range.
        double robustSum = 0;
        int robustCount = 0;
        foreach (double v in values)
        {
            if (v >= p10 && v <= p90)
            {
                robustSum += v;
                robustCount++;
            }
        }

        double robustMean = robustSum / robustCount;
        double robustAbsolute = 0;
        foreach (double v in values)
        {
            if (v >= p10 && v <= p90)
            {
                robustAbsolute += Math.Abs(v - robustMean);
            }
        }

        var geometry = input.Image.Geometry;
        return new FirstOrderStatistics
        {
            Count = n,
            Minimum = min,
            Maximum = max,
            Mean = mean,
            Moment2 = m2 / n,
            Moment3 = m3 / n,
            Moment4 = m4 / n,
            MeanAbsoluteDeviation = absolute / n,
            RobustMeanAbsoluteDeviation = robustAbsolute / robustCount,
            Percentile10 = p10,
            Percentile25 = percentiles[1],
            Median = percentiles[2],
            Percentile75 = percentiles[3],
            Percentile90 = p90,
            ShiftedSumOfSquares = shiftedSquares,
            VoxelVolume = geometry.VoxelVolume,
            _probabilities = new Lazy<double[]>(() => GreyLevelProbabilities(input)),
        };
    }

    private static double[] GreyLevelProbabilities(FeatureInput input)
    {
        var discretised = input.Discretised;
        var counts = new long[discretised.MaxLevel + 1];
        ReadOnlySpan<int> levels = discretised.Levels.Voxels;
        ReadOnlySpan<byte> mask = input.Mask.Voxels;
        long total = 0;
        for (int i = 0; i < levels.Length; i++)
        {
            if (mask[i] != 0)
            {
                counts[levels[i]]++;
                total++;
            }
        }

        var probabilities = new List<double>();
        for (int level = 0; level < counts.Length; level++)
        {
            if (counts[level] > 0)
            {
                probabilities.Add(counts[level] / (double)total);
            }
        }

        return probabilities.ToArray();
    }
}
