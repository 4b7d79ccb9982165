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
    IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings);
}
