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
/// per axis and the running approximation are alive while a sub-band is handed out.</para>
/// </remarks>
public static class WaveletImages
{
    /// <summary>
    /// Lazily yields <c>(image-type name, sub-band)</c> pairs in PyRadiomics' order: for each returned level the
    /// seven (3D) or three (2D) detail sub-bands in <c>swtn</c>'s key order (LLH, LHL, LHH, HLL, HLH, HHL, HHH),
    /// then the final approximation. Each sub-band has the input's geometry.
    /// </summary>
    public static IEnumerable<(string Prefix, Volume<double> Image)> Produce(Volume<double> image, RadiomicsSettings s)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(s);
        WaveletFilterBank bank = WaveletFilterBank.Get(s.Wavelet);
        ArgumentOutOfRangeException.ThrowIfNegative(s.WaveletStartLevel);
        ArgumentOutOfRangeException.ThrowIfLessThan(s.WaveletLevel, 1);
        return ProduceCore(image, bank, TransformedAxes(s), s.WaveletStartLevel, s.WaveletLevel);
    }

    /// <summary>Our axes (0 = x) in PyRadiomics' filtering order: numpy axes (2, 1, 0) less force2Ddimension.</summary>
    internal static int[] TransformedAxes(RadiomicsSettings s)
    {
        if (!s.Force2D)
        {
            return [0, 1, 2];
        }

        if (s.Force2DDimension is < 0 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(s), s.Force2DDimension, "force2Ddimension must be 0, 1 or 2.");
        }

        int skipped = 2 - s.Force2DDimension;
        return [.. new[] { 0, 1, 2 }.Where(a => a != skipped)];
    }

    private static IEnumerable<(string Prefix, Volume<double> Image)> ProduceCore(
        Volume<double> image, WaveletFilterBank bank, int[] axes, int startLevel, int levels)
    {
        Size3 original = image.Size;
        Volume<double> data = PadOddAxesByWrapping(image, axes);
        for (int i = 0; i < startLevel; i++)
        {
            data = Approximation(data, bank, axes);
        }

        string lows = new('L', axes.Length);
        for (int index = 1; index <= levels; index++)
        {
            string prefix = index == 1 ? "wavelet-" : $"wavelet{index}-";
            var level = new LevelState(axes.Length);
            foreach ((string bandName, Volume<double> band) in Bands(data, bank, axes, 0, string.Empty, level))
            {
                yield return (prefix + bandName, CropTo(band, original, image.Geometry));
            }

            data = level.Approximation!;
        }

        yield return ((levels == 1 ? "wavelet-" : $"wavelet{levels}-") + lows, CropTo(data, original, image.Geometry));
    }

    /// <summary>Depth-first over the axes: low-pass branch first (pywt's 'a' before 'd'); the all-low band is kept, not yielded.</summary>
    private static IEnumerable<(string Name, Volume<double> Band)> Bands(
        Volume<double> input, WaveletFilterBank bank, int[] axes, int depth, string name, LevelState level)
    {
        bool last = depth == axes.Length - 1;
        for (int branch = 0; branch < 2; branch++)
        {
            bool low = branch == 0;

            // Intermediate depths reuse one scratch volume each (its low branch is finished before its high branch
            // starts); the last depth's outputs are handed out or kept, so they are fresh.
            Volume<double> filtered = last ? Uninitialised(input.Geometry) : level.Scratch(depth, input.Geometry);
            StationaryWaveletTransform.FilterAxis(
                input, filtered, low ? bank.DecompositionLowPass : bank.DecompositionHighPass, axes[depth]);
            string bandName = name + (low ? 'L' : 'H');
            if (!last)
            {
                foreach ((string Name, Volume<double> Band) sub in Bands(filtered, bank, axes, depth + 1, bandName, level))
                {
                    yield return sub;
                }
            }
            else if (bandName.Contains('H', StringComparison.Ordinal))
            {
                yield return (bandName, filtered);
            }
            else
            {
                level.Approximation = filtered;
            }
        }
    }

    private static Volume<double> Approximation(Volume<double> data, WaveletFilterBank bank, int[] axes)
    {
        Volume<double> current = data;
        foreach (int axis in axes)
        {
            Volume<double> filtered = Uninitialised(current.Geometry);
            StationaryWaveletTransform.FilterAxis(current, filtered, bank.DecompositionLowPass, axis);
            current = filtered;
        }

        return current;
    }

    /// <summary>numpy.pad(data, (0, 1 if odd), 'wrap') along the transformed axes (padding other axes would change nothing).</summary>
    internal static Volume<double> PadOddAxesByWrapping(Volume<double> image, int[] axes)
    {
        Size3 size = image.Size;
        Size3 padded = size;
        foreach (int axis in axes)
        {
            if (size[axis] % 2 != 0)
            {
                padded = padded.With(axis, size[axis] + 1);
            }
        }

        if (padded == size)
        {
            return image;
        }

        var result = new Volume<double>(image.Geometry with { Size = padded });
        Span<double> target = result.Voxels;
        ReadOnlySpan<double> source = image.Voxels;
        for (int z = 0; z < padded.Z; z++)
        {
            int sz = z % size.Z;
            for (int y = 0; y < padded.Y; y++)
            {
                int sy = y % size.Y;
                ReadOnlySpan<double> row = source.Slice(size.Offset(0, sy, sz), size.X);
                Span<double> destination = target.Slice(padded.Offset(0, y, z), padded.X);
                row.CopyTo(destination);
                if (padded.X > size.X)
                {
                    destination[size.X] = row[0];
                }
            }
        }

        return result;
    }

    /// <summary>A volume every voxel of which the caller overwrites (a filter output): skips zeroing the buffer.</summary>
    private static Volume<double> Uninitialised(ImageGeometry geometry) =>
        new(geometry, GC.AllocateUninitializedArray<double>(checked((int)geometry.Size.VoxelCount)));

    private static Volume<double> CropTo(Volume<double> band, Size3 original, ImageGeometry geometry) =>
        band.Size == original
            ? band.WithGeometry(geometry)
            : band.Crop(new Index3(0, 0, 0), original).WithGeometry(geometry);

    private sealed class LevelState(int depths)
    {
        private readonly Volume<double>?[] _scratch = new Volume<double>?[depths];

        public Volume<double>? Approximation { get; set; }

        public Volume<double> Scratch(int depth, ImageGeometry geometry) => _scratch[depth] ??= Uninitialised(geometry);
    }
}
