using Radiomics.Configuration;
using Radiomics.Filters.Lbp;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// PyRadiomics' <c>LBP2D</c>: the 2D local binary pattern, slice by slice, prefix <c>lbp-2D</c>. Each pixel reads its
/// plane within the sampling radius (bilinear, zeros outside the plane), so the window is the region grown by
/// ⌈<c>lbp2DRadius</c>⌉ + 1 in the plane (exact).
/// </summary>
public sealed class Lbp2DImageType : IImageType
{
    /// <inheritdoc/>
    public string Name => "LBP2D";

    /// <inheritdoc/>
    public IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64, ExtractionContext? context = null) =>
        LbpImages.Produce2D(image, settings, (context ?? ExtractionContext.Default).Options()).Select(lbp => new DerivedImage(lbp.Prefix, lbp.Image, settings));

    /// <inheritdoc/>
    public BoundingBox InputRegion(BoundingBox region, ImageGeometry image, RadiomicsSettings settings)
    {
        int reach = (int)Math.Min(FilterReach.WholeAxis, Math.Ceiling(settings.Filters.Lbp2DRadius) + 1);

        // force2Ddimension 0, 1, 2 slices across numpy axis z, y, x (ours 2, 1, 0): no reach across slices.
        int across = 2 - settings.Features.Force2DDimension;
        return FilterReach.Clipped(region, image.Size, new Index3(across == 0 ? 0 : reach, across == 1 ? 0 : reach, across == 2 ? 0 : reach));
    }
}

/// <summary>
/// PyRadiomics' <c>LBP3D</c>: spherical-harmonics LBP levels and their kurtosis, prefixes <c>lbp-3D-m1</c> … <c>lbp-3D-k</c>.
/// Its cubic-spline samples come from scipy's spline prefilter over the whole image, and its sign test turns the
/// slightest difference into a different code, so it is always computed on the whole image; the samples are held in
/// the image's pixel type, as <c>map_coordinates</c> returns them.
/// </summary>
public sealed class Lbp3DImageType : IImageType
{
    /// <inheritdoc/>
    public string Name => "LBP3D";

    /// <inheritdoc/>
    public IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64, ExtractionContext? context = null) =>
        LbpImages.Produce3D(image, mask, settings, pixelType, (context ?? ExtractionContext.Default).Options()).Select(lbp => new DerivedImage(lbp.Prefix, lbp.Image, settings));
}
