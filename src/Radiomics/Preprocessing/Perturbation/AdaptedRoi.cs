using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Perturbation;

/// <summary>
/// The ROI after volume adaptation: its mask (1 inside, on the ROI's grid), the distance actually applied in mm
/// (positive grown, negative shrunk, 0 unchanged; for a shrink held back by <c>roiAdaptMaxErosion</c> or a fraction,
/// the distance level used) and the ratio of its voxel count to the original ROI's.
/// </summary>
public sealed record AdaptedRoi(Volume<byte> Mask, double DistanceMm, double VoxelRatio);
