using Radiomics.Configuration.Regions;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Regions;

namespace Radiomics.Extraction.Regions;

/// <summary>
/// Builds a region of the parameter file (<see cref="RegionSettings"/>) from an ROI with <see cref="RoiOperations"/>, in
/// the documented order: fill holes, largest component, the distance operation, clip, subtract. The warnings of every
/// step are kept (a distance below the voxel spacing, an empty intersection, dropped satellites); an empty result gets
/// one when no step said so.
/// </summary>
public static class RegionBuilder
{
    /// <summary>The region on <paramref name="roi"/>'s grid (1 inside).</summary>
    /// <param name="roi">The ROI, non-zero inside.</param>
    /// <param name="region">The definition.</param>
    /// <param name="loadMask">Reads a clip or subtract mask as a binary volume (non-zero inside) on the ROI's grid.</param>
    /// <param name="parallel">The degree of parallelism of the distance transforms, or null for the default.</param>
    /// <exception cref="RegionException">A clip or subtract mask is on another grid (the message names the region and the mask).</exception>
    public static RegionResult Build(Volume<byte> roi, RegionSettings region, Func<RegionMaskSource, Volume<byte>> loadMask, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(roi);
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(loadMask);
        var warnings = new List<string>();
        Volume<byte> current = roi.Map(v => v != 0 ? (byte)1 : (byte)0);

        Volume<byte> Step(RegionResult step)
        {
            warnings.AddRange(step.Warnings);
            return step.Mask;
        }

        if (region.FillHoles)
        {
            current = Step(RoiOperations.FillHoles(current));
        }

        if (region.LargestComponent)
        {
            current = Step(RoiOperations.LargestComponent(current));
        }

        current = region.Operation switch
        {
            RegionOperation.Ring => Step(RoiOperations.Ring(current, region.DistanceMm, parallel)),
            RegionOperation.Grow => Step(RoiOperations.Grow(current, region.DistanceMm, parallel)),
            RegionOperation.Shrink => Step(RoiOperations.Shrink(current, region.DistanceMm, parallel)),
            RegionOperation.InnerRim => Step(RoiOperations.InnerRim(current, region.DistanceMm, parallel)),
            _ => current,
        };

        string name = $"region '{region.Name}'";
        if (region.Clip is { } clip)
        {
            current = Step(RoiOperations.Intersect(current, loadMask(clip), name, $"clip {clip.Describe()}"));
        }

        if (region.Subtract is { } subtract)
        {
            current = Step(RoiOperations.Subtract(current, loadMask(subtract), name, $"subtract {subtract.Describe()}"));
        }

        var result = new RegionResult(current, warnings);
        if (warnings.Count == 0 && result.VoxelCount == 0)
        {
            warnings.Add("the region is empty.");
        }

        return result;
    }
}
