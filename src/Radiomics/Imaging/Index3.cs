namespace Radiomics.Imaging;

/// <summary>A voxel index (x fastest, as ITK and NIfTI store voxels).</summary>
public readonly record struct Index3(int X, int Y, int Z)
{
    /// <summary>The component along <paramref name="axis"/>: 0 = x, 1 = y, 2 = z.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> is not 0, 1 or 2.</exception>
    public int this[int axis] => axis switch
    {
        0 => X,
        1 => Y,
        2 => Z,
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    /// <summary>The component-wise sum (an index shifted by an offset).</summary>
    public static Index3 operator +(Index3 a, Index3 b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);
    /// <summary>The component-wise difference (the offset from <paramref name="b"/> to <paramref name="a"/>).</summary>
    public static Index3 operator -(Index3 a, Index3 b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);

    /// <summary>A copy with the component along <paramref name="axis"/> (0 = x, 1 = y, 2 = z) set to <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> is not 0, 1 or 2.</exception>
    public Index3 With(int axis, int value) => axis switch
    {
        0 => this with { X = value },
        1 => this with { Y = value },
        2 => this with { Z = value },
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    /// <summary>The index as <c>(x, y, z)</c>.</summary>
    public override string ToString() => $"({X}, {Y}, {Z})";
}
