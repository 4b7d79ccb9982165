using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// A point-wise PyRadiomics image type (Square, SquareRoot, Logarithm, Exponential; see
/// <see cref="IntensityTransforms.IntensityFilters"/>): one image with a fixed prefix.
/// </summary>
public sealed class IntensityTransformImageType(string name, string prefix, Func<Volume<double>, Volume<double>> transform) : IImageType
{
    public string Name => name;

    public IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64)
    {
        yield return new DerivedImage(prefix, transform(image), settings);
    }
}
