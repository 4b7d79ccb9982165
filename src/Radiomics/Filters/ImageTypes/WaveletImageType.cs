using Radiomics.Configuration;
using Radiomics.Filters.Wavelets;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>PyRadiomics' <c>Wavelet</c>: the stationary wavelet sub-bands, lazily, prefixes <c>wavelet-LLH</c> … <c>wavelet2-HHH</c>.</summary>
public sealed class WaveletImageType : IImageType
{
    public string Name => "Wavelet";

    public IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64) =>
        WaveletImages.Produce(image, settings, pixelType).Select(band => new DerivedImage(band.Prefix, band.Image, settings));
}
