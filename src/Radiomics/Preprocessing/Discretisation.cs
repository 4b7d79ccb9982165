using System.Runtime.Intrinsics;
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
        if (mask.Length != image.Length)
        {
            throw new ArgumentException($"Image ({image.Size}) and mask ({mask.Size}) must share a grid.", nameof(mask));
        }

        var (runs, count) = RoiRuns.Of(mask.Voxels);
        var (min, max) = RangeOf(new RoiSegments(image.Voxels, runs, count));
        return Discretise(image, runs, settings, min, max, ibsiLowerBound);
    }

    /// <summary>
    /// <see cref="Discretise(Volume{double}, Volume{byte}, RadiomicsSettings, double?)"/> for a ROI given by its
    /// (start, length) <paramref name="runs"/> (<see cref="RoiRuns.Of"/>), whose extreme intensities are known.
    /// </summary>
    /// <remarks><paramref name="levelsBuffer"/>, when given, holds the levels: of the image's length, its contents overwritten (0 outside the ROI).</remarks>
    internal static DiscretisedImage Discretise(
        Volume<double> image, ReadOnlySpan<int> runs, RadiomicsSettings settings, double min, double max, double? ibsiLowerBound = null, int[]? levelsBuffer = null)
    {
        ReadOnlySpan<double> values = image.Voxels;
        if (double.IsPositiveInfinity(min))
        {
            throw new InvalidOperationException("The ROI is empty: nothing to discretise.");
        }

        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            throw new ExtractionException($"the ROI's intensities are not all finite numbers (they range from {min} to {max}); NaN or infinite voxels cannot be discretised");
        }

        RequireBinsWithinLimits(settings, min, max, ibsiLowerBound);
        double[] edges = settings.Discretisation.BinCount is int count
            ? FixedBinCountEdges(min, max, count)
            : settings.Discretisation.BinningOrigin == BinningOrigin.Ibsi
                ? IbsiFixedBinSizeEdges(ibsiLowerBound ?? settings.Resegmentation.AbsoluteLowerBound ?? min, max, settings.Discretisation.BinWidth)
                : FixedBinWidthEdges(min, max, settings.Discretisation.BinWidth);

        Volume<int> levels = levelsBuffer is null ? new Volume<int>(image.Geometry) : new Volume<int>(image.Geometry, levelsBuffer);
        Span<int> target = levels.Voxels;
        var counts = new int[edges.Length + 1]; // numpy.digitize returns 0 … edges.Length
        var digitizer = new UniformDigitizer(edges, counts);
        int end = 0;
        for (int r = 0; r < runs.Length; r += 2)
        {
            // A pooled buffer is not cleared beforehand: the gaps between runs are zeroed here, so every voxel is written once.
            if (levelsBuffer is not null)
            {
                target[end..runs[r]].Clear();
            }

            digitizer.DigitizeAndCount(values.Slice(runs[r], runs[r + 1]), target.Slice(runs[r], runs[r + 1]));
            end = runs[r] + runs[r + 1];
        }

        if (levelsBuffer is not null)
        {
            target[end..].Clear();
        }

        digitizer.CompleteCounts();

        if (counts[0] > 0)
        {
            throw new ExtractionException(FormattableString.Invariant(
                $"binningOrigin: ibsi puts the first bin edge at {edges[0]:G6}, above ROI intensities of this image (as low as {min:G6}), which fall in no bin; use binningOrigin: pyradiomics or binCount for it"));
        }

        int maxLevel = counts.AsSpan().LastIndexOfAnyExcept(0);
        return new DiscretisedImage(levels, edges, Math.Max(maxLevel, 0), counts);
    }

    /// <summary>
    /// The minimum and maximum of <paramref name="values"/> (+∞ and −∞ when empty), with <see cref="Math.Min(double, double)"/>'s
    /// semantics (NaN propagates, −0 is below +0), which make the result independent of the order of comparison and of
    /// how often a value is compared: vectorised, yet the same as a scalar loop.
    /// </summary>
    /// <remarks>
    /// The vector accumulators run across the ROI's runs (reduced once, at the end), two pairs of them so that the
    /// minimum/maximum chains overlap, and a run's last partial vector is a full one overlapping values already seen.
    /// </remarks>
    internal static (double Min, double Max) RangeOf(RoiSegments values)
    {
        const int Width = 4; // Vector256<double>.Count
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        if (!Vector256.IsHardwareAccelerated)
        {
            for (int r = 0; r < values.Runs.Length; r += 2)
            {
                foreach (double v in values.Voxels.Slice(values.Runs[r], values.Runs[r + 1]))
                {
                    min = Math.Min(min, v);
                    max = Math.Max(max, v);
                }
            }

            return (min, max);
        }

        Vector256<double> min0 = Vector256.Create(double.PositiveInfinity), max0 = Vector256.Create(double.NegativeInfinity);
        Vector256<double> min1 = min0, max1 = max0;
        for (int r = 0; r < values.Runs.Length; r += 2)
        {
            ReadOnlySpan<double> run = values.Voxels.Slice(values.Runs[r], values.Runs[r + 1]);
            if (run.Length < Width)
            {
                foreach (double v in run)
                {
                    min = Math.Min(min, v);
                    max = Math.Max(max, v);
                }

                continue;
            }

            int i = 0;
            for (; i <= run.Length - (2 * Width); i += 2 * Width)
            {
                Vector256<double> a = Vector256.Create(run.Slice(i, Width)), b = Vector256.Create(run.Slice(i + Width, Width));
                min0 = Vector256.Min(min0, a);
                max0 = Vector256.Max(max0, a);
                min1 = Vector256.Min(min1, b);
                max1 = Vector256.Max(max1, b);
            }

            if (i <= run.Length - Width)
            {
                Vector256<double> a = Vector256.Create(run.Slice(i, Width));
                min0 = Vector256.Min(min0, a);
                max0 = Vector256.Max(max0, a);
                i += Width;
            }

            if (i < run.Length)
            {
                Vector256<double> b = Vector256.Create(run[^Width..]);
                min1 = Vector256.Min(min1, b);
                max1 = Vector256.Max(max1, b);
            }
        }

        Vector256<double> minimum = Vector256.Min(min0, min1), maximum = Vector256.Max(max0, max1);
        for (int lane = 0; lane < Width; lane++)
        {
            min = Math.Min(min, minimum[lane]);
            max = Math.Max(max, maximum[lane]);
        }

        return (min, max);
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
    /// Refuses a fixed bin width that would split the ROI's intensity range into more bins than the settings' limits
    /// allow (<see cref="IO.InputLimits.MaxVoxels"/>), before the bin edges are allocated.
    /// </summary>
    private static void RequireBinsWithinLimits(RadiomicsSettings settings, double min, double max, double? ibsiLowerBound)
    {
        if (settings.Discretisation.BinCount is not null)
        {
            return;
        }

        double low = settings.Discretisation.BinningOrigin == BinningOrigin.Ibsi ? Math.Min(min, ibsiLowerBound ?? settings.Resegmentation.AbsoluteLowerBound ?? min) : min;
        double bins = ((max - low) / settings.Discretisation.BinWidth) + 2;
        if (!settings.Limits.Allows(bins))
        {
            throw new ParameterException(FormattableString.Invariant(
                $"binWidth {settings.Discretisation.BinWidth:G6} would split the ROI's intensities ({low:G6} to {max:G6}) into {bins:G3} bins, more than {settings.Limits.Describe()}; use a larger binWidth or binCount"));
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

        if (lengthEstimate > Array.MaxLength)
        {
            // Discretise refuses more bins than the input limits allow before it gets here.
            throw new ParameterException($"Discretisation would need {lengthEstimate} bins, more than an array holds; the bin width is too small for this intensity range.");
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
}
