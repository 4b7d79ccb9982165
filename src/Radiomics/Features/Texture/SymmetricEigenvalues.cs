namespace Radiomics.Features.Texture;

/// <summary>
/// Eigenvalues of a real symmetric matrix: Householder reduction to tridiagonal form, then the implicit QL method
/// with Wilkinson shifts (the classical Golub–Van Loan / EISPACK tred2 + tql1 route, values only). O(n³) and
/// accurate to a few ulps of the largest eigenvalue, which the GLCM maximal correlation coefficient needs.
/// </summary>
internal static class SymmetricEigenvalues
{
    /// <summary>Returns the eigenvalues ascending. <paramref name="a"/> (n×n, row-major, symmetric) is overwritten.</summary>
    public static double[] Compute(double[] a, int n)
    {
        var d = new double[n];
        var e = new double[n];
        Tridiagonalise(a, n, d, e);
        TridiagonalQl(d, e, n);
        Array.Sort(d);
        return d;
    }

    private static void Tridiagonalise(double[] a, int n, double[] d, double[] e)
    {
        for (int i = n - 1; i > 0; i--)
        {
            int l = i - 1;
            double h = 0;
            if (l > 0)
            {
                double scale = 0;
                for (int k = 0; k <= l; k++)
                {
                    scale += Math.Abs(a[i * n + k]);
                }

                if (scale == 0)
                {
                    e[i] = a[i * n + l];
                }
                else
                {
                    for (int k = 0; k <= l; k++)
                    {
                        a[i * n + k] /= scale;
                        h += a[i * n + k] * a[i * n + k];
                    }

                    double f = a[i * n + l];
                    double g = f >= 0 ? -Math.Sqrt(h) : Math.Sqrt(h);
                    e[i] = scale * g;
                    h -= f * g;
                    a[i * n + l] = f - g;
                    f = 0;
                    for (int j = 0; j <= l; j++)
                    {
                        g = 0;
                        for (int k = 0; k <= j; k++)
                        {
                            g += a[j * n + k] * a[i * n + k];
                        }

                        for (int k = j + 1; k <= l; k++)
                        {
                            g += a[k * n + j] * a[i * n + k];
                        }

                        e[j] = g / h;
                        f += e[j] * a[i * n + j];
                    }

                    double hh = f / (h + h);
                    for (int j = 0; j <= l; j++)
                    {
                        f = a[i * n + j];
                        g = e[j] - hh * f;
                        e[j] = g;
                        for (int k = 0; k <= j; k++)
                        {
                            a[j * n + k] -= f * e[k] + g * a[i * n + k];
                        }
                    }
                }
            }
            else
            {
                e[i] = a[i * n + l];
            }

            d[i] = h;
        }

        e[0] = 0;
        for (int i = 0; i < n; i++)
        {
            d[i] = a[i * n + i];
        }
    }

    private static void TridiagonalQl(double[] d, double[] e, int n)
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
