using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// An image type of PyRadiomics' <c>imageType</c> section ("Original", "LoG", "Wavelet", …): turns the
/// pre-processed image into zero or more derived images, produced lazily one at a time so that only one is
/// alive while its features are computed. The caller passes settings that already hold this type's
/// overrides.
/// </summary>
/// <remarks>
/// Two ways to run an image type: on the whole pre-processed image
/// (<see cref="Produce(Volume{double}, Volume{byte}, RadiomicsSettings, VoxelType, ExtractionContext?)"/>, PyRadiomics'
/// way), or for a region only: <see cref="InputRegion"/> says which window of the image the region needs and
/// <see cref="Produce(ImageWindow, RadiomicsSettings)"/> filters that window. The region's derived images equal the
/// whole image's cropped to the region: exactly for every type except PyRadiomics' LoG (bounded, see
/// <see cref="LoGImageType"/>). A type that does not override <see cref="InputRegion"/> is given the whole image.
/// </remarks>
public interface IImageType
{
    /// <summary>The PyRadiomics imageType key (case as in parameter files), e.g. "LoG".</summary>
    string Name { get; }

    /// <summary>The derived images of the whole image, in PyRadiomics' order.</summary>
    /// <param name="image">The pre-processed image (values as doubles).</param>
    /// <param name="mask">The ROI on the image's grid.</param>
    /// <param name="settings">Settings holding this type's overrides.</param>
    /// <param name="pixelType">
    /// The pixel type SimpleITK would hold <paramref name="image"/> in after PyRadiomics' loading (the stored type,
    /// kept through resampling and cropping; Float64 after normalisation). Filters whose Python implementation
    /// computes in the array's precision (pywt's wavelets) use it to reproduce PyRadiomics exactly.
    /// </param>
    /// <param name="context">The threads the filter runs on (<see cref="ExtractionContext.Default"/> when null); the images do not depend on it.</param>
    IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64, ExtractionContext? context = null);

    /// <summary>
    /// The box of the image (of geometry <paramref name="image"/>) to filter for the derived images to be right on
    /// <paramref name="region"/>: the region grown by the filter's reach and clipped to the image, or the whole image
    /// (the default) when the filter reads every voxel (Fourier filters, periodic padding, spline prefilters, ...).
    /// </summary>
    BoundingBox InputRegion(BoundingBox region, ImageGeometry image, RadiomicsSettings settings) => FilterReach.Whole(image.Size);

    /// <summary>
    /// The derived images of <see cref="ImageWindow.Region"/>, in PyRadiomics' order, on the region's grid, computed
    /// from the window <see cref="InputRegion"/> asked for, on the threads of the window's <see cref="ImageWindow.Context"/>.
    /// The default filters the window as if it were the whole image and crops; types that need whole-image context (a
    /// global maximum, the image size) override it.
    /// </summary>
    IEnumerable<DerivedImage> Produce(ImageWindow window, RadiomicsSettings settings) =>
        Produce(window.Image, window.Mask, settings, window.PixelType, window.Context).Select(d => d with { Image = window.ToRegion(d.Image) });
}
