using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// Windows of the IBSI 2 image types: the filtered axes are x, y (2D) or x, y, z (3D); the other axis needs no margin.
/// Spatial filters with zero, nearest or mirror padding read a fixed number of voxels around each output (their
/// reach): the window is the region grown by it and clipped to the image, where the padding then sees the image's own
/// border (exact). Periodic padding reads the opposite end of the image and Fourier filters read every voxel of the
/// filtered axes: those axes are taken whole.
/// </summary>
internal static class Ibsi2Windows
{
    /// <summary>The window for a spatial filter with <paramref name="reach"/> voxels on each side along every filtered axis.</summary>
    public static BoundingBox Spatial(BoundingBox region, ImageGeometry image, FilterDimension dimension, BoundaryMode boundary, Index3 reach) =>
        boundary == BoundaryMode.Periodic
            ? Whole(region, image, dimension)
            : FilterReach.Clipped(region, image.Size, dimension == FilterDimension.Volume3D ? reach : reach with { Z = 0 });

    /// <summary>The window with <paramref name="reach"/> voxels along every filtered axis (rotation-invariant filters turn their kernels).</summary>
    public static BoundingBox Spatial(BoundingBox region, ImageGeometry image, FilterDimension dimension, BoundaryMode boundary, int reach) =>
        Spatial(region, image, dimension, boundary, new Index3(reach, reach, reach));

    /// <summary>The filtered axes whole, the other one as the region (a filter reading whole lines or planes).</summary>
    public static BoundingBox Whole(BoundingBox region, ImageGeometry image, FilterDimension dimension)
    {
        const int all = FilterReach.WholeAxis;
        return FilterReach.Clipped(region, image.Size, new Index3(all, all, dimension == FilterDimension.Volume3D ? all : 0));
    }

    /// <summary>Half the width of an odd-length kernel (the taps on either side of the centre).</summary>
    public static int HalfWidth(int length) => length / 2;
}
