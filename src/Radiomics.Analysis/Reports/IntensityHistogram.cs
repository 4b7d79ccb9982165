namespace Radiomics.Analysis.Reports;

/// <summary>
/// The intensities inside a region, counted in <see cref="Kept"/>.Length equal bins from <see cref="Lower"/> of
/// width <see cref="BinWidth"/>, with the voxels re-segmentation removed counted apart, and the discretisation's bin
/// edges and the re-segmentation thresholds to draw over them.
/// </summary>
/// <param name="Lower">The lower edge of the first bin (image units).</param>
/// <param name="BinWidth">The width of every bin (image units).</param>
/// <param name="Kept">Voxels the features used, per bin.</param>
/// <param name="Removed">Voxels of the region re-segmentation removed, per bin (all zero when nothing was removed or it is unknown).</param>
/// <param name="BinEdges">The discretisation's edges (empty for a region the features did not discretise).</param>
/// <param name="Thresholds">The re-segmentation range in intensities (empty without re-segmentation).</param>
/// <param name="Source">Where the values come from, one phrase (e.g. "as the features saw them").</param>
public sealed record IntensityHistogram(double Lower, double BinWidth, int[] Kept, int[] Removed, double[] BinEdges, double[] Thresholds, string Source)
{
    /// <summary>The upper end of the last bin.</summary>
    public double Upper => Lower + BinWidth * Kept.Length;
}
