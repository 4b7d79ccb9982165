using System.Runtime.Intrinsics;
using Radiomics.Preprocessing;

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

    /// <summary>N_p, the number of ROI voxels.</summary>
    public int Count { get; private init; }
    /// <summary>The lowest ROI intensity.</summary>
    public double Minimum { get; private init; }
    /// <summary>The highest ROI intensity.</summary>
    public double Maximum { get; private init; }
    /// <summary>X̄, the mean ROI intensity.</summary>
    public double Mean { get; private init; }

    /// <summary>Central moments μ₂, μ₃, μ₄ (population, 1/N).</summary>
    public double Moment2 { get; private init; }
    /// <summary>The third central moment μ₃ (population, 1/N).</summary>
    public double Moment3 { get; private init; }
    /// <summary>The fourth central moment μ₄ (population, 1/N).</summary>
    public double Moment4 { get; private init; }

    /// <summary>The mean of |X − X̄|.</summary>
    public double MeanAbsoluteDeviation { get; private init; }
    /// <summary>The mean absolute deviation from their mean of the intensities between the 10th and 90th percentiles (inclusive).</summary>
    public double RobustMeanAbsoluteDeviation { get; private init; }
    /// <summary>The 10th percentile (numpy's linear interpolation, as PyRadiomics).</summary>
    public double Percentile10 { get; private init; }
    /// <summary>The 25th percentile (numpy's linear interpolation).</summary>
    public double Percentile25 { get; private init; }
    /// <summary>The median (the 50th percentile).</summary>
    public double Median { get; private init; }
    /// <summary>The 75th percentile (numpy's linear interpolation).</summary>
    public double Percentile75 { get; private init; }
    /// <summary>The 90th percentile (numpy's linear interpolation).</summary>
    public double Percentile90 { get; private init; }

    /// <summary>Σ (X(i) + c)².</summary>
    public double ShiftedSumOfSquares { get; private init; }

    /// <summary>V_voxel, the volume of one voxel in mm³.</summary>
    public double VoxelVolume { get; private init; }

    /// <summary>Probabilities p(i) of the grey levels present in the ROI (discretises on first use only).</summary>
    public double[] Probabilities => _probabilities.Value;

    private Lazy<double[]> _probabilities = new(Array.Empty<double>);

    /// <summary>Computes the statistics of the ROI of <paramref name="input"/>.</summary>
    public static FirstOrderStatistics Compute(FeatureInput input)
    {
        RoiSegments values = input.RoiSegments;
        int n = values.Count;
        if (n == 0)
        {
            throw new InvalidOperationException("First-order statistics need at least one ROI voxel.");
        }

        var (min, max) = input.RoiRange;
        double shift = input.Settings.Features.VoxelArrayShift;

        // The percentile search counts (and keeps each value's bucket) in the first sums' pass, which waits on its
        // additions anyway; its gather scans the kept buckets, not the values. With the percentiles known before the
        // central sums, the robust range's sum rides in their pass: three passes over the values in all.
        using var search = new PercentileSearch(n, min, max, PercentilesUsed);
        PercentileSearch.BucketCounter counter = search.Counter();
        var (sum, shiftedSquares) = counter.Active ? Sums(values, shift, counter) : Sums(values, shift, default(NoValueSink));
        double mean = sum / n;
        search.PlanGather();
        search.Gather(values);
        Span<double> percentiles = stackalloc double[PercentilesUsed.Length];
        search.Finish(percentiles);
        double p10 = percentiles[0], p90 = percentiles[4];
        CentralSums central = CentralAndRobustSums(values, mean, p10, p90);
        double robustAbsolute = RobustAbsoluteSum(values, p10, p90, central.RobustSum / central.RobustCount);

        var geometry = input.Image.Geometry;
        return new FirstOrderStatistics
        {
            Count = n,
            Minimum = min,
            Maximum = max,
            Mean = mean,
            Moment2 = central.M2 / n,
            Moment3 = central.M3 / n,
            Moment4 = central.M4 / n,
            MeanAbsoluteDeviation = central.Absolute / n,
            RobustMeanAbsoluteDeviation = robustAbsolute / central.RobustCount,
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

    // The sums below run in voxel order with one accumulator each (no reassociation), so every statistic is the one
    // a plain loop over the ROI gives, bit for bit, whatever the vector width of the machine.

    /// <summary>Σ X and Σ (X + c)², every value also shown to <paramref name="sink"/>.</summary>
    private static (double Sum, double ShiftedSquares) Sums<TSink>(RoiSegments values, double shift, TSink sink)
        where TSink : struct, IValueSink
    {
        double sum = 0, shiftedSquares = 0;
        int position = 0;
        for (int r = 0; r < values.Runs.Length; r += 2)
        {
            ReadOnlySpan<double> run = values.Voxels.Slice(values.Runs[r], values.Runs[r + 1]);
            foreach (double v in run)
            {
                sum += v;
                double s = v + shift;
                shiftedSquares += s * s;
                sink.Add(v, position++);
            }
        }

        return (sum, shiftedSquares);
    }

    /// <summary>
    /// Σ (X − X̄)², Σ (X − X̄)³, Σ (X − X̄)⁴, Σ |X − X̄|, and the sum and count of the voxels within the closed range
    /// [P10, P90] (the first half of the robust mean absolute deviation).
    /// </summary>
    /// <remarks>
    /// The robust sum is branch-free (which side of P10/P90 a voxel falls is unpredictable): a voxel outside the range
    /// adds +0.0 instead of being skipped. That is the same sum bit for bit: x + (+0.0) = x for every x but −0.0, and a
    /// sum that starts at +0.0 is never −0.0 (round-to-nearest gives +0.0 for every exact zero but (−0) + (−0)).
    /// </remarks>
    private static CentralSums CentralAndRobustSums(RoiSegments values, double mean, double p10, double p90)
    {
        Vector128<double> low = Vector128.CreateScalar(p10), high = Vector128.CreateScalar(p90);
        double m2 = 0, m3 = 0, m4 = 0, absolute = 0, robustSum = 0;
        long robustCount = 0;
        for (int r = 0; r < values.Runs.Length; r += 2)
        {
            ReadOnlySpan<double> run = values.Voxels.Slice(values.Runs[r], values.Runs[r + 1]);
            foreach (double v in run)
            {
                double d = v - mean;
                double d2 = d * d;
                m2 += d2;
                m3 += d2 * d;
                m4 += d2 * d2;
                absolute += Math.Abs(d);
                Vector128<double> value = Vector128.CreateScalarUnsafe(v);
                Vector128<double> inside = Vector128.GreaterThanOrEqual(value, low) & Vector128.LessThanOrEqual(value, high);
                robustSum += (value & inside).ToScalar();
                robustCount -= inside.AsInt64().ToScalar(); // all ones = −1 inside
            }
        }

        return new CentralSums(m2, m3, m4, absolute, robustSum, (int)robustCount);
    }

    /// <summary>Σ |X − X̄_r| over the voxels within the closed range [P10, P90], X̄_r their mean (branch-free, as above).</summary>
    private static double RobustAbsoluteSum(RoiSegments values, double p10, double p90, double robustMean)
    {
        Vector128<double> low = Vector128.CreateScalar(p10), high = Vector128.CreateScalar(p90), mean = Vector128.CreateScalar(robustMean);
        double robustAbsolute = 0;
        for (int r = 0; r < values.Runs.Length; r += 2)
        {
            ReadOnlySpan<double> run = values.Voxels.Slice(values.Runs[r], values.Runs[r + 1]);
            foreach (double v in run)
            {
                Vector128<double> value = Vector128.CreateScalarUnsafe(v);
                Vector128<double> inside = Vector128.GreaterThanOrEqual(value, low) & Vector128.LessThanOrEqual(value, high);
                robustAbsolute += (Vector128.Abs(value - mean) & inside).ToScalar();
            }
        }

        return robustAbsolute;
    }

    /// <summary>The sums of the second pass over the values.</summary>
    private readonly record struct CentralSums(double M2, double M3, double M4, double Absolute, double RobustSum, int RobustCount);

    /// <summary>p(i) = N_i / N_p for the grey levels present, ascending, from the counts kept by the discretisation.</summary>
    private static double[] GreyLevelProbabilities(FeatureInput input)
    {
        DiscretisedImage discretised = input.Discretised;
        ReadOnlySpan<int> counts = discretised.LevelCounts ?? CountLevels(discretised.Levels.Voxels, input.Mask.Voxels, discretised.MaxLevel);
        long total = 0;
        int present = 0;
        foreach (int count in counts)
        {
            total += count;
            present += count > 0 ? 1 : 0;
        }

        var probabilities = new double[present];
        int k = 0;
        foreach (int count in counts)
        {
            if (count > 0)
            {
                probabilities[k++] = count / (double)total;
            }
        }

        return probabilities;
    }

    /// <summary>Counts the ROI voxels per level, for a discretised image built without its counts.</summary>
    private static int[] CountLevels(ReadOnlySpan<int> levels, ReadOnlySpan<byte> mask, int maxLevel)
    {
        var counts = new int[maxLevel + 1];
        for (int i = 0; i < levels.Length; i++)
        {
            if (mask[i] != 0)
            {
                counts[levels[i]]++;
            }
        }

        return counts;
    }
}
