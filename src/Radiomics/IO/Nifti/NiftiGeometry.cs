using Radiomics.Imaging;

namespace Radiomics.IO.Nifti;

/// <summary>
/// Origin and direction of a NIfTI image as ITK's NiftiImageIO (ITK 5.3+, the version SimpleITK and so
/// PyRadiomics use) derives them: niftilib builds the quaternion matrix (qto_xyz) and the sform matrix
/// (sto_xyz) in single precision; ITK prefers the sform when it is a rotation with scaling (no skew) and
/// either qform_code is unknown, sform_code is SCANNER_ANAT, or the two forms agree; otherwise the qform.
/// RAS is turned into LPS by negating the first two rows. Each direction column is the normalised matrix
/// column (so scaling in the matrix never leaks into the direction); spacing comes from pixdim, not the matrix.
/// </summary>
internal static class NiftiGeometry
{
    private const int XformUnknown = 0;
    private const int XformScannerAnat = 1;

    /// <summary>The 3×4 voxel-to-RAS matrix ITK uses, or throws when neither form is usable.</summary>
    public static double[,] ChooseMatrix(string path, NiftiHeader header, double dx, double dy, double dz)
    {
        // NIfTI-1 matrices are float (mat44); NIfTI-2 keeps doubles.
        Func<double, double> store = header.Version == 1 ? v => (float)v : v => v;
        double[,] q = QformMatrix(header, dx, dy, dz, store);
        double[,]? s = header.SformCode > XformUnknown ? SformMatrix(header, store) : null;

        bool preferSform = s is not null && AreSimilar(s, q);
        if (s is not null && IsRotationWithScaling(s))
        {
            if (header.QformCode <= XformUnknown)
            {
                preferSform = true;
            }
            else if (header.SformCode == XformScannerAnat)
            {
                preferSform = true;
            }
            else
            {
                preferSform = AreVerySimilar(s, q);
            }
        }

        if (preferSform)
        {
            return s!;
        }

        if (header.QformCode > XformUnknown)
        {
            return q;
        }

        throw new ImageFormatException(path, "the sform is not a rotation with scaling and there is no qform: no orthonormal direction can be derived (ITK refuses such files too)");
    }

    /// <summary>Origin and direction in LPS from the chosen RAS matrix, for <paramref name="spatialDims"/> (1–3) axes.</summary>
    public static (Vector3D Origin, Direction3 Direction) ToLps(double[,] m, int spatialDims)
    {
        int n = Math.Min(spatialDims, 3);
        var origin = new Vector3D(-m[0, 3], n > 1 ? -m[1, 3] : 0, n > 2 ? m[2, 3] : 0);
        var columns = new Vector3D[3];
        for (int j = 0; j < 3; j++)
        {
            if (j >= n)
            {
                columns[j] = j == 0 ? new Vector3D(1, 0, 0) : j == 1 ? new Vector3D(0, 1, 0) : new Vector3D(0, 0, 1);
                continue;
            }

            // ITK keeps only the first n rows for an n-dimensional image, then normalises.
            double x = -m[0, j];
            double y = n > 1 ? -m[1, j] : 0;
            double z = n > 2 ? m[2, j] : 0;
            double norm = Math.Sqrt(x * x + y * y + z * z);
            columns[j] = norm == 0 ? new Vector3D(x, y, z) : new Vector3D(x / norm, y / norm, z / norm);
        }

        return (origin, Direction3.FromColumns(columns[0], columns[1], columns[2]));
    }

    /// <summary>niftilib's nifti_quatern_to_mat44 (or diag(pixdim) when qform_code is unknown).</summary>
    private static double[,] QformMatrix(NiftiHeader h, double dx, double dy, double dz, Func<double, double> store)
    {
        var m = new double[3, 4];
        if (h.QformCode <= XformUnknown)
        {
            m[0, 0] = store(dx);
            m[1, 1] = store(dy);
            m[2, 2] = store(dz);
            return m;
        }

        double b = Finite(h.QuaternB), c = Finite(h.QuaternC), d = Finite(h.QuaternD);
        double a = 1.0 - (b * b + c * c + d * d);
        if (a < 1e-7)
        {
            a = 1.0 / Math.Sqrt(b * b + c * c + d * d);
            b *= a;
            c *= a;
            d *= a;
            a = 0;
        }
        else
        {
            a = Math.Sqrt(a);
        }

        double xd = dx > 0 ? dx : 1, yd = dy > 0 ? dy : 1, zd = dz > 0 ? dz : 1;
        if (h.PixDim[0] < 0)
        {
            zd = -zd;
        }

        m[0, 0] = store((a * a + b * b - c * c - d * d) * xd);
        m[0, 1] = store(2 * (b * c - a * d) * yd);
        m[0, 2] = store(2 * (b * d + a * c) * zd);
        m[1, 0] = store(2 * (b * c + a * d) * xd);
        m[1, 1] = store((a * a + c * c - b * b - d * d) * yd);
        m[1, 2] = store(2 * (c * d - a * b) * zd);
        m[2, 0] = store(2 * (b * d - a * c) * xd);
        m[2, 1] = store(2 * (c * d + a * b) * yd);
        m[2, 2] = store((a * a + d * d - c * c - b * b) * zd);
        m[0, 3] = store(Finite(h.QoffsetX));
        m[1, 3] = store(Finite(h.QoffsetY));
        m[2, 3] = store(Finite(h.QoffsetZ));
        return m;
    }

    private static double[,] SformMatrix(NiftiHeader h, Func<double, double> store)
    {
        var m = new double[3, 4];
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                m[i, j] = store(h.Srow[4 * i + j]);
            }
        }

        return m;
    }

    /// <summary>ITK's first test: 3×3 parts equal within 1e-5 each and offsets within 1e-7 (one-norm).</summary>
    private static bool AreSimilar(double[,] s, double[,] q)
    {
        double offset = 0;
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                if (Math.Abs(s[i, j] - q[i, j]) > 1e-5)
                {
                    return false;
                }
            }

            offset += Math.Abs(s[i, 3] - q[i, 3]);
        }

        return offset <= 1e-7;
    }

    /// <summary>
    /// ITK's "sform decomposable without skew": invertible, and its normalised columns orthonormal within 1e-4
    /// (R·Rᵀ = I element-wise within 1e-4). Invertibility is tested with a relative determinant.
    /// </summary>
    private static bool IsRotationWithScaling(double[,] s)
    {
        var columns = new Vector3D[3];
        for (int j = 0; j < 3; j++)
        {
            var column = new Vector3D(s[0, j], s[1, j], s[2, j]);
            double norm = column.Length;
            if (norm == 0 || !double.IsFinite(norm))
            {
                return false;
            }

            columns[j] = column / norm;
        }

        if (Math.Abs(Direction3.FromColumns(columns[0], columns[1], columns[2]).Determinant) <= 1e-12)
        {
            return false;
        }

        // R·Rᵀ element (i,k) = Σ_j R[i,j]·R[k,j] with R's columns the normalised axes.
        for (int i = 0; i < 3; i++)
        {
            for (int k = 0; k < 3; k++)
            {
                double sum = columns[0][i] * columns[0][k] + columns[1][i] * columns[1][k] + columns[2][i] * columns[2][k];
                if (Math.Abs(sum - (i == k ? 1 : 0)) > 1e-4)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// ITK compares the forms through their SVDs (rotations, singular values, offsets within 1e-4). For two
    /// rotation-with-scaling matrices that is the same as comparing normalised columns, column lengths and
    /// offsets, which is what this does (without an SVD's sign and order ambiguities).
    /// </summary>
    private static bool AreVerySimilar(double[,] s, double[,] q)
    {
        for (int j = 0; j < 3; j++)
        {
            var sc = new Vector3D(s[0, j], s[1, j], s[2, j]);
            var qc = new Vector3D(q[0, j], q[1, j], q[2, j]);
            double sn = sc.Length, qn = qc.Length;
            if (Math.Abs(sn - qn) > 1e-4 || qn == 0 || (sc / sn - qc / qn).Length > 1e-4)
            {
                return false;
            }
        }

        for (int i = 0; i < 3; i++)
        {
            if (Math.Abs(s[i, 3] - q[i, 3]) > 1e-4)
            {
                return false;
            }
        }

        return true;
    }

    private static double Finite(double v) => double.IsFinite(v) ? v : 0;
}
