using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// A point-wise PyRadiomics image type (Square, SquareRoot, Logarithm, Exponential; see
/// <see cref="IntensityTransforms.IntensityFilters"/>): one image with a fixed prefix. Its only whole-image input is
/// M = max|x|, so the window is the region itself and its values are exact.
/// </summary>
/// <param name="transform">The filter applied to an image given the whole image's M.</param>
/// <param name="name">The image type's key (e.g. <c>Square</c>).</param>
/// <param name="prefix">The feature-name prefix of its one image (e.g. <c>square</c>).</param>
public sealed class IntensityTransformImageType(string name, string prefix, Func<Volume<double>, double, Volume<double>> transform) : IImageType
{
    private readonly VoxelTransform? _voxels;

    /// <summary>A type whose filter is given voxel by voxel (<paramref name="voxels"/>), writing into a buffer of the caller's.</summary>
    internal IntensityTransformImageType(string name, string prefix, Func<Volume<double>, double, Volume<double>> transform, VoxelTransform voxels)
        : this(name, prefix, transform) => _voxels = voxels;

    /// <summary>The filter of <c>source</c> given M, into <c>target</c> (same length).</summary>
    internal delegate void VoxelTransform(ReadOnlySpan<double> source, double maxAbs, Span<double> target);

    /// <inheritdoc/>
    public string Name => name;

    /// <inheritdoc/>
    public IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64, ExtractionContext? context = null) =>
        Produce(ImageWindow.Whole(image, mask, pixelType) with { Context = context ?? ExtractionContext.Default }, settings);

    /// <inheritdoc/>
    public BoundingBox InputRegion(BoundingBox region, ImageGeometry image, RadiomicsSettings settings) => region;

    /// <inheritdoc/>
    public IEnumerable<DerivedImage> Produce(ImageWindow window, RadiomicsSettings settings)
    {
        if (_voxels is null)
        {
            yield return new DerivedImage(prefix, transform(window.Part(window.Region), window.WholeMaxAbs()), settings);
            yield break;
        }

        double[] buffer = window.NewRegionBuffer();
        _voxels(window.Part(window.Region).Voxels, window.WholeMaxAbs(), buffer);
        yield return new DerivedImage(prefix, new Volume<double>(window.RegionGeometry, buffer), settings) { RecyclableBuffer = buffer };
    }
}
