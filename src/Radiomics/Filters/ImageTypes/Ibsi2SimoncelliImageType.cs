using Radiomics.Configuration;
using Radiomics.Filters.Ibsi2;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// <c>Simoncelli</c>: the IBSI 2 non-separable Simoncelli wavelet band-pass map (PRT7,
/// <see cref="SimoncelliWaveletFilter"/>) of level <c>simoncelliLevel</c>, <c>ibsiFilterDimension</c> and
/// <c>ibsiPadding</c> (IBSI's phase 2 uses periodic); one image, prefix <c>simoncelli-1-3D</c>.
/// </summary>
public sealed class Ibsi2SimoncelliImageType : IImageType
{
    /// <inheritdoc/>
    public string Name => "Simoncelli";

    /// <summary>The filter the settings describe.</summary>
    public static SimoncelliWaveletFilter FilterOf(RadiomicsSettings settings) =>
        new(settings.Ibsi2Filters.SimoncelliLevel, settings.Ibsi2Filters.Dimension, settings.Ibsi2Filters.Padding);

    /// <summary>A Fourier filter (its transfer function depends on the grid size): the filtered axes whole.</summary>
    public BoundingBox InputRegion(BoundingBox region, ImageGeometry image, RadiomicsSettings settings) =>
        Ibsi2Windows.Whole(region, image, settings.Ibsi2Filters.Dimension);

    /// <inheritdoc/>
    public IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64, ExtractionContext? context = null)
    {
        SimoncelliWaveletFilter filter = FilterOf(settings);
        yield return new DerivedImage($"simoncelli-{filter.Level}-{Ibsi2ImageTypeNaming.Dimension(filter.Dimension)}", filter.Apply(image, FilterExecution.Of(context)), settings);
    }
}
