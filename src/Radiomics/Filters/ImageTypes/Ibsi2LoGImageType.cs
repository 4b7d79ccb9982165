using Radiomics.Configuration;
using Radiomics.Filters.Ibsi2;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// <c>IbsiLoG</c>: the IBSI 2 Laplacian of Gaussian (L6PA, <see cref="LaplacianOfGaussianFilter"/>, a truncated
/// convolution kernel, not PyRadiomics' recursive <c>LoG</c>): one image per σ (mm) of <c>ibsiLoGSigma</c>, in the
/// listed order, with cut-off <c>ibsiLoGCutoff</c> (in σ), <c>ibsiFilterDimension</c> and <c>ibsiPadding</c>;
/// prefix <c>ibsi-log-sigma-1-5-mm-3D</c>.
/// </summary>
public sealed class Ibsi2LoGImageType : IImageType
{
    public string Name => "IbsiLoG";

    /// <summary>The filters the settings describe, one per σ.</summary>
    public static IReadOnlyList<LaplacianOfGaussianFilter> FiltersOf(RadiomicsSettings settings) =>
        settings.IbsiLoGSigma.Select(sigma => new LaplacianOfGaussianFilter(sigma, settings.IbsiFilterDimension, settings.IbsiPadding, settings.IbsiLoGCutoff)).ToArray();

    public IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64)
    {
        foreach (LaplacianOfGaussianFilter filter in FiltersOf(settings))
        {
            string prefix = $"ibsi-log-sigma-{Ibsi2ImageTypeNaming.Number(filter.SigmaMm)}-mm-{Ibsi2ImageTypeNaming.Dimension(filter.Dimension)}";
            yield return new DerivedImage(prefix, filter.Apply(image), settings);
        }
    }
}
