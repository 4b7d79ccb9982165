namespace Radiomics.Analysis.Reports;

/// <summary>A region of a case as drawn: the ROI (named "ROI") or a derived region.</summary>
/// <param name="Name">"ROI", or the derived region's name.</param>
/// <param name="Colour">Its outline colour, as CSS (#rrggbb).</param>
/// <param name="VoxelCount">The region's voxels on the mask's grid.</param>
/// <param name="Views">Axial, coronal and sagittal slices through its centre and its largest cross-section (empty without an image).</param>
/// <param name="Histogram">Its intensity histogram, or null without an image.</param>
public sealed record RegionReport(string Name, string Colour, long VoxelCount, IReadOnlyList<SliceView> Views, IntensityHistogram? Histogram);
