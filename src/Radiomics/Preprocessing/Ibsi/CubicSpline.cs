using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Ibsi;

/// <summary>
/// Cubic B-spline interpolation (Unser's recursive prefilter, pole z₁ = √3 − 2, then the cubic B-spline kernel),
/// with mirror-symmetric boundaries beyond the grid, as scipy.ndimage.map_coordinates(order=3, mode='mirror') does.
/// </summary>
internal static class CubicSpline
{
    private static readonly double Pole = Math.Sqrt(3) - 2;

    /// <summary>The B-spline coefficients of <paramref name="image"/>: the prefilter run along x, y and z.</summary>
    public static Volume<double> Prefilter(Volume<double> image)
    {
        Volume<double> result = image.Clone();
        Size3 n = image.Size;
        Span<double> v = result.Voxels;
        var line = new double[Math.Max(n.X, Math.Max(n.Y, n.Z))];
        for (int axis = 0; axis < 3; axis++)
        {
            int length = n[axis];
            if (length < 2)
            {
                continue;
            }

            int stride = axis == 0 ? 1 : axis == 1 ? n.X : n.X * n.Y;
            int lines = n.X * n.Y * n.Z / length;
            for (int l = 0; l < lines; l++)
            {
                int first = FirstOf(l, axis, n);
                for (int i = 0; i < length; i++)
                {
                    line[i] = v[first + i * stride];
                }

                FilterLine(line.AsSpan(0, length));
                for (int i = 0; i < length; i++)
                {
                    v[first + i * stride] = line[i];
                }
            }
        }

        return result;
    }

    /// <summary>The spline value at continuous index (x, y, z) from coefficients <paramref name="c"/>.</summary>
    public static double Sample(ReadOnlySpan<double> c, Size3 n, double x, double y, double z)
    {
        Span<int> ix = stackalloc int[4];
        Span<int> iy = stackalloc int[4];
        Span<int> iz = stackalloc int[4];
        Span<double> wx = stackalloc double[4];
        Span<double> wy = stackalloc double[4];
        Span<double> wz = stackalloc double[4];
        Weights(x, n.X, ix, wx);
        Weights(y, n.Y, iy, wy);
        Weights(z, n.Z, iz, wz);
        double sum = 0;
        for (int k = 0; k < 4; k++)
        {
            for (int j = 0; j < 4; j++)
            {
                double wjk = wy[j] * wz[k];
                if (wjk == 0)
                {
                    continue;
                }

                int row = n.X * (iy[j] + n.Y * iz[k]);
                for (int i = 0; i < 4; i++)
                {
                    sum += wx[i] * wjk * c[ix[i] + row];
                }
            }
        }

        return sum;
    }

    private static int FirstOf(int line, int axis, Size3 n) => axis switch
    {
        0 => line * n.X,
        1 => line % n.X + line / n.X * n.X * n.Y,
        _ => line,
    };

    private static void Weights(double t, int n, Span<int> index, Span<double> weight)
    {
        int start = (int)Math.Floor(t) - 1;
        for (int i = 0; i < 4; i++)
        {
            int p = start + i;
            double d = Math.Abs(t - p);
            weight[i] = d < 1 ? 2.0 / 3 - d * d + 0.5 * d * d * d : d < 2 ? (2 - d) * (2 - d) * (2 - d) / 6 : 0;
            index[i] = Mirror(p, n);
        }
    }

    /// <summary>Mirror boundary (…, 2, 1, 0, 1, 2, …, n−2, n−1, n−2, …).</summary>
    private static int Mirror(int p, int n)
    {
        if (n == 1)
        {
            return 0;
        }

        int period = 2 * (n - 1);
        p = ((p % period) + period) % period;
        return p < n ? p : period - p;
    }

    /// <summary>In-place cubic B-spline prefilter of one line (gain 6, causal then anticausal pass, mirror boundaries).</summary>
    private static void FilterLine(Span<double> c)
    {
        int n = c.Length;
        double z = Pole;
        for (int i = 0; i < n; i++)
        {
            c[i] *= (1 - z) * (1 - 1 / z);
        }

        // Causal initialisation for mirror boundaries (truncated sum to machine precision).
        int horizon = Math.Min(n, (int)Math.Ceiling(Math.Log(1e-16) / Math.Log(Math.Abs(z))));
        double zk = z, sum = c[0];
        for (int k = 1; k < horizon; k++)
        {
            sum += zk * c[k];
            zk *= z;
        }

        c[0] = sum;
        for (int k = 1; k < n; k++)
        {
            c[k] += z * c[k - 1];
        }

        c[n - 1] = z / (z * z - 1) * (c[n - 1] + z * c[n - 2]);
        for (int k = n - 2; k >= 0; k--)
        {
            c[k] = z * (c[k + 1] - c[k]);
        }
    }
}
