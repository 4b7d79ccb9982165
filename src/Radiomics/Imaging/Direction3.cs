namespace Radiomics.Imaging;

/// <summary>
/// Direction cosines of the image axes in patient (LPS) space, as ITK stores them: a 3×3 matrix whose
/// column <c>j</c> is the physical direction of voxel axis <c>j</c>. Stored row-major.
/// </summary>
public sealed record Direction3
{
    private readonly double[] _m;

    /// <summary>The matrix from its nine elements, row-major: <c>m</c><sub>row,column</sub>. Not checked for orthonormality.</summary>
    public Direction3(double m00, double m01, double m02,
                      double m10, double m11, double m12,
                      double m20, double m21, double m22)
    {
        _m = [m00, m01, m02, m10, m11, m12, m20, m21, m22];
    }

    /// <summary>The identity: voxel axes x, y, z along the L, P and S axes of patient space.</summary>
    public static Direction3 Identity { get; } = new(1, 0, 0, 0, 1, 0, 0, 0, 1);

    /// <summary>Builds the matrix from the physical directions of the three voxel axes (its columns).</summary>
    public static Direction3 FromColumns(Vector3D axisX, Vector3D axisY, Vector3D axisZ) =>
        new(axisX.X, axisY.X, axisZ.X,
            axisX.Y, axisY.Y, axisZ.Y,
            axisX.Z, axisY.Z, axisZ.Z);

    /// <summary>The element at <paramref name="row"/>, <paramref name="column"/> (each 0–2): component <paramref name="row"/> of voxel axis <paramref name="column"/>'s direction.</summary>
    /// <exception cref="IndexOutOfRangeException">A row or column outside 0–2 that falls outside the nine elements.</exception>
    public double this[int row, int column] => _m[row * 3 + column];

    /// <summary>The physical direction of voxel axis <paramref name="axis"/>.</summary>
    public Vector3D Column(int axis) => new(_m[axis], _m[3 + axis], _m[6 + axis]);

    /// <summary>The product <c>D·v</c>: a vector given in voxel-axis components turned into patient-space components (no spacing applied).</summary>
    public Vector3D Multiply(Vector3D v) => new(
        _m[0] * v.X + _m[1] * v.Y + _m[2] * v.Z,
        _m[3] * v.X + _m[4] * v.Y + _m[5] * v.Z,
        _m[6] * v.X + _m[7] * v.Y + _m[8] * v.Z);

    /// <summary>Multiplies by the transpose, which is the inverse for an orthonormal matrix.</summary>
    public Vector3D MultiplyTransposed(Vector3D v) => new(
        _m[0] * v.X + _m[3] * v.Y + _m[6] * v.Z,
        _m[1] * v.X + _m[4] * v.Y + _m[7] * v.Z,
        _m[2] * v.X + _m[5] * v.Y + _m[8] * v.Z);

    /// <summary>The determinant: +1 for a proper rotation, −1 for a rotation with a reflection (a left-handed voxel grid), 0 when singular.</summary>
    public double Determinant =>
        _m[0] * (_m[4] * _m[8] - _m[5] * _m[7])
        - _m[1] * (_m[3] * _m[8] - _m[5] * _m[6])
        + _m[2] * (_m[3] * _m[7] - _m[4] * _m[6]);

    /// <summary>The general inverse (the matrix need not be orthonormal).</summary>
    /// <exception cref="InvalidOperationException">The matrix is singular (|determinant| below 1e-300).</exception>
    public Direction3 Inverse()
    {
        double det = Determinant;
        if (Math.Abs(det) < 1e-300)
        {
            throw new InvalidOperationException("The direction matrix is singular.");
        }

        double inv = 1.0 / det;
        return new Direction3(
            (_m[4] * _m[8] - _m[5] * _m[7]) * inv,
            (_m[2] * _m[7] - _m[1] * _m[8]) * inv,
            (_m[1] * _m[5] - _m[2] * _m[4]) * inv,
            (_m[5] * _m[6] - _m[3] * _m[8]) * inv,
            (_m[0] * _m[8] - _m[2] * _m[6]) * inv,
            (_m[2] * _m[3] - _m[0] * _m[5]) * inv,
            (_m[3] * _m[7] - _m[4] * _m[6]) * inv,
            (_m[1] * _m[6] - _m[0] * _m[7]) * inv,
            (_m[0] * _m[4] - _m[1] * _m[3]) * inv);
    }

    /// <summary>
    /// Whether every element differs from <paramref name="other"/>'s by at most <paramref name="tolerance"/> (an absolute
    /// difference of direction cosines, e.g. 1e-6 for headers that round them).
    /// </summary>
    public bool ApproximatelyEquals(Direction3 other, double tolerance)
    {
        for (int i = 0; i < 9; i++)
        {
            if (Math.Abs(_m[i] - other._m[i]) > tolerance)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The nine elements, row-major (the order ITK's GetDirection() returns them).</summary>
    public double[] ToArray() => (double[])_m.Clone();

    /// <summary>Whether <paramref name="other"/> has exactly the same nine elements (bit-for-bit; see <see cref="ApproximatelyEquals"/>).</summary>
    public bool Equals(Direction3? other) => other is not null && _m.AsSpan().SequenceEqual(other._m);

    /// <summary>A hash of the nine elements, consistent with <see cref="Equals(Direction3?)"/>.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (double v in _m)
        {
            hash.Add(v);
        }

        return hash.ToHashCode();
    }

    /// <summary>The nine elements, row-major, comma-separated, each round-trippable (invariant culture).</summary>
    public override string ToString() => string.Join(", ", _m.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
}
