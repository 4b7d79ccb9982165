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
            Span<double> rowI = a.AsSpan(i * n, n);
            if (l > 0)
            {
                double scale = 0;
                for (int k = 0; k <= l; k++)
                {
                    scale += Math.Abs(rowI[k]);
                }

                if (scale == 0)
                {
                    e[i] = rowI[l];
                }
                else
                {
                    for (int k = 0; k <= l; k++)
                    {
                        rowI[k] /= scale;
                        h += rowI[k] * rowI[k];
                    }

                    double f = rowI[l];
                    double g = f >= 0 ? -Math.Sqrt(h) : Math.Sqrt(h);
                    e[i] = scale * g;
                    h -= f * g;
                    rowI[l] = f - g;
                    f = 0;
                    for (int j = 0; j <= l; j++)
                    {
                        // (A·u)ⱼ over the lower triangle: row j up to the diagonal, then column j below it.
                        g = RowDot(a.AsSpan(j * n, j + 1), rowI) + ColumnDot(a, n, j, rowI, l);
                        e[j] = g / h;
                        f += e[j] * rowI[j];
                    }

                    double hh = f / (h + h);
                    for (int j = 0; j <= l; j++)
                    {
                        f = rowI[j];
                        g = e[j] - hh * f;
                        e[j] = g;
                        SubtractCombination(a.AsSpan(j * n, j + 1), f, e, g, rowI);
                    }
                }
            }
            else
            {
                e[i] = rowI[l];
            }

            d[i] = h;
        }

        e[0] = 0;
        for (int i = 0; i < n; i++)
        {
            d[i] = a[i * n + i];
        }
    }

    /// <summary>Σₖ row[k]·u[k] with four interleaved partial sums (a fixed order, so results are reproducible), which
    /// breaks the floating-point add latency chain of a single running sum.</summary>
    private static double RowDot(ReadOnlySpan<double> row, ReadOnlySpan<double> u)
    {
        u = u[..row.Length];
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int k = 0;
        for (; k <= row.Length - 4; k += 4)
        {
            s0 += row[k] * u[k];
            s1 += row[k + 1] * u[k + 1];
            s2 += row[k + 2] * u[k + 2];
            s3 += row[k + 3] * u[k + 3];
        }

        for (; k < row.Length; k++)
        {
            s0 += row[k] * u[k];
        }

        return (s0 + s1) + (s2 + s3);
    }

    /// <summary>Σ_{k = j+1 … last} a[k, j]·u[k] (column j below the diagonal), with four partial sums as <see cref="RowDot"/>.</summary>
    private static double ColumnDot(double[] a, int n, int j, ReadOnlySpan<double> u, int last)
    {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int k = j + 1;
        for (; k <= last - 3; k += 4)
        {
            s0 += a[k * n + j] * u[k];
            s1 += a[(k + 1) * n + j] * u[k + 1];
            s2 += a[(k + 2) * n + j] * u[k + 2];
            s3 += a[(k + 3) * n + j] * u[k + 3];
        }

        for (; k <= last; k++)
        {
            s0 += a[k * n + j] * u[k];
        }

        return (s0 + s1) + (s2 + s3);
    }

    /// <summary>
    /// <c>target[k] −= f·x[k] + g·y[k]</c>, vectorised with the scalar loop's exact rounding (no fused multiply-add),
    /// so the eigenvalues do not depend on the vector width.
    /// </summary>
    private static void SubtractCombination(Span<double> target, double f, ReadOnlySpan<double> x, double g, ReadOnlySpan<double> y)
    {
        x = x[..target.Length];
        y = y[..target.Length];
        int k = 0;
        int width = System.Numerics.Vector<double>.Count;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var vf = new System.Numerics.Vector<double>(f);
            var vg = new System.Numerics.Vector<double>(g);
            for (; k <= target.Length - width; k += width)
            {
                var t = new System.Numerics.Vector<double>(target[k..]);
                (t - ((vf * new System.Numerics.Vector<double>(x[k..])) + (vg * new System.Numerics.Vector<double>(y[k..])))).CopyTo(target[k..]);
            }
        }

        for (; k < target.Length; k++)
        {
            target[k] -= f * x[k] + g * y[k];
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
