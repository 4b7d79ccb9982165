namespace Radiomics.Imaging;

/// <summary>The number of voxels along x, y and z.</summary>
public readonly record struct Size3(int X, int Y, int Z)
{
    public int this[int axis] => axis switch
    {
        0 => X,
        1 => Y,
        2 => Z,
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    /// <summary>Total voxel count (as a long: a 2048³ volume overflows an int).</summary>
    public long VoxelCount => (long)X * Y * Z;

    public bool Contains(Index3 i) =>
        (uint)i.X < (uint)X && (uint)i.Y < (uint)Y && (uint)i.Z < (uint)Z;

    /// <summary>Linear offset of an index, x fastest.</summary>
    public int Offset(int x, int y, int z) => x + X * (y + Y * z);

    public int Offset(Index3 i) => Offset(i.X, i.Y, i.Z);

    public Index3 IndexOf(int offset)
    {
        int x = offset % X;
        int rest = offset / X;
        return new Index3(x, rest % Y, rest / Y);
    }

    public Size3 With(int axis, int value) => axis switch
    {
        0 => this with { X = value },
        1 => this with { Y = value },
        2 => this with { Z = value },
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    public override string ToString() => $"{X}×{Y}×{Z}";
}
