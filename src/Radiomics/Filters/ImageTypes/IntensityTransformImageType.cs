using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// A point-wise PyRadiomics image type (Square, SquareRoot, Logarithm, Exponential; see
/// <see cref="IntensityTransforms.IntensityFilters"/>): one image with a fixed prefix. Its only whole-image input is
/// M = max|x|, so the window is the region itself and its values are exact.
/// </summary>
/// <param name="transform">The filter applied to an image given the whole image's M.</param>
public sealed class IntensityTransformImageType(string name, string prefix, Func<Volume<double>, double, Volume<double>> transform) : IImageType
{
    public string Name => name;

    public IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64) =>
        Produce(ImageWindow.Whole(image, mask, pixelType), settings);

    public BoundingBox InputRegion(BoundingBox region, ImageGeometry image, RadiomicsSettings settings) => region;

    public IEnumerable<DerivedImage> Produce(ImageWindow window, RadiomicsSettings settings)
    {
        yield return new DerivedImage(prefix, transform(window.Part(window.Region), window.WholeMaxAbs()), settings);
    }
}
