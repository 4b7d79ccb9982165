using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>PyRadiomics' <c>Original</c>: the pre-processed image itself, prefix <c>original</c>.</summary>
public sealed class OriginalImageType : IImageType
{
    /// <inheritdoc/>
    public string Name => "Original";

    /// <inheritdoc/>
    public IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64, ExtractionContext? context = null)
    {
        yield return new DerivedImage("original", image, settings);
    }

    /// <inheritdoc/>
    public BoundingBox InputRegion(BoundingBox region, ImageGeometry image, RadiomicsSettings settings) => region;
}
