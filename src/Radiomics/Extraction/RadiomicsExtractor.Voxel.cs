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
        return (prepared, prepared.Box.Pad(Settings.KernelRadius, prepared.Geometry.Size));
    }
}
