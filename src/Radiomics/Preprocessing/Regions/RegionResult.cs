using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Regions;

/// <summary>
/// A region built from an ROI (ring, rim, grown or shrunk ROI, clipped or cleaned mask): the binary mask (1 inside, on
/// the ROI's grid) and the warnings the operation raised (an empty result, a distance below the voxel spacing).
/// </summary>
public sealed record RegionResult(Volume<byte> Mask, IReadOnlyList<string> Warnings)
{
    /// <summary>The number of voxels in the region.</summary>
    public int VoxelCount => Mask.Voxels.Length - Mask.Voxels.Count((byte)0);

    /// <summary>The region's volume in mm³: <see cref="VoxelCount"/> × the voxel volume.</summary>
    public double VolumeMm3 => VoxelCount * Mask.Geometry.VoxelVolume;
}
