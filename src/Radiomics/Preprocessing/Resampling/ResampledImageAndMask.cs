using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Resampling;

/// <summary>
/// The image and ROI mask after PyRadiomics' loading step (resampling, or pre-cropping), on one grid.
/// <see cref="ImageVoxelType"/> is the type the image's values are representable in (the input's type, as
/// SimpleITK keeps the pixel type through resampling).
/// </summary>
public sealed record ResampledImageAndMask(Volume<double> Image, Volume<byte> Mask, VoxelType ImageVoxelType)
{
    /// <summary>The image's buffer when it was taken from a pool (to hand back once nothing reads the image), else null.</summary>
    internal double[]? PooledImageBuffer { get; init; }
}
