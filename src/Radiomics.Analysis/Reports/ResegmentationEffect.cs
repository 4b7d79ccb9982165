namespace Radiomics.Analysis.Reports;

/// <summary>What re-segmentation did to the ROI: its range as configured and the voxel counts before and after.</summary>
/// <param name="Range">The range as the settings give it, e.g. "[-500, 400] (absolute)".</param>
/// <param name="Before">ROI voxels before re-segmentation.</param>
/// <param name="After">ROI voxels after re-segmentation.</param>
public sealed record ResegmentationEffect(string Range, long Before, long After)
{
    /// <summary>The voxels re-segmentation removed (<see cref="Before"/> − <see cref="After"/>).</summary>
    public long Removed => Before - After;

    /// <summary>Removed / Before (0 for an empty ROI).</summary>
    public double RemovedFraction => Before > 0 ? (double)Removed / Before : 0;
}
