using Radiomics.Configuration;
using Radiomics.Filters.Lbp;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>PyRadiomics' <c>LBP2D</c>: the 2D local binary pattern, slice by slice, prefix <c>lbp-2D</c>.</summary>
public sealed class Lbp2DImageType : IImageType
{
    public string Name => "LBP2D";

    public IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64) =>
        LbpImages.Produce2D(image, settings).Select(lbp => new DerivedImage(lbp.Prefix, lbp.Image, settings));
}

/// <summary>PyRadiomics' <c>LBP3D</c>: spherical-harmonics LBP levels and their kurtosis, prefixes <c>lbp-3D-m1</c> … <c>lbp-3D-k</c>.</summary>
public sealed class Lbp3DImageType : IImageType
{
    public string Name => "LBP3D";

    public IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64) =>
        LbpImages.Produce3D(image, mask, settings).Select(lbp => new DerivedImage(lbp.Prefix, lbp.Image, settings));
}
