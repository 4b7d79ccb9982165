namespace Radiomics.Imaging;

/// <summary>The number of voxels along x, y and z.</summary>
public readonly record struct Size3(int X, int Y, int Z)
{
    /// <summary>The number of voxels along <paramref name="axis"/>: 0 = x, 1 = y, 2 = z.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> is not 0, 1 or 2.</exception>
    public int this[int axis] => axis switch
    {
        0 => X,
        1 => Y,
        2 => Z,
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    /// <summary>Total voxel count (as a long: a 2048³ volume overflows an int).</summary>
    public long VoxelCount => (long)X * Y * Z;

    /// <summary>Whether <paramref name="i"/> lies inside the grid (0 ≤ component &lt; size on every axis).</summary>
    public bool Contains(Index3 i) =>
        (uint)i.X < (uint)X && (uint)i.Y < (uint)Y && (uint)i.Z < (uint)Z;

    /// <summary>Linear offset of an index, x fastest.</summary>
    public int Offset(int x, int y, int z) => x + X * (y + Y * z);

    /// <summary>Linear offset of <paramref name="i"/>, x fastest (not range-checked).</summary>
    public int Offset(Index3 i) => Offset(i.X, i.Y, i.Z);

    /// <summary>The index at linear <paramref name="offset"/> (x fastest), the inverse of <see cref="Offset(Index3)"/>; not range-checked.</summary>
    public Index3 IndexOf(int offset)
    {
        int x = offset % X;
        int rest = offset / X;
        return new Index3(x, rest % Y, rest / Y);
    }

    /// <summary>A copy with the size along <paramref name="axis"/> (0 = x, 1 = y, 2 = z) set to <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> is not 0, 1 or 2.</exception>
    public Size3 With(int axis, int value) => axis switch
    {
        0 => this with { X = value },
        1 => this with { Y = value },
        2 => this with { Z = value },
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    /// <summary>The size as <c>X×Y×Z</c>.</summary>
    public override string ToString() => $"{X}×{Y}×{Z}";
}
