namespace Radiomics.Features.Shape;

/// <summary>
/// Eigenvalues of the small symmetric covariance matrices the PCA shape features use, returned ascending, with
/// PyRadiomics' correction: values in (−1e-10, 0) are machine error of (near-)flat ROIs and become 0; more negative
/// values are kept (and make the dependent features NaN).
/// </summary>
internal static class PrincipalAxes
{
    /// <summary>
    /// Eigenvalues of a symmetric 3×3 matrix (row-major), ascending. Cyclic Jacobi rotations to full precision.
    /// NaN (all three) when the matrix holds a NaN or an infinity (moments of absurd spacings overflow).
    /// </summary>
    public static double[] Eigenvalues3(double[] matrix)
    {
        foreach (double element in matrix.AsSpan(0, 9))
        {
            if (!double.IsFinite(element))
            {
                return [double.NaN, double.NaN, double.NaN];
            }
        }

        double a00 = matrix[0], a01 = matrix[1], a02 = matrix[2];
        double a11 = matrix[4], a12 = matrix[5], a22 = matrix[8];
        for (int sweep = 0; sweep < 64; sweep++)
        {
            double off = a01 * a01 + a02 * a02 + a12 * a12;
            double diagonal = a00 * a00 + a11 * a11 + a22 * a22;
            if (off <= 1e-36 * diagonal || off == 0)
            {
                break;
            }

            Rotate(ref a00, ref a11, ref a01, ref a02, ref a12); // pair (0, 1), third index 2
            Rotate(ref a00, ref a22, ref a02, ref a01, ref a12); // pair (0, 2), third index 1
            Rotate(ref a11, ref a22, ref a12, ref a01, ref a02); // pair (1, 2), third index 0
        }

        double[] values = [a00, a11, a22];
        return Finish(values);
    }

    /// <summary>Eigenvalues of a symmetric 2×2 matrix [[a, b], [b, c]], ascending (closed form).</summary>
    public static double[] Eigenvalues2(double a, double b, double c)
    {
        double mean = 0.5 * (a + c);
        double radius = Math.Sqrt(0.25 * (a - c) * (a - c) + b * b);
        double larger = mean + radius;
        // The smaller one from the determinant avoids cancellation when one eigenvalue is much smaller.
        double smaller = larger != 0 ? (a * c - b * b) / larger : 0;
        return Finish([smaller, larger]);
    }

    private static double[] Finish(double[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] < 0 && values[i] > -1e-10)
            {
                values[i] = 0;
            }
        }

        Array.Sort(values);
        return values;
    }

    /// <summary>
    /// One Jacobi rotation zeroing the off-diagonal element <paramref name="apq"/> between diagonal elements
    /// <paramref name="app"/> and <paramref name="aqq"/>; <paramref name="apr"/> and <paramref name="aqr"/> are the
    /// elements linking p and q to the third index r, which the rotation mixes.
    /// </summary>
    private static void Rotate(ref double app, ref double aqq, ref double apq, ref double apr, ref double aqr)
    {
        if (apq == 0)
        {
            return;
        }

        double theta = (aqq - app) / (2 * apq);
        double t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
        if (theta == 0)
        {
            t = 1;
        }

        double c = 1 / Math.Sqrt(t * t + 1);
        double s = t * c;
        app -= t * apq;
        aqq += t * apq;
        apq = 0;
        double pr = apr, qr = aqr;
        apr = c * pr - s * qr;
        aqr = s * pr + c * qr;
    }
}
