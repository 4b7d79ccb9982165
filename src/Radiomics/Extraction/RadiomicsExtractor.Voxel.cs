using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Extraction;

/// <summary>The preparation step of voxel-based extraction (see <see cref="Voxel.VoxelExtractor"/>).</summary>
public sealed partial class RadiomicsExtractor
{
    /// <summary>
    /// Prepares a case for voxel maps: the segment-mode preparation (<c>Prepare</c>), then the map grid PyRadiomics uses in voxel mode, the ROI's
    /// bounding box padded by <c>kernelRadius</c> and clipped to the image (<c>cropToTumorMask(…, padDistance=kernelRadius)</c>).
    /// The prepared masks cover the whole pre-processed grid, so the padding reads the image's own voxels.
    /// </summary>
    internal (PreparedCase Prepared, BoundingBox Region) PrepareVoxel(ImageData image, ImageData mask, string maskName)
    {
        PreparedCase prepared = Prepare(image, mask, maskName, null, null);
        BoundingBox region = prepared.Box.Pad(Settings.Voxel.KernelRadius, prepared.Geometry.Size);

        // Every ROI voxel's kernel is visited: (2r + 1)³ voxels each, bounded like a filter's work before it starts.
        double kernel = Math.Pow((2.0 * Settings.Voxel.KernelRadius) + 1, Settings.Features.Force2D ? 2 : 3);
        double work = kernel * prepared.FeatureRoi.Count();
        if (!Settings.Limits.Allows(region.Size.VoxelCount) || !(work <= Settings.Limits.MaxVoxels * Filters.ImageTypes.FilterWork.OperationsPerLimitVoxel))
        {
            throw new ParameterException(FormattableString.Invariant(
                $"kernelRadius {Settings.Voxel.KernelRadius} makes a voxel-map region of {region.Size.VoxelCount} voxels and kernels of {kernel:G3} voxels around each ROI voxel ({work:G3} in all), more than {Settings.Limits.Describe()} allows; use a smaller kernelRadius"));
        }

        return (prepared, region);
    }
}
