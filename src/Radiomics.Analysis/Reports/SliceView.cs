namespace Radiomics.Analysis.Reports;

/// <summary>One slice of the image with a region outlined.</summary>
/// <param name="SliceIndex">The slice's index along the image axis normal to the plane (0-based).</param>
/// <param name="RegionVoxels">The region's voxels on this slice.</param>
public sealed record SliceView(AnatomicalPlane Plane, SliceChoice Choice, int SliceIndex, long RegionVoxels, RenderedImage Image);
