using Radiomics.Imaging;

namespace Radiomics.Filters.LaplacianOfGaussian;

/// <summary>Boxes of voxel indices that say which lines a separable pass filters (see <see cref="SeparableRecursivePass"/>).</summary>
internal static class FilterBox
{
    /// <summary>The whole volume of size <paramref name="n"/>.</summary>
    public static BoundingBox Whole(Size3 n) => new(default, new Index3(n.X - 1, n.Y - 1, n.Z - 1));

    /// <summary><paramref name="box"/> with its extent along <paramref name="axis"/> replaced by <paramref name="to"/>'s.</summary>
    public static BoundingBox Restrict(BoundingBox box, BoundingBox to, int axis) =>
        new(box.Lower.With(axis, to.Lower[axis]), box.Upper.With(axis, to.Upper[axis]));
}
