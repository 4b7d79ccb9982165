using Radiomics.Configuration;
using Radiomics.Filters.Wavelets;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>PyRadiomics' <c>Wavelet</c>: the stationary wavelet sub-bands, lazily, prefixes <c>wavelet-LLH</c> … <c>wavelet2-HHH</c>.</summary>
/// <remarks>
/// Window (exact): pywt's periodic stationary transform computes output o of a line from inputs o + ⌊F/2⌋ − k,
/// k = 0 … F − 1 (F taps), and PyRadiomics runs <c>start_level + level</c> such passes along each transformed axis. The
/// window grows the region by that many times F − 1 − ⌊F/2⌋ voxels before and ⌊F/2⌋ after; when this stays inside the
/// image, every value the region needs is computed from the same inputs, with the taps summed in the same order, as on
/// the whole image (no output involved wraps around). Otherwise the axis is taken whole, so the odd-size padding and the
/// wrap-around are the whole image's.
/// </remarks>
public sealed class WaveletImageType : IImageType
{
    /// <inheritdoc/>
    public string Name => "Wavelet";

    /// <inheritdoc/>
    public IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64, ExtractionContext? context = null) =>
        WaveletImages.Produce(image, settings, pixelType, (context ?? ExtractionContext.Default).MaxDegreeOfParallelism).Select(band => new DerivedImage(band.Prefix, band.Image, settings));

    /// <summary>The window's sub-bands written straight onto the region (no band of the window's size, no crop).</summary>
    public IEnumerable<DerivedImage> Produce(ImageWindow window, RadiomicsSettings settings)
    {
        BoundingBox local = new(window.Region.Lower - window.Box.Lower, window.Region.Upper - window.Box.Lower);
        return WaveletImages.Produce(window.Image, settings, local, window.RegionGeometry, window.PixelType, _ => window.NewRegionBuffer(), window.Context.MaxDegreeOfParallelism)
            .Select(band => new DerivedImage(band.Prefix, band.Image, settings) { RecyclableBuffer = band.Image.Buffer });
    }

    /// <inheritdoc/>
    public BoundingBox InputRegion(BoundingBox region, ImageGeometry image, RadiomicsSettings settings)
    {
        WaveletFilterBank bank = WaveletFilterBank.Get(settings.Filters.Wavelet);
        int taps = Math.Max(bank.DecompositionLowPass.Length, bank.DecompositionHighPass.Length);
        int passes = settings.Filters.WaveletStartLevel + settings.Filters.WaveletLevel;
        int after = passes * (taps / 2), before = passes * (taps - 1 - (taps / 2));
        Span<int> first = stackalloc int[3];
        Span<int> last = stackalloc int[3];
        foreach (int axis in WaveletImages.TransformedAxes(settings))
        {
            first[axis] = before;
            last[axis] = after;
        }

        return FilterReach.WithinOrWholeAxis(region, image.Size, new Index3(first[0], first[1], first[2]), new Index3(last[0], last[1], last[2]));
    }
}
