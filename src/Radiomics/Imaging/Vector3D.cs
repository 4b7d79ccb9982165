namespace Radiomics.Imaging;

/// <summary>A point or vector in physical (patient, LPS) space, in millimetres.</summary>
public readonly record struct Vector3D(double X, double Y, double Z)
{
    /// <summary>(0, 0, 0).</summary>
    public static Vector3D Zero => new(0, 0, 0);
    /// <summary>(1, 1, 1), e.g. unit spacing.</summary>
    public static Vector3D One => new(1, 1, 1);

    /// <summary>The component along <paramref name="axis"/>: 0 = x, 1 = y, 2 = z.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> is not 0, 1 or 2.</exception>
    public double this[int axis] => axis switch
    {
        0 => X,
        1 => Y,
        2 => Z,
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    /// <summary>The Euclidean norm, √(x² + y² + z²).</summary>
    public double Length => Math.Sqrt(X * X + Y * Y + Z * Z);

    /// <summary>The component-wise sum.</summary>
    public static Vector3D operator +(Vector3D a, Vector3D b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);
    /// <summary>The component-wise difference.</summary>
    public static Vector3D operator -(Vector3D a, Vector3D b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);
    /// <summary>Every component multiplied by <paramref name="s"/>.</summary>
    public static Vector3D operator *(Vector3D a, double s) => new(a.X * s, a.Y * s, a.Z * s);
    /// <summary>Every component multiplied by <paramref name="s"/>.</summary>
    public static Vector3D operator *(double s, Vector3D a) => new(a.X * s, a.Y * s, a.Z * s);
    /// <summary>Every component divided by <paramref name="s"/> (IEEE: infinities or NaN when <paramref name="s"/> is 0).</summary>
    public static Vector3D operator /(Vector3D a, double s) => new(a.X / s, a.Y / s, a.Z / s);

    /// <summary>The scalar product a·b.</summary>
    public static double Dot(Vector3D a, Vector3D b) => a.X * b.X + a.Y * b.Y + a.Z * b.Z;

    /// <summary>The vector product a × b (right-handed).</summary>
    public static Vector3D Cross(Vector3D a, Vector3D b) =>
        new(a.Y * b.Z - a.Z * b.Y, a.Z * b.X - a.X * b.Z, a.X * b.Y - a.Y * b.X);

    /// <summary>Component-wise product.</summary>
    public static Vector3D Scale(Vector3D a, Vector3D b) => new(a.X * b.X, a.Y * b.Y, a.Z * b.Z);

    /// <summary>A copy with the component along <paramref name="axis"/> (0 = x, 1 = y, 2 = z) set to <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> is not 0, 1 or 2.</exception>
    public Vector3D With(int axis, double value) => axis switch
    {
        0 => this with { X = value },
        1 => this with { Y = value },
        2 => this with { Z = value },
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    /// <summary>The vector as <c>(x, y, z)</c>, round-trippable, invariant culture.</summary>
    public override string ToString() => FormattableString.Invariant($"({X}, {Y}, {Z})");
}
