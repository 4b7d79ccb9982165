using Radiomics.Configuration;
using Radiomics.Filters.Ibsi2;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// <c>IbsiMean</c>: the IBSI 2 mean filter (S60F, <see cref="MeanFilter"/>) with support <c>ibsiMeanSupport</c>,
/// <c>ibsiFilterDimension</c> and <c>ibsiPadding</c>; one image, prefix <c>ibsi-mean-5-3D</c>.
/// </summary>
public sealed class Ibsi2MeanImageType : IImageType
{
    /// <inheritdoc/>
    public string Name => "IbsiMean";

    /// <summary>The filter the settings describe.</summary>
    public static MeanFilter FilterOf(RadiomicsSettings settings) =>
        new(settings.Ibsi2Filters.MeanSupport, settings.Ibsi2Filters.Dimension, settings.Ibsi2Filters.Padding);

    /// <summary>Reach (M − 1)/2 along the filtered axes (whole axes with periodic padding).</summary>
    public BoundingBox InputRegion(BoundingBox region, ImageGeometry image, RadiomicsSettings settings)
    {
        MeanFilter filter = FilterOf(settings);
        return Ibsi2Windows.Spatial(region, image, filter.Dimension, filter.Boundary, Ibsi2Windows.HalfWidth(filter.Support));
    }

    /// <inheritdoc/>
    public IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64, ExtractionContext? context = null)
    {
        MeanFilter filter = FilterOf(settings);
        string prefix = $"ibsi-mean-{filter.Support}-{Ibsi2ImageTypeNaming.Dimension(filter.Dimension)}";
        yield return new DerivedImage(prefix, filter.Apply(image, FilterExecution.Of(context)), settings);
    }
}
