using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Resampling;

/// <summary>
/// Index ↔ physical mapping with the arithmetic of ITK's <c>ImageBase</c>: the matrix
/// <c>M = Direction · diag(Spacing)</c> is formed once, <c>physical = (Σ_c M[r,c]·index[c]) + Origin[r]</c>,
/// and <c>index = M⁻¹ · (physical − Origin)</c>. Keeping ITK's operation order keeps resampled grids identical
/// to SimpleITK's to the last bit for axis-aligned images.
/// </summary>
internal readonly struct ItkIndexMapping
{
    private readonly double[] _toPhysical;
    private readonly double[] _toIndex;
    private readonly Vector3D _origin;

    public ItkIndexMapping(ImageGeometry geometry)
    {
        _origin = geometry.Origin;
        _toPhysical = new double[9];
        for (int r = 0; r < 3; r++)
        {
            for (int c = 0; c < 3; c++)
            {
                _toPhysical[r * 3 + c] = geometry.Direction[r, c] * geometry.Spacing[c];
            }
        }

        // (D·S)⁻¹ = S⁻¹·D⁻¹: row r of D⁻¹ scaled by 1/spacing[r].
        Direction3 inverse = geometry.Direction.Inverse();
        _toIndex = new double[9];
        for (int r = 0; r < 3; r++)
        {
            double reciprocal = 1.0 / geometry.Spacing[r];
            for (int c = 0; c < 3; c++)
            {
                _toIndex[r * 3 + c] = inverse[r, c] * reciprocal;
            }
        }
    }

    public Vector3D ToPhysical(double i, double j, double k)
    {
        double[] m = _toPhysical;
        double x = 0.0 + m[0] * i + m[1] * j + m[2] * k;
        double y = 0.0 + m[3] * i + m[4] * j + m[5] * k;
        double z = 0.0 + m[6] * i + m[7] * j + m[8] * k;
        return new Vector3D(x + _origin.X, y + _origin.Y, z + _origin.Z);
    }

    public Vector3D ToContinuousIndex(Vector3D point)
    {
        double[] m = _toIndex;
        double dx = point.X - _origin.X, dy = point.Y - _origin.Y, dz = point.Z - _origin.Z;
        return new Vector3D(
            0.0 + m[0] * dx + m[1] * dy + m[2] * dz,
            0.0 + m[3] * dx + m[4] * dy + m[5] * dz,
            0.0 + m[6] * dx + m[7] * dy + m[8] * dz);
    }
}
