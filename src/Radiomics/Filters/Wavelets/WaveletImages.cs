using System.Numerics;
using System.Runtime.CompilerServices;
using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Filters.Wavelets;

/// <summary>
/// PyRadiomics' <c>Wavelet</c> image type (<c>imageoperations.getWaveletImage</c> / <c>_swt3</c>): the stationary
/// wavelet transform of the image as PyRadiomics applies <c>pywt.swtn</c>, yielding the detail sub-bands of each
/// level and finally the approximation. IBSI has no identifier for this exact (PyRadiomics-specific) variant.
/// </summary>
/// <remarks>
/// <para>Exactly as PyRadiomics 3.1:</para>
/// <list type="bullet">
/// <item>Axes with an odd size are padded by one voxel with numpy's <c>'wrap'</c> mode (the first slice appended), and
/// every sub-band is cropped back to the original size.</item>
/// <item>Each level is one <c>swtn(level=1, start_level=0)</c> call on the previous level's approximation, so the
/// filters are <b>not</b> dilated between levels (no à trous upsampling, unlike pywt's own multi-level swt).
/// The first <c>start_level</c> levels are computed only for their approximation.</item>
/// <item>The filters run along numpy axes (2, 1, 0), i.e. x, then y, then z; sub-band letter i belongs to the
/// i-th of those axes: <c>wavelet-LLH</c> is low-pass along x and y, high-pass along z. With <c>force2D</c>,
/// the axis <c>force2Ddimension</c> (0 = z, 1 = y, 2 = x) is left out and names have two letters.</item>
/// <item>Names: <c>wavelet-XYZ</c> for the first returned level, <c>wavelet{n}-XYZ</c> for the n-th; the final
/// approximation is <c>wavelet-LLL</c> (one level) or <c>wavelet{level}-LLL</c>, yielded last.</item>
/// </list>
/// <para>Memory: sub-bands are produced depth-first and lazily; besides the padded input only one intermediate
/// per axis and the running approximation are alive while a sub-band is handed out (pooled, see
/// <see cref="WaveletWorkspace{T}"/>). Each detail band's last pass writes it cropped and in double directly.</para>
/// </remarks>
public static class WaveletImages
{
    /// <summary>
    /// Lazily yields <c>(image-type name, sub-band)</c> pairs in PyRadiomics' order: for each returned level the
    /// seven (3D) or three (2D) detail sub-bands in <c>swtn</c>'s key order (LLH, LHL, LHH, HLL, HLH, HHL, HHH),
    /// then the final approximation. Each sub-band has the input's geometry.
    /// </summary>
    /// <param name="image">The pre-processed image.</param>
    /// <param name="s">Settings holding the Wavelet type's overrides.</param>
    /// <param name="pixelType">
    /// The type SimpleITK holds the image in. pywt computes in the array's own precision: for
    /// <see cref="VoxelType.Float32"/> every pass runs in single precision (taps rounded to float, float products
    /// and sums, float outputs), as pywt's float C kernels do; the sub-bands hold those float values as doubles.
    /// Every other type (integers are converted to float64 by pywt) is transformed in double precision.
    /// </param>
    public static IEnumerable<(string Prefix, Volume<double> Image)> Produce(
        Volume<double> image, RadiomicsSettings s, VoxelType pixelType = VoxelType.Float64) =>
        Produce(image, s, pixelType, -1);

    /// <summary><see cref="Produce(Volume{double}, RadiomicsSettings, VoxelType)"/> on at most <paramref name="maxDegreeOfParallelism"/> threads (−1: one per core).</summary>
    internal static IEnumerable<(string Prefix, Volume<double> Image)> Produce(Volume<double> image, RadiomicsSettings s, VoxelType pixelType, int maxDegreeOfParallelism) =>
        Produce(image, s, FilterReachWhole(image.Size), image.Geometry, pixelType, null, maxDegreeOfParallelism);

    /// <summary>
    /// <see cref="Produce(Volume{double}, RadiomicsSettings, VoxelType)"/> with every sub-band delivered cropped to
    /// <paramref name="keep"/> (voxel indices of <paramref name="image"/>) and given <paramref name="keptGeometry"/>
    /// (of <paramref name="keep"/>'s size): each sub-band's last pass writes only that box, so a window filtered for a
    /// smaller region needs no separate crop. The kept values are those of the uncropped sub-bands.
    /// </summary>
    public static IEnumerable<(string Prefix, Volume<double> Image)> Produce(
        Volume<double> image, RadiomicsSettings s, BoundingBox keep, ImageGeometry keptGeometry, VoxelType pixelType = VoxelType.Float64) =>
        Produce(image, s, keep, keptGeometry, pixelType, null, -1);

    /// <summary>
    /// <see cref="Produce(Volume{double}, RadiomicsSettings, BoundingBox, ImageGeometry, VoxelType)"/> taking each
    /// sub-band's buffer (of <paramref name="keep"/>'s voxel count, every value written) from <paramref name="allocate"/>,
    /// every pass on at most <paramref name="maxDegreeOfParallelism"/> threads (−1: one per core).
    /// </summary>
    internal static IEnumerable<(string Prefix, Volume<double> Image)> Produce(
        Volume<double> image, RadiomicsSettings s, BoundingBox keep, ImageGeometry keptGeometry, VoxelType pixelType, Func<int, double[]>? allocate,
        int maxDegreeOfParallelism)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(keptGeometry);
        if (keep.Lower.X < 0 || keep.Lower.Y < 0 || keep.Lower.Z < 0
            || keep.Upper.X >= image.Size.X || keep.Upper.Y >= image.Size.Y || keep.Upper.Z >= image.Size.Z || keptGeometry.Size != keep.Size)
        {
            throw new ArgumentException("The kept box must lie inside the image and match the kept geometry's size.", nameof(keep));
        }

        ArgumentNullException.ThrowIfNull(s);
        WaveletFilterBank bank = WaveletFilterBank.Get(s.Filters.Wavelet);
        ArgumentOutOfRangeException.ThrowIfNegative(s.Filters.WaveletStartLevel);
        ArgumentOutOfRangeException.ThrowIfLessThan(s.Filters.WaveletLevel, 1);
        int[] axes = TransformedAxes(s);
        allocate ??= length => GC.AllocateUninitializedArray<double>(length);
        return pixelType == VoxelType.Float32
            ? ProduceCore(image, SingleTaps(bank), axes, s.Filters.WaveletStartLevel, s.Filters.WaveletLevel, keep.Lower, keptGeometry, allocate, maxDegreeOfParallelism)
            : ProduceCore(image, DoubleTaps(bank), axes, s.Filters.WaveletStartLevel, s.Filters.WaveletLevel, keep.Lower, keptGeometry, allocate, maxDegreeOfParallelism);
    }

    private static BoundingBox FilterReachWhole(Size3 size) => new(new Index3(0, 0, 0), new Index3(size.X - 1, size.Y - 1, size.Z - 1));

    /// <summary>Our axes (0 = x) in PyRadiomics' filtering order: numpy axes (2, 1, 0) less force2Ddimension.</summary>
    internal static int[] TransformedAxes(RadiomicsSettings s)
    {
        if (!s.Features.Force2D)
        {
            return [0, 1, 2];
        }

        if (s.Features.Force2DDimension is < 0 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(s), s.Features.Force2DDimension, "force2Ddimension must be 0, 1 or 2.");
        }

        int skipped = 2 - s.Features.Force2DDimension;
        return [.. Enumerable.Range(0, 3).Where(a => a != skipped)];
    }

    /// <summary>The decomposition filters in double precision, as pywt's <c>dec_lo_double</c> / <c>dec_hi_double</c>.</summary>
    private static (double[] Low, double[] High) DoubleTaps(WaveletFilterBank bank) =>
        (bank.DecompositionLowPass.ToArray(), bank.DecompositionHighPass.ToArray());

    /// <summary>
    /// The decomposition filters as pywt's <c>dec_lo_float</c> / <c>dec_hi_float</c>: pywt builds them from its
    /// coefficient tables compiled as float, so each tap is the double tap rounded to float, except for Coiflets,
    /// whose tables are normalised to sum 1 and scaled at run time in float: <c>(float)c · (float)√2</c> with
    /// <c>c = tap / √2</c> the table value (pywt <c>wavelets.c</c>, <c>coif_float[i] * sqrt2_float</c>).
    /// </summary>
    private static (float[] Low, float[] High) SingleTaps(WaveletFilterBank bank) =>
        (SingleTaps(bank.DecompositionLowPass, bank.Family), SingleTaps(bank.DecompositionHighPass, bank.Family));

    private static float[] SingleTaps(ReadOnlySpan<double> taps, WaveletFamily family)
    {
        const float Sqrt2Single = 1.41421356f;
        var result = new float[taps.Length];
        for (int i = 0; i < taps.Length; i++)
        {
            result[i] = family == WaveletFamily.Coiflets
                ? (float)(taps[i] / Math.Sqrt(2)) * Sqrt2Single
                : (float)taps[i];
        }

        return result;
    }

    /// <summary>The sub-bands computed in precision <typeparamref name="T"/>, each cropped back to the input's grid and widened to double.</summary>
    private static IEnumerable<(string Prefix, Volume<double> Image)> ProduceCore<T>(
        Volume<double> image, (T[] Low, T[] High) bank, int[] axes, int startLevel, int levels, Index3 from, ImageGeometry geometry,
        Func<int, double[]> allocate, int degree)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        using var work = new WaveletWorkspace<T>(PaddedSize(image.Size, axes), axes.Length);
        PadOddAxesByWrapping(image, work.Size, work.Current);
        for (int i = 0; i < startLevel; i++)
        {
            Approximation(work, bank.Low, axes, degree);
            work.Advance();
        }

        string lows = new('L', axes.Length);
        var lowest = new StrongBox<Volume<double>?>();
        for (int index = 1; index <= levels; index++)
        {
            string prefix = index == 1 ? "wavelet-" : $"wavelet{index}-";
            StrongBox<Volume<double>?>? keepLowest = index == levels ? lowest : null;
            foreach ((string bandName, Volume<double> band) in Bands(work, work.Current, from, geometry, allocate, bank, axes, 0, string.Empty, degree, keepLowest))
            {
                yield return (prefix + bandName, band);
            }

            work.Advance();
        }

        yield return ((levels == 1 ? "wavelet-" : $"wavelet{levels}-") + lows, lowest.Value!); // the last level always reaches its all-low band
    }

    /// <summary>
    /// Depth-first over the axes: low-pass branch first (pywt's 'a' before 'd'); the all-low band goes to
    /// <see cref="WaveletWorkspace{T}.Next"/> (the next level's input), or, given <paramref name="lowest"/> (the last
    /// level), cropped and in double into it, not yielded. A detail band's last pass writes it cropped and in
    /// double directly. Each depth reuses one intermediate: its low branch is finished before its high branch starts.
    /// </summary>
    private static IEnumerable<(string Name, Volume<double> Band)> Bands<T>(
        WaveletWorkspace<T> work, T[] input, Index3 from, ImageGeometry geometry, Func<int, double[]> allocate, (T[] Low, T[] High) bank, int[] axes,
        int depth, string name, int degree, StrongBox<Volume<double>?>? lowest)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        bool last = depth == axes.Length - 1;
        for (int branch = 0; branch < 2; branch++)
        {
            bool low = branch == 0;
            T[] taps = low ? bank.Low : bank.High;
            string bandName = name + (low ? 'L' : 'H');
            if (last && bandName.Contains('H', StringComparison.Ordinal))
            {
                // Handed out: fresh, every voxel written by the filter.
                var band = new Volume<double>(geometry, allocate(checked((int)geometry.Size.VoxelCount)));
                StationaryWaveletTransform.FilterAxisCropped<T>(input, work.Size, from, band, taps, axes[depth], 1, degree);
                yield return (bandName, band);
                continue;
            }

            if (last && low && lowest is not null)
            {
                // The last level's all-low band is needed only cropped (no further level filters it): formed here like
                // the others, held and handed out last, in its place in the order.
                lowest.Value = new Volume<double>(geometry, allocate(checked((int)geometry.Size.VoxelCount)));
                StationaryWaveletTransform.FilterAxisCropped<T>(input, work.Size, from, lowest.Value, taps, axes[depth], 1, degree);
                continue;
            }

            T[] filtered = last ? work.Next : work.Intermediate(depth);
            StationaryWaveletTransform.FilterAxis<T>(input, filtered, work.Size, taps, axes[depth], 1, degree);
            if (last)
            {
                continue;
            }

            foreach ((string Name, Volume<double> Band) sub in Bands(work, filtered, from, geometry, allocate, bank, axes, depth + 1, bandName, degree, low ? lowest : null))
            {
                yield return sub;
            }
        }
    }

    /// <summary>The all-low band of <see cref="WaveletWorkspace{T}.Current"/> into <see cref="WaveletWorkspace{T}.Next"/>.</summary>
    private static void Approximation<T>(WaveletWorkspace<T> work, T[] low, int[] axes, int degree)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T[] current = work.Current;
        for (int depth = 0; depth < axes.Length; depth++)
        {
            T[] filtered = depth == axes.Length - 1 ? work.Next : work.Intermediate(depth);
            StationaryWaveletTransform.FilterAxis<T>(current, filtered, work.Size, low, axes[depth], 1, degree);
            current = filtered;
        }
    }

    /// <summary>The size after padding every odd transformed axis by one voxel.</summary>
    private static Size3 PaddedSize(Size3 size, int[] axes)
    {
        Size3 padded = size;
        foreach (int axis in axes)
        {
            if (size[axis] % 2 != 0)
            {
                padded = padded.With(axis, size[axis] + 1);
            }
        }

        return padded;
    }

    /// <summary>
    /// numpy.pad(data, (0, 1 if odd), 'wrap') along the transformed axes (padding other axes would change nothing)
    /// into the first voxels of <paramref name="target"/>, converting to the working precision on the way (float32
    /// rounds to nearest, as numpy's astype).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PadOddAxesByWrapping<T>(Volume<double> image, Size3 padded, T[] target)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Size3 size = image.Size;
        ReadOnlySpan<double> source = image.Voxels;
        for (int z = 0; z < padded.Z; z++)
        {
            int sz = z % size.Z;
            for (int y = 0; y < padded.Y; y++)
            {
                int sy = y % size.Y;
                ReadOnlySpan<double> row = source.Slice(size.Offset(0, sy, sz), size.X);
                Span<T> destination = target.AsSpan(padded.Offset(0, y, z), padded.X);
                for (int x = 0; x < size.X; x++)
                {
                    destination[x] = T.CreateTruncating(row[x]);
                }

                if (padded.X > size.X)
                {
                    destination[size.X] = destination[0];
                }
            }
        }
    }
}
