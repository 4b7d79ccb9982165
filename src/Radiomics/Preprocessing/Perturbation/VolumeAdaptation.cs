using Radiomics.Configuration.Perturbation;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Regions;

namespace Radiomics.Preprocessing.Perturbation;

/// <summary>
/// Volume adaptation (Zwanenburg et al. 2019, "V"): the ROI grown or shrunk by a physical distance, or by the distance
/// that gives a fractional volume change. Distances are exact Euclidean distances in mm between voxel centres on the
/// grid's own spacing (<see cref="DistanceTransform"/>), as <see cref="RoiOperations"/> measures them.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Grow by d &gt; 0: every voxel at most d mm from an ROI voxel joins (<see cref="RoiOperations.Grow"/>).</item>
/// <item>Shrink by d: every ROI voxel at most d mm from a voxel outside the ROI leaves (the grow of the complement),
/// but the ROI never falls below <c>roiAdaptMaxErosion</c> × its voxel count: when d would remove more, the largest
/// distance level that keeps at least that many voxels is used (MIRP stops its erosion steps at the same bound).</item>
/// <item>Fraction f: voxels join (f &gt; 0) or leave (f &lt; 0) in order of their distance, whole distance levels at a
/// time, and the level whose voxel count is nearest to (1 + f) × the original count is taken (ties: the smaller
/// change; never an empty ROI). MIRP grows or erodes with a 6-neighbour element and then adds or removes random border
/// voxels to hit the count exactly; here the boundary stays an iso-distance surface and no randomness is involved.
/// <c>roiAdaptMaxErosion</c> does not apply to fractions, as in MIRP.</item>
/// </list>
/// </remarks>
public static class VolumeAdaptation
{
    /// <summary>
    /// The ROI adapted by <paramref name="size"/> (mm for <see cref="RoiAdaptType.Distance"/>, a fraction for
    /// <see cref="RoiAdaptType.Fraction"/>); 0 returns the ROI itself.
    /// </summary>
    /// <exception cref="ArgumentException">The ROI is empty, or a fraction is ≤ −1.</exception>
    public static AdaptedRoi Apply(Volume<byte> roi, RoiAdaptType type, double size, double maxErosion = 0.8, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(roi);
        BoundingBox extent = BoundingBox.Of(roi) ?? throw new ArgumentException("The ROI is empty.", nameof(roi));
        long original = CountOf(roi);
        if (size == 0)
        {
            return new AdaptedRoi(roi, 0, 1);
        }

        if (type == RoiAdaptType.Fraction && !(size > -1))
        {
            throw new ArgumentException($"A volume fraction must be above -1, not {size}.", nameof(size));
        }

        if (type == RoiAdaptType.Distance && size > 0)
        {
            Volume<byte> grown = RoiOperations.Grow(roi, size, parallel).Mask;
            return new AdaptedRoi(grown, size, (double)CountOf(grown) / original);
        }

        bool outward = size > 0;
        DistanceLevels levels;
        double squared;
        if (type == RoiAdaptType.Distance)
        {
            levels = DistanceLevels.Inside(roi, extent, parallel);
            squared = levels.ErosionLevel(DistanceThreshold.SquaredLimit(-size), original, maxErosion);
        }
        else
        {
            double target = (1 + size) * original;
            double reach = outward ? ReachFor(roi, original, size) : 0;
            while (true)
            {
                levels = outward ? DistanceLevels.Outside(roi, extent, reach, parallel) : DistanceLevels.Inside(roi, extent, parallel);
                if (levels.TryNearestToCount(original, target, out squared))
                {
                    break;
                }

                reach = 2 * reach + roi.Geometry.Spacing.Length; // the box missed voxels the answer may need: widen it
            }
        }

        Volume<byte> adapted = levels.Apply(roi, squared);
        double distance = double.IsNegativeInfinity(squared) ? 0 : Math.Sqrt(squared);
        return new AdaptedRoi(adapted, outward ? distance : -distance, (double)CountOf(adapted) / original);
    }

    /// <summary>A first guess of the growth distance a fraction needs: a sphere of the ROI's volume grown to (1 + f) times it, doubled.</summary>
    private static double ReachFor(Volume<byte> roi, long voxels, double fraction)
    {
        double radius = Math.Cbrt(3 * voxels * roi.Geometry.VoxelVolume / (4 * Math.PI));
        return 2 * radius * (Math.Cbrt(1 + fraction) - 1);
    }

    private static long CountOf(Volume<byte> mask) => mask.Voxels.Length - mask.Voxels.Count((byte)0);
}
