using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Preprocessing;

/// <summary>
/// Grey-level discretisation of the ROI: fixed bin width (PyRadiomics' edges, or IBSI fixed bin size) and
/// fixed bin count.
/// </summary>
public static class Discretisation
{
    /// <summary>Discretises the ROI voxels of <paramref name="image"/> as the settings say.</summary>
    public static DiscretisedImage Discretise(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, double? ibsiLowerBound = null)
    {
        ReadOnlySpan<double> values = image.Voxels;
        ReadOnlySpan<byte> roi = mask.Voxels;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (int i = 0; i < roi.Length; i++)
        {
            if (roi[i] != 0)
            {
                min = Math.Min(min, values[i]);
                max = Math.Max(max, values[i]);
            }
        }

        if (double.IsPositiveInfinity(min))
        {
            throw new InvalidOperationException("The ROI is empty: nothing to discretise.");
        }

        double[] edges = settings.BinCount is int count
            ? FixedBinCountEdges(min, max, count)
            : settings.BinningOrigin == BinningOrigin.Ibsi
                ? IbsiFixedBinSizeEdges(ibsiLowerBound ?? ResegmentationLowerBound(settings) ?? min, max, settings.BinWidth)
                : FixedBinWidthEdges(min, max, settings.BinWidth);

        var levels = new Volume<int>(image.Geometry);
        Span<int> target = levels.Voxels;
        int maxLevel = 0;
        var digitizer = new UniformDigitizer(edges);
        for (int i = 0; i < roi.Length; i++)
        {
            if (roi[i] != 0)
            {
                int level = digitizer.Digitize(values[i]);
                target[i] = level;
                maxLevel = Math.Max(maxLevel, level);
            }
        }

        return new DiscretisedImage(levels, edges, maxLevel);
    }

    /// <summary>
    /// PyRadiomics' fixed-bin-width edges (<c>imageoperations.getBinEdges</c>): from
    /// <c>min − (min mod w)</c> (Python's floored modulo) up to <c>max + 2w</c> exclusive, built as
    /// <c>numpy.arange</c> builds them; a single edge becomes <c>[e − 0.5, e + 0.5]</c>.
    /// </summary>
    public static double[] FixedBinWidthEdges(double min, double max, double binWidth)
    {
        double low = min - PythonModulo(min, binWidth);
        double high = max + 2 * binWidth;
        double[] edges = NumpyArange(low, high, binWidth);
        return edges.Length == 1 ? [edges[0] - 0.5, edges[0] + 0.5] : edges;
    }

    /// <summary>
    /// IBSI fixed bin size: bin <c>k = ⌊(x − lower) / w⌋ + 1</c>, i.e. edges at <c>lower + k·w</c>,
    /// extended until the maximum falls in a half-open bin.
    /// </summary>
    public static double[] IbsiFixedBinSizeEdges(double lower, double max, double binWidth)
    {
        int bins = (int)Math.Floor((max - lower) / binWidth) + 1;
        var edges = new double[bins + 1];
        for (int k = 0; k <= bins; k++)
        {
            edges[k] = lower + k * binWidth;
        }

        return edges;
    }

    /// <summary>
    /// Fixed bin count, as <c>numpy.histogram(values, n)</c> defines the edges (<c>linspace(min, max, n + 1)</c>),
    /// with the last edge raised by 1 so that the maximum falls in the top bin (PyRadiomics).
    /// A flat ROI gets numpy's range <c>[min − 0.5, max + 0.5]</c>.
    /// </summary>
    public static double[] FixedBinCountEdges(double min, double max, int binCount)
    {
        if (min == max)
        {
            min -= 0.5;
            max += 0.5;
        }

        var edges = NumpyLinspace(min, max, binCount + 1);
        edges[^1] += 1;
        return edges;
    }

    /// <summary>
    /// <c>numpy.digitize(x, edges)</c> for increasing edges: the <c>i</c> with <c>edges[i−1] ≤ x &lt; edges[i]</c>
    /// (0 below the first edge, <c>edges.Length</c> at or above the last).
    /// </summary>
    public static int Digitize(double x, ReadOnlySpan<double> edges)
    {
        int lo = 0, hi = edges.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] <= x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// <see cref="Digitize"/> for (nearly) evenly spaced edges: a guess from the first bin's width, corrected by
    /// comparing with the edges themselves, so the result is exactly numpy.digitize's, in O(1) per value.
    /// </summary>
    private readonly ref struct UniformDigitizer(ReadOnlySpan<double> edges)
    {
        private readonly ReadOnlySpan<double> _edges = edges;
        private readonly double _first = edges[0];
        private readonly double _inverseWidth = edges.Length > 1 ? 1.0 / (edges[1] - edges[0]) : 0;

        public int Digitize(double x)
        {
            ReadOnlySpan<double> edges = _edges;
            double guess = Math.Floor((x - _first) * _inverseWidth) + 1;
            if (!(guess >= 0) || guess > edges.Length)
            {
                return Discretisation.Digitize(x, edges);
            }

            // Invariant sought: edges[k − 1] ≤ x < edges[k] (k = 0 below the first edge, k = Length at or above the last).
            int k = (int)guess;
            while (k > 0 && edges[k - 1] > x)
            {
                k--;
            }

            while (k < edges.Length && edges[k] <= x)
            {
                k++;
            }

            return k;
        }
    }

    /// <summary>Python's float modulo: the result has the sign of the divisor.</summary>
    public static double PythonModulo(double a, double b)
    {
        double r = a % b;
        if (r != 0 && (r < 0) != (b < 0))
        {
            r += b;
        }

        return r;
    }

    /// <summary>
    /// <c>numpy.arange(start, stop, step)</c> for doubles: length <c>ceil((stop − start) / step)</c>, values
    /// <c>start + i·delta</c> where <c>delta = (start + step) − start</c>, as numpy's fill computes them.
    /// </summary>
    public static double[] NumpyArange(double start, double stop, double step)
    {
        double lengthEstimate = Math.Ceiling((stop - start) / step);
        if (!(lengthEstimate > 0))
        {
            return [];
        }

        if (lengthEstimate > 100_000_000)
        {
            throw new InvalidOperationException($"Discretisation would need {lengthEstimate} bins; the bin width is too small for this intensity range.");
        }

        int length = (int)lengthEstimate;
        var result = new double[length];
        result[0] = start;
        if (length > 1)
        {
            double next = start + step;
            double delta = next - start;
            result[1] = next;
            for (int i = 2; i < length; i++)
            {
                result[i] = start + i * delta;
            }
        }

        return result;
    }

    /// <summary><c>numpy.linspace(start, stop, num)</c> with endpoint, as numpy computes it.</summary>
    public static double[] NumpyLinspace(double start, double stop, int num)
    {
        var result = new double[num];
        int div = num - 1;
        double delta = stop - start;
        double step = delta / div;
        for (int i = 0; i < num; i++)
        {
            result[i] = step != 0 ? start + i * step : start + i * delta / div;
        }

        if (num > 1)
        {
            result[^1] = stop;
        }

        return result;
    }

    private static double? ResegmentationLowerBound(RadiomicsSettings settings) =>
        settings.ResegmentMode == ResegmentMode.Absolute && settings.ResegmentRange is { Count: > 0 } range
            ? range[0]
            : null;
}
