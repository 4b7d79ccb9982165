namespace Radiomics.Imaging;

/// <summary>
/// Where a voxel grid sits in patient space, with ITK's semantics:
/// <c>physical = Origin + Direction · diag(Spacing) · index</c>, index (0,0,0) being the centre of the first voxel.
/// </summary>
public sealed record ImageGeometry(Size3 Size, Vector3D Spacing, Vector3D Origin, Direction3 Direction)
{
    /// <summary>A unit-spacing grid at the origin with identity direction.</summary>
    public static ImageGeometry Unit(Size3 size) => new(size, Vector3D.One, Vector3D.Zero, Direction3.Identity);

    /// <summary>The number of voxels in the grid (<see cref="Size3.VoxelCount"/>).</summary>
    public long VoxelCount => Size.VoxelCount;

    /// <summary>Volume of one voxel in mm³.</summary>
    public double VoxelVolume => Spacing.X * Spacing.Y * Spacing.Z;

    /// <summary>The physical point (mm, LPS) of the continuous index (<paramref name="i"/>, <paramref name="j"/>, <paramref name="k"/>): <c>Origin + Direction · diag(Spacing) · index</c>.</summary>
    public Vector3D IndexToPhysical(double i, double j, double k) =>
        Origin + Direction.Multiply(new Vector3D(i * Spacing.X, j * Spacing.Y, k * Spacing.Z));

    /// <summary>The physical point (mm, LPS) of the centre of voxel <paramref name="index"/>.</summary>
    public Vector3D IndexToPhysical(Index3 index) => IndexToPhysical(index.X, index.Y, index.Z);

    /// <summary>The continuous index of a physical point (general inverse of the direction matrix, as ITK).</summary>
    /// <exception cref="InvalidOperationException">The direction matrix is singular.</exception>
    public Vector3D PhysicalToContinuousIndex(Vector3D point)
    {
        Vector3D local = Direction.Inverse().Multiply(point - Origin);
        return new Vector3D(local.X / Spacing.X, local.Y / Spacing.Y, local.Z / Spacing.Z);
    }

    /// <summary>
    /// True when both grids have the same size and, within <paramref name="tolerance"/>, the same spacing,
    /// origin and direction (the test PyRadiomics applies with <c>geometryTolerance</c>).
    /// </summary>
    public bool Matches(ImageGeometry other, double tolerance)
    {
        if (Size != other.Size)
        {
            return false;
        }

        for (int a = 0; a < 3; a++)
        {
            if (Math.Abs(Spacing[a] - other.Spacing[a]) > tolerance || Math.Abs(Origin[a] - other.Origin[a]) > tolerance)
            {
                return false;
            }
        }

        return Direction.ApproximatelyEquals(other.Direction, tolerance);
    }

    /// <summary>The geometry of the sub-grid starting at <paramref name="start"/> with <paramref name="size"/> voxels.</summary>
    public ImageGeometry SubRegion(Index3 start, Size3 size) =>
        this with { Size = size, Origin = IndexToPhysical(start) };

    /// <summary>The geometry in one line: size, spacing, origin and the row-major direction, for messages.</summary>
    public override string ToString() =>
        $"size {Size}, spacing {Spacing}, origin {Origin}, direction [{Direction}]";
}
