using Radiomics.Imaging;

namespace Radiomics.Features.Ibsi;

/// <summary>
/// IBSI intensity histogram features (IBSI 1, section "Intensity histogram features", family tag <c>ih</c>):
/// the statistics of <see cref="IntensityStatisticsFamily"/> computed on the discretised grey levels
/// (<see cref="FeatureInput.Discretised"/>), plus mode, entropy, uniformity and the histogram gradient.
/// </summary>
/// <remarks>
/// Symbols: <c>X_d</c> the <c>N_v</c> discretised ROI grey levels, <c>N_g</c> the number of bins
/// (<see cref="Preprocessing.DiscretisedImage.BinCount"/>, at least the highest level present), <c>n_i</c> the number
/// of voxels with level <c>i</c>, <c>p_i = n_i / N_v</c>. The histogram gradient <c>H'(i)</c> is
/// <c>n_2 − n_1</c> at <c>i = 1</c>, <c>(n_{i+1} − n_{i−1}) / 2</c> inside, <c>n_{N_g} − n_{N_g−1}</c> at <c>i = N_g</c>.
/// </remarks>
public sealed class IntensityHistogramFamily : IFeatureFamily
{
    private static readonly (FeatureInfo Info, Func<Histogram, double> Compute)[] Table =
    [
        (new("mean", "X6K6"), h => h.Statistics.Base.Mean),
        (new("var", "CH89"), h => h.Statistics.Base.Moment2),
        (new("skew", "88K1"), h => h.Statistics.Base.Moment2 == 0 ? 0 : h.Statistics.Base.Moment3 / Math.Pow(h.Statistics.Base.Moment2, 1.5)),
        (new("kurt", "C3I7"), h => h.Statistics.Base.Moment2 == 0 ? 0 : h.Statistics.Base.Moment4 / (h.Statistics.Base.Moment2 * h.Statistics.Base.Moment2) - 3),
        (new("median", "WIFQ"), h => h.Statistics.Base.Median),
        (new("min", "1PR8"), h => h.Statistics.Base.Minimum),
        (new("p10", "GPMT"), h => h.Statistics.Base.Percentile10),
        (new("p90", "OZ0C"), h => h.Statistics.Base.Percentile90),
        (new("max", "3NCY"), h => h.Statistics.Base.Maximum),
        (new("mode", "AMMC"), Mode),
        (new("iqr", "WR0O"), h => h.Statistics.Base.Percentile75 - h.Statistics.Base.Percentile25),
        (new("range", "5Z3W"), h => h.Statistics.Base.Maximum - h.Statistics.Base.Minimum),
        (new("mad", "D2ZX"), h => h.Statistics.Base.MeanAbsoluteDeviation),
        (new("rmad", "WRZB"), h => h.Statistics.Base.RobustMeanAbsoluteDeviation),
        (new("medad", "4RNL"), h => h.Statistics.MedianAbsoluteDeviation),
        (new("cov", "CWYJ"), h => Math.Sqrt(h.Statistics.Base.Moment2) / h.Statistics.Base.Mean),
        (new("qcod", "SLWD"), h => (h.Statistics.Base.Percentile75 - h.Statistics.Base.Percentile25) / (h.Statistics.Base.Percentile75 + h.Statistics.Base.Percentile25)),
        (new("entropy", "TLU2"), Entropy),
        (new("uniformity", "BJ5W"), Uniformity),
        (new("max_grad", "12CE"), h => h.Gradient[ArgMax(h.Gradient)]),
        (new("max_grad_g", "8E6O"), h => ArgMax(h.Gradient) + 1),
        (new("min_grad", "VQB3"), h => h.Gradient[ArgMin(h.Gradient)]),
        (new("min_grad_g", "RHQZ"), h => ArgMin(h.Gradient) + 1),
    ];

    /// <inheritdoc/>
    public string Name => "ih";

    /// <inheritdoc/>
    public IReadOnlyList<FeatureInfo> Features { get; } = Table.Select(t => t.Info).ToArray();

    /// <inheritdoc/>
    public double[] Compute(FeatureInput input, IReadOnlyList<FeatureInfo> requested)
    {
        var histogram = Histogram.Of(input);
        return requested.Select(r => Array.Find(Table, t => t.Info == r).Compute(histogram)).ToArray();
    }

    /// <summary>
    /// Mode (IBSI AMMC): the most frequent discretised grey level. When several levels share the highest count, the
    /// one closest to the mean discretised grey level (<c>ih_mean</c>); of two tied levels equally far from the mean,
    /// the one to the left of it (the lower), as the IBSI 1 manual ("Intensity histogram mode") resolves ties.
    /// </summary>
    public static double Mode(Histogram histogram) => ModeOf(histogram.Counts, histogram.Statistics.Base.Mean);

    /// <summary>
    /// The IBSI mode of a histogram <paramref name="counts"/> over levels 1…N_g with mean level <paramref name="mean"/>:
    /// the level of highest count, ties resolved by the smallest |level − mean|, and an equal distance by the lower level.
    /// </summary>
    public static double ModeOf(ReadOnlySpan<double> counts, double mean)
    {
        double highest = double.NegativeInfinity;
        foreach (double n in counts)
        {
            highest = Math.Max(highest, n);
        }

        int best = -1;
        double bestDistance = double.PositiveInfinity;
        for (int i = 0; i < counts.Length; i++)
        {
            // Ascending levels with a strict comparison: of two equally distant levels the lower (left) one stays.
            double distance = Math.Abs(i + 1 - mean);
            if (counts[i] == highest && distance < bestDistance)
            {
                best = i;
                bestDistance = distance;
            }
        }

        return best + 1;
    }

    /// <summary>Discretised intensity entropy (IBSI TLU2): −Σ p_i log₂ p_i over the levels present.</summary>
    public static double Entropy(Histogram histogram)
    {
        double entropy = 0;
        foreach (double n in histogram.Counts)
        {
            if (n > 0)
            {
                double p = n / histogram.VoxelCount;
                entropy -= p * Math.Log2(p);
            }
        }

        return entropy;
    }

    /// <summary>Uniformity (IBSI BJ5W): Σ p_i².</summary>
    public static double Uniformity(Histogram histogram)
    {
        double sum = 0;
        foreach (double n in histogram.Counts)
        {
            double p = n / histogram.VoxelCount;
            sum += p * p;
        }

        return sum;
    }

    /// <summary>
    /// The first index of the largest value: the lowest grey level when the histogram gradient has tied maxima (the
    /// IBSI manual names no tie rule for <c>max_grad_g</c>/<c>min_grad_g</c>; the first occurrence is numpy's argmax).
    /// </summary>
    private static int ArgMax(double[] values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }

    private static int ArgMin(double[] values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
        {
            if (values[i] < values[best])
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>The grey-level histogram of the ROI (bins 1…N_g), its gradient, and the statistics of the levels.</summary>
    public sealed record Histogram(double[] Counts, double[] Gradient, int VoxelCount, IntensityStatistics Statistics)
    {
        /// <summary>The histogram of <paramref name="input"/>'s discretised ROI.</summary>
        public static Histogram Of(FeatureInput input)
        {
            Volume<int> levels = input.Discretised.Levels;
            ReadOnlySpan<byte> mask = input.Mask.Voxels;
            ReadOnlySpan<int> source = levels.Voxels;
            int binCount = Math.Max(input.Discretised.BinCount, input.Discretised.MaxLevel);
            var counts = new double[binCount];
            var asIntensities = new Volume<double>(levels.Geometry);
            Span<double> target = asIntensities.Voxels;
            int voxels = 0;
            for (int i = 0; i < mask.Length; i++)
            {
                if (mask[i] != 0)
                {
                    counts[source[i] - 1]++;
                    target[i] = source[i];
                    voxels++;
                }
            }

            var statistics = IntensityStatistics.Compute(new FeatureInput(asIntensities, input.Mask, input.Settings));
            return new Histogram(counts, GradientOf(counts), voxels, statistics);
        }

        private static double[] GradientOf(double[] counts)
        {
            int n = counts.Length;
            var gradient = new double[n];
            if (n == 1)
            {
                return gradient;
            }

            gradient[0] = counts[1] - counts[0];
            gradient[n - 1] = counts[n - 1] - counts[n - 2];
            for (int i = 1; i < n - 1; i++)
            {
                gradient[i] = 0.5 * (counts[i + 1] - counts[i - 1]);
            }

            return gradient;
        }
    }
}
