using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// Windows for <see cref="IImageType.InputRegion"/>: a region grown by a filter's reach (the voxels on either side of
/// an output that the filter reads), per axis.
/// </summary>
public static class FilterReach
{
    /// <summary>A reach that covers any image: the whole axis.</summary>
    public const int WholeAxis = int.MaxValue / 4;

    /// <summary>The whole image.</summary>
    public static BoundingBox Whole(Size3 size) => new(new Index3(0, 0, 0), new Index3(size.X - 1, size.Y - 1, size.Z - 1));

    /// <summary>
    /// <paramref name="region"/> grown by <paramref name="reach"/> voxels on both sides of each axis, clipped to the image.
    /// Exact for filters whose boundary handling only looks at the image's own border: where the window is clipped it
    /// ends at that border, elsewhere the reach keeps the region's outputs away from the window's edge.
    /// </summary>
    public static BoundingBox Clipped(BoundingBox region, Size3 image, Index3 reach) => Clipped(region, image, reach, reach);

    /// <summary><paramref name="region"/> grown by <paramref name="before"/> / <paramref name="after"/> voxels per axis, clipped to the image.</summary>
    public static BoundingBox Clipped(BoundingBox region, Size3 image, Index3 before, Index3 after)
    {
        Span<int> lower = stackalloc int[3];
        Span<int> upper = stackalloc int[3];
        for (int axis = 0; axis < 3; axis++)
        {
            lower[axis] = (int)Math.Max(0L, (long)region.Lower[axis] - before[axis]);
            upper[axis] = (int)Math.Min(image[axis] - 1L, (long)region.Upper[axis] + after[axis]);
        }

        return new BoundingBox(new Index3(lower[0], lower[1], lower[2]), new Index3(upper[0], upper[1], upper[2]));
    }

    /// <summary>
    /// For periodic filters: per axis, the region grown by <paramref name="before"/> / <paramref name="after"/> when that
    /// stays inside the image, else the whole axis (the filter would wrap around to the image's other end).
    /// </summary>
    public static BoundingBox WithinOrWholeAxis(BoundingBox region, Size3 image, Index3 before, Index3 after)
    {
        Span<int> lower = stackalloc int[3];
        Span<int> upper = stackalloc int[3];
        for (int axis = 0; axis < 3; axis++)
        {
            long first = (long)region.Lower[axis] - before[axis], last = (long)region.Upper[axis] + after[axis];
            bool inside = first >= 0 && last <= image[axis] - 1L;
            lower[axis] = inside ? (int)first : 0;
            upper[axis] = inside ? (int)last : image[axis] - 1;
        }

        return new BoundingBox(new Index3(lower[0], lower[1], lower[2]), new Index3(upper[0], upper[1], upper[2]));
    }
}
