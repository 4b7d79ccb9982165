namespace Radiomics.Analysis.Reports;

/// <summary>One slice of the image with a region outlined.</summary>
/// <param name="Plane">The anatomical plane of the slice.</param>
/// <param name="Choice">Why this slice was chosen (through the centre, or the largest cross-section).</param>
/// <param name="SliceIndex">The slice's index along the image axis normal to the plane (0-based).</param>
/// <param name="RegionVoxels">The region's voxels on this slice.</param>
/// <param name="Image">The rendered slice with the region's outline.</param>
public sealed record SliceView(AnatomicalPlane Plane, SliceChoice Choice, int SliceIndex, long RegionVoxels, RenderedImage Image);
