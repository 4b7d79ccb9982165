using Radiomics.Configuration;
using Radiomics.Filters.Gradient;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// PyRadiomics' <c>Gradient</c>: the gradient magnitude (<c>gradientUseSpacing</c>), prefix <c>gradient</c>. Central
/// differences read one voxel on each side (the image's own edge repeats), so a window is the region plus one voxel.
/// </summary>
public sealed class GradientImageType : IImageType
{
    /// <inheritdoc/>
    public string Name => "Gradient";

    /// <inheritdoc/>
    public IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64, ExtractionContext? context = null)
    {
        yield return new DerivedImage("gradient", GradientMagnitude.Apply(image, settings.Filters.GradientUseSpacing, (context ?? ExtractionContext.Default).Options()), settings);
    }

    /// <inheritdoc/>
    public BoundingBox InputRegion(BoundingBox region, ImageGeometry image, RadiomicsSettings settings) =>
        FilterReach.Clipped(region, image.Size, new Index3(1, 1, 1));
}
