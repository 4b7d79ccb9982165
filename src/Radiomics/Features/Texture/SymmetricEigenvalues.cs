namespace Radiomics.Features.Texture;

/// <summary>
/// Eigenvalues of a real symmetric matrix: Householder reduction to tridiagonal form
/// (<see cref="SymmetricTridiagonalForm"/>), then the implicit QL method with Wilkinson shifts (the classical
/// Golub–Van Loan / EISPACK tred2 + tql1 route). O(n³) and accurate to a few ulps of the largest eigenvalue, which the
/// GLCM maximal correlation coefficient needs.
/// </summary>
internal static class SymmetricEigenvalues
{
    /// <summary>Returns the eigenvalues ascending. <paramref name="a"/> (n×n, row-major, symmetric) is overwritten.</summary>
    public static double[] Compute(double[] a, int n) => SymmetricTridiagonalForm.Reduce(a, n).Eigenvalues();

    /// <summary>
    /// The eigenvalues of the symmetric tridiagonal matrix with diagonal <paramref name="d"/> and subdiagonal
    /// <c>e[i] = T(i, i − 1)</c> (i ≥ 1), left unsorted in <paramref name="d"/>; <paramref name="e"/> is destroyed.
    /// </summary>
    internal static void TridiagonalQl(double[] d, double[] e, int n)
    {
        for (int i = 1; i < n; i++)
        {
            e[i - 1] = e[i];
        }

        if (n > 0)
        {
            e[n - 1] = 0;
        }

        for (int l = 0; l < n; l++)
        {
            int iterations = 0;
            int m;
            do
            {
                for (m = l; m < n - 1; m++)
                {
                    double dd = Math.Abs(d[m]) + Math.Abs(d[m + 1]);
                    if (Math.Abs(e[m]) <= double.Epsilon + 2.220446049250313e-16 * dd)
                    {
                        break;
                    }
                }

                if (m != l)
                {
                    if (iterations++ == 100)
                    {
                        throw new InvalidOperationException("Symmetric eigenvalue iteration did not converge.");
                    }

                    double g = (d[l + 1] - d[l]) / (2 * e[l]);
                    double r = Hypot(g, 1);
                    g = d[m] - d[l] + e[l] / (g + (g >= 0 ? Math.Abs(r) : -Math.Abs(r)));
                    double s = 1, c = 1, p = 0;
                    int i;
                    bool underflow = false;
                    for (i = m - 1; i >= l; i--)
                    {
                        double f = s * e[i];
                        double b = c * e[i];
                        r = Hypot(f, g);
                        e[i + 1] = r;
                        if (r == 0)
                        {
                            d[i + 1] -= p;
                            e[m] = 0;
                            underflow = true;
                            break;
                        }

                        s = f / r;
                        c = g / r;
                        g = d[i + 1] - p;
                        r = (d[i] - g) * s + 2 * c * b;
                        p = s * r;
                        d[i + 1] = g + p;
                        g = c * r - b;
                    }

                    if (underflow)
                    {
                        continue;
                    }

                    d[l] -= p;
                    e[l] = g;
                    e[m] = 0;
                }
            }
            while (m != l);
        }
    }

    private static double Hypot(double a, double b)
    {
        double absA = Math.Abs(a), absB = Math.Abs(b);
        if (absA > absB)
        {
            double t = absB / absA;
            return absA * Math.Sqrt(1 + t * t);
        }

        if (absB == 0)
        {
            return 0;
        }

        double u = absA / absB;
        return absB * Math.Sqrt(1 + u * u);
    }
}
