using System.Runtime.CompilerServices;
using Radiomics.Features;
using Radiomics.Features.FirstOrder;

namespace Radiomics.Extraction.Voxel;

/// <summary>
/// First-order features of one kernel, as PyRadiomics' voxel mode computes them (<c>firstorder.py</c>, NaN-aware numpy
/// over the kernel's voxels): X the intensities of the kernel voxels, N their number, c = <c>voxelArrayShift</c>.
/// Entropy and Uniformity use the histogram of the kernel's grey levels from the one discretisation of the whole ROI.
/// The kernel's <see cref="FirstOrderCoefficients"/> go through the family's <see cref="FirstOrderFeatures"/> formulas,
/// the segment path's code (their flat-ROI edge cases are PyRadiomics' voxel-mode ones too: Skewness and Kurtosis
/// give μ₃ and μ₄, i.e. 0, for a flat kernel).
/// </summary>
internal sealed class FirstOrderKernel : IVoxelKernel
{
    private readonly FeatureFormula<FirstOrderCoefficients>[] _formulas;
    private readonly double[] _probabilities;
    private readonly double[] _sorted;
    private readonly int[] _histogram;
    private readonly double _shift;
    private readonly double _voxelVolume;

    public FirstOrderKernel(VoxelImage image, IReadOnlyList<FeatureInfo> requested)
    {
        _formulas = FirstOrderFamily.Formulas(requested);
        int capacity = (2 * image.Radius.X + 1) * (2 * image.Radius.Y + 1) * (2 * image.Radius.Z + 1);
        _sorted = new double[capacity];
        _histogram = new int[capacity + 1];
        _probabilities = new double[capacity];
        _shift = image.Settings.Features.VoxelArrayShift;
        var spacing = image.Geometry.Spacing;
        _voxelVolume = spacing.X * spacing.Y * spacing.Z;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

        for (int c = 1; c <= kernel.LocalCount; c++)
        {
            _probabilities[c - 1] = _histogram[c] / (double)n; // every kernel level is present
        }

        var coefficients = new FirstOrderCoefficients(_probabilities.AsSpan(0, kernel.LocalCount))
        {
            Count = n,
            Minimum = min,
            Maximum = max,
            Mean = mean,
            Moment2 = m2,
            Moment3 = m3,
            Moment4 = m4,
            MeanAbsoluteDeviation = absolute / n,
            RobustMeanAbsoluteDeviation = robustAbsolute / robustCount,
            Percentile10 = p10,
            Percentile25 = p25,
            Median = Median(sorted),
            Percentile75 = p75,
            Percentile90 = p90,
            ShiftedSumOfSquares = shiftedSquares,
            VoxelVolume = _voxelVolume,
        };
        for (int f = 0; f < _formulas.Length; f++)
        {
            values[f] = _formulas[f](coefficients);
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
