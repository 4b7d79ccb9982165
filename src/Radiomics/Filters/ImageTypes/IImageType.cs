using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// An image type of PyRadiomics' <c>imageType</c> section ("Original", "LoG", "Wavelet", …): turns the
/// pre-processed image into zero or more derived images, produced lazily one at a time so that only one is
/// alive while its features are computed. The caller passes settings that already hold this type's
/// overrides.
/// </summary>
public interface IImageType
{
    /// <summary>The PyRadiomics imageType key (case as in parameter files), e.g. "LoG".</summary>
    string Name { get; }

    /// <summary>The derived images, in PyRadiomics' order.</summary>
    /// <param name="image">The pre-processed image (values as doubles).</param>
    /// <param name="mask">The ROI on the image's grid.</param>
    /// <param name="settings">Settings holding this type's overrides.</param>
    /// <param name="pixelType">
    /// The pixel type SimpleITK would hold <paramref name="image"/> in after PyRadiomics' loading (the stored type,
    /// kept through resampling and cropping; Float64 after normalisation). Filters whose Python implementation
    /// computes in the array's precision (pywt's wavelets) use it to reproduce PyRadiomics exactly.
    /// </param>
    IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64);
}
