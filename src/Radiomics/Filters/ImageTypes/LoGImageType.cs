using Radiomics.Configuration;
using Radiomics.Filters.LaplacianOfGaussian;
using Radiomics.Imaging;
using Log = Radiomics.Filters.LaplacianOfGaussian.LaplacianOfGaussianFilter;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// PyRadiomics' <c>LoG</c>: one image per σ of the <c>sigma</c> setting (mm), in the listed order, prefix
/// <c>log-sigma-1-0-mm-3D</c>; σ values PyRadiomics would skip (σ ≤ 0, image too small) are skipped
/// (see <see cref="Log.SkipReason"/>), and no σ means no image.
/// </summary>
public sealed class LoGImageType : IImageType
{
    public string Name => "LoG";

    public IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64)
    {
        foreach (double sigma in settings.Sigma)
        {
            if (Log.SkipReason(image.Geometry, sigma) is not null)
            {
                continue;
            }

            yield return new DerivedImage(Log.ImageTypeName(sigma), Log.Apply(image, sigma), settings);
        }
    }
}
