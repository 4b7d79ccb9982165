using Radiomics.Features;

namespace Radiomics.Extraction.Voxel;

/// <summary>
/// First-order features of one kernel, as PyRadiomics' voxel mode computes them (<c>firstorder.py</c>, NaN-aware numpy
/// over the kernel's voxels): X the intensities of the kernel voxels, N their number, c = <c>voxelArrayShift</c>.
/// Entropy and Uniformity use the histogram of the kernel's grey levels from the one discretisation of the whole ROI.
/// Formulas as in <see cref="Features.FirstOrder.FirstOrderFeatures"/>; the edge cases are PyRadiomics' voxel-mode ones:
/// Skewness and Kurtosis divide by 1 instead of a zero variance (giving μ₃ and μ₄, i.e. 0, for a flat kernel).
/// </summary>
internal sealed class FirstOrderKernel : IVoxelKernel
{
    /// <summary>Feature numbers, in the order of <see cref="Names"/>.</summary>
    public static readonly string[] Names =
    [
        "10Percentile", "90Percentile", "Energy", "Entropy", "InterquartileRange", "Kurtosis", "Maximum",
        "MeanAbsoluteDeviation", "Mean", "Median", "Minimum", "Range", "RobustMeanAbsoluteDeviation", "RootMeanSquared",
        "Skewness", "StandardDeviation", "TotalEnergy", "Uniformity", "Variance",
    ];

    private readonly int[] _features;
    private readonly double[] _all = new double[Names.Length];
    private readonly double[] _sorted;
    private readonly int[] _histogram;
    private readonly double _shift;
    private readonly double _voxelVolume;

    public FirstOrderKernel(VoxelImage image, IReadOnlyList<FeatureInfo> requested)
    {
        _features = VoxelFeatureIndex.Resolve("firstorder", Names, requested);
        int capacity = (2 * image.Radius.X + 1) * (2 * image.Radius.Y + 1) * (2 * image.Radius.Z + 1);
        _sorted = new double[capacity];
        _histogram = new int[capacity + 1];
        _shift = image.Settings.Features.VoxelArrayShift;
        var spacing = image.Geometry.Spacing;
        _voxelVolume = spacing.X * spacing.Y * spacing.Z;
    }

    public void Compute(KernelScratch kernel, int ordinal, Span<double> values)
    {
        int n = 0;
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity, shiftedSquares = 0;
        Array.Clear(_histogram, 0, kernel.LocalCount + 1);
        for (int k = 0; k < kernel.Count; k++)
        {
            int code = kernel.Codes[k];
            if (code == 0)
            {
                continue;
            }

            double v = kernel.Values[k];
            _sorted[n++] = v;
            _histogram[code]++;
            sum += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
            double s = v + _shift;
            shiftedSquares += s * s;
        }

        double mean = sum / n;
        double m2 = 0, m3 = 0, m4 = 0, absolute = 0;
        for (int i = 0; i < n; i++)
        {
            double d = _sorted[i] - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
            absolute += Math.Abs(d);
        }

        m2 /= n;
        m3 /= n;
        m4 /= n;
        Span<double> sorted = _sorted.AsSpan(0, n);
        sorted.Sort();
        double p10 = Percentile(sorted, 10), p25 = Percentile(sorted, 25), p75 = Percentile(sorted, 75), p90 = Percentile(sorted, 90);

        double robustSum = 0;
        int robustCount = 0;
        foreach (double v in sorted)
        {
            if (v >= p10 && v <= p90)
            {
                robustSum += v;
                robustCount++;
            }
        }

        double robustMean = robustSum / robustCount, robustAbsolute = 0;
        foreach (double v in sorted)
        {
            if (v >= p10 && v <= p90)
            {
                robustAbsolute += Math.Abs(v - robustMean);
            }
        }

        double entropy = 0, uniformity = 0;
        for (int c = 1; c <= kernel.LocalCount; c++)
        {
            double p = _histogram[c] / (double)n;
            entropy -= p * Math.Log2(p + VoxelMath.Epsilon);
            uniformity += p * p;
        }

        double standardDeviation = Math.Sqrt(m2);
        double flatSafe = m2 == 0 ? 1 : m2; // PyRadiomics: m2[m2 == 0] = 1
        double[] all = _all;
        all[0] = p10;
        all[1] = p90;
        all[2] = shiftedSquares;
        all[3] = entropy;
        all[4] = p75 - p25;
        all[5] = m4 / (flatSafe * flatSafe);
        all[6] = max;
        all[7] = absolute / n;
        all[8] = mean;
        all[9] = Median(sorted);
        all[10] = min;
        all[11] = max - min;
        all[12] = robustAbsolute / robustCount;
        all[13] = Math.Sqrt(shiftedSquares / n);
        all[14] = m3 / Math.Pow(flatSafe, 1.5);
        all[15] = standardDeviation;
        all[16] = shiftedSquares * _voxelVolume;
        all[17] = uniformity;
        all[18] = standardDeviation * standardDeviation;
        for (int f = 0; f < _features.Length; f++)
        {
            values[f] = all[_features[f]];
        }
    }

    /// <summary>numpy.percentile's default (linear) interpolation on sorted values.</summary>
    private static double Percentile(ReadOnlySpan<double> sorted, double q)
    {
        int n = sorted.Length;
        double position = q / 100.0 * (n - 1);
        int lower = (int)Math.Floor(position);
        int upper = Math.Min(lower + 1, n - 1);
        double t = position - lower;
        double a = sorted[lower], b = sorted[upper];
        double difference = b - a;
        return t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
    }

    /// <summary>numpy.median: the middle value, or the mean of the two middle values.</summary>
    private static double Median(ReadOnlySpan<double> sorted)
    {
        int n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
