namespace Radiomics.Imaging;

/// <summary>A voxel index (x fastest, as ITK and NIfTI store voxels).</summary>
public readonly record struct Index3(int X, int Y, int Z)
{
    public int this[int axis] => axis switch
    {
        0 => X,
        1 => Y,
        2 => Z,
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    public static Index3 operator +(Index3 a, Index3 b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);
    public static Index3 operator -(Index3 a, Index3 b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);

    public Index3 With(int axis, int value) => axis switch
    {
        0 => this with { X = value },
        1 => this with { Y = value },
        2 => this with { Z = value },
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    public override string ToString() => $"({X}, {Y}, {Z})";
}
