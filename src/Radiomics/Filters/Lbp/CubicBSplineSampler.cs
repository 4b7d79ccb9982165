using Radiomics.Imaging;

namespace Radiomics.Filters.Lbp;

/// <summary>
/// Cubic B-spline interpolation of a volume at continuous voxel indices, as scipy's
/// <c>ndimage.map_coordinates(input, coords, order=3)</c> with its defaults (<c>mode='constant'</c>, <c>cval=0</c>,
/// <c>prefilter=True</c>): the coefficients come from the exact B-spline prefilter (pole √3 − 2, mirror-symmetric
/// boundary, as scipy's spline filter in this mode), samples inside the grid use mirror-extended coefficients, and a
/// point outside <c>[0, n−1]</c> on any axis gives 0.
/// </summary>
internal sealed class CubicBSplineSampler
{
    // scipy's literal for √3 − 2 (ni_splines.c get_filter_poles).
    private const double Pole = -0.267949192431122706472553658494127633;
    private readonly double[] _coefficients;
    private readonly Size3 _size;

    public CubicBSplineSampler(Volume<double> image)
    {
        _size = image.Size;
        _coefficients = image.Voxels.ToArray();

        // scipy filters numpy axes 0, 1, 2 in turn: z, y, x.
        FilterAxis(2);
        FilterAxis(1);
        FilterAxis(0);
    }

    /// <summary>The spline coefficients, x fastest, on the image's grid.</summary>
    public double[] Coefficients => _coefficients;

    /// <summary>The image size.</summary>
    public Size3 Size => _size;

    /// <summary>The interpolated value at continuous index (x, y, z).</summary>
    public double Sample(double x, double y, double z)
    {
        if (!Inside(x, _size.X) || !Inside(y, _size.Y) || !Inside(z, _size.Z))
        {
            return 0;
        }

        Span<double> wx = stackalloc double[4], wy = stackalloc double[4], wz = stackalloc double[4];
        Span<int> ix = stackalloc int[4], iy = stackalloc int[4], iz = stackalloc int[4];
        Weights(x, _size.X, wx, ix);
        Weights(y, _size.Y, wy, iy);
        Weights(z, _size.Z, wz, iz);
        // scipy's accumulation: taps in C order (numpy z, y, x; x fastest), each term = coefficient · w_z · w_y · w_x.
        double sum = 0;
        for (int c = 0; c < 4; c++)
        {
            for (int b = 0; b < 4; b++)
            {
                int row = _size.X * (iy[b] + (_size.Y * iz[c]));
                for (int a = 0; a < 4; a++)
                {
                    double term = _coefficients[row + ix[a]];
                    term *= wz[c];
                    term *= wy[b];
                    term *= wx[a];
                    sum += term;
                }
            }
        }

        return sum;
    }

    /// <summary>Whether a coordinate is on the grid of <paramref name="n"/> samples (else map_coordinates gives 0).</summary>
    internal static bool Inside(double coordinate, int n) => coordinate >= 0 && coordinate <= n - 1;

    /// <summary>Cubic B-spline weights of the four coefficients around <paramref name="t"/>, indices mirrored into the grid.</summary>
    internal static void Weights(double t, int n, Span<double> weights, Span<int> indices)
    {
        // scipy ni_splines.c get_spline_interpolation_weights, order 3, with its operation order.
        int start = (int)Math.Floor(t) - 1;
        double y = t - Math.Floor(t);
        double z = 1.0 - y;
        weights[1] = ((y * y * (y - 2.0) * 3.0) + 4.0) / 6.0;
        weights[2] = ((z * z * (z - 2.0) * 3.0) + 4.0) / 6.0;
        weights[0] = z * z * z / 6.0;
        weights[3] = 1.0 - weights[0] - weights[1] - weights[2];
        for (int k = 0; k < 4; k++)
        {
            indices[k] = Mirror(start + k, n);
        }
    }

    /// <summary>Whole-sample mirror (scipy 'mirror': … 2 1 | 0 1 2 … n−1 | n−2 …).</summary>
    private static int Mirror(int i, int n)
    {
        if (n == 1)
        {
            return 0;
        }

        int period = 2 * (n - 1);
        i = ((i % period) + period) % period;
        return i < n ? i : period - i;
    }

    private void FilterAxis(int axis)
    {
        int n = _size[axis];
        if (n < 2)
        {
            return;
        }

        if (axis == 0)
        {
            // x lines are contiguous.
            for (int line = 0; line < _size.Y * _size.Z; line++)
            {
                FilterLine(_coefficients.AsSpan(line * n, n));
            }

            return;
        }

        // y (z) lines: filter every line of a plane (of the volume) at once, element i of all lines being one
        // contiguous run; each line sees exactly the operations FilterLine applies to it.
        int run = axis == 1 ? _size.X : _size.X * _size.Y;
        int blocks = axis == 1 ? _size.Z : 1;
        var first = new double[run];
        for (int block = 0; block < blocks; block++)
        {
            FilterLines(_coefficients.AsSpan(block * run * n, run * n), n, run, first);
        }
    }

    /// <summary>
    /// <see cref="FilterLine"/> of <paramref name="run"/> interleaved lines: element i of line k at
    /// <c>data[i · run + k]</c>.
    /// </summary>
    private static void FilterLines(Span<double> data, int n, int run, double[] first)
    {
        double z = Pole;
        double gain = (1 - z) * (1 - (1 / z));
        foreach (ref double value in data)
        {
            value *= gain;
        }

        double zn1 = Math.Pow(z, n - 1);
        Span<double> last = data.Slice((n - 1) * run, run);
        Span<double> head = data[..run];
        for (int k = 0; k < run; k++)
        {
            first[k] = head[k] + (zn1 * last[k]);
        }

        double zi = z;
        for (int i = 1; i < n - 1; i++)
        {
            Span<double> ci = data.Slice(i * run, run), mirror = data.Slice((n - 1 - i) * run, run);
            for (int k = 0; k < run; k++)
            {
                first[k] += zi * (ci[k] + (zn1 * mirror[k]));
            }

            zi *= z;
        }

        double denominator = 1 - (zn1 * zn1);
        for (int k = 0; k < run; k++)
        {
            head[k] = first[k] / denominator;
        }

        for (int i = 1; i < n; i++)
        {
            Span<double> ci = data.Slice(i * run, run), previous = data.Slice((i - 1) * run, run);
            for (int k = 0; k < run; k++)
            {
                ci[k] += z * previous[k];
            }
        }

        Span<double> beforeLast = data.Slice((n - 2) * run, run);
        double tail = (z * z) - 1;
        for (int k = 0; k < run; k++)
        {
            last[k] = (((z * beforeLast[k]) + last[k]) * z) / tail;
        }

        for (int i = n - 2; i >= 0; i--)
        {
            Span<double> ci = data.Slice(i * run, run), next = data.Slice((i + 1) * run, run);
            for (int k = 0; k < run; k++)
            {
                ci[k] = z * (next[k] - ci[k]);
            }
        }
    }

    /// <summary>The exact cubic B-spline prefilter of one line with mirror boundaries (Unser's recursive algorithm).</summary>
    private static void FilterLine(Span<double> c)
    {
        int n = c.Length;
        double z = Pole;
        double gain = (1 - z) * (1 - (1 / z));
        for (int i = 0; i < n; i++)
        {
            c[i] *= gain;
        }

        // Causal initialisation for a mirror-symmetric signal.
        double zn1 = Math.Pow(z, n - 1);
        double zi = z;
        double first = c[0] + (zn1 * c[n - 1]);
        for (int i = 1; i < n - 1; i++)
        {
            first += zi * (c[i] + (zn1 * c[n - 1 - i]));
            zi *= z;
        }

        c[0] = first / (1 - (zn1 * zn1));
        for (int i = 1; i < n; i++)
        {
            c[i] += z * c[i - 1];
        }

        c[n - 1] = (((z * c[n - 2]) + c[n - 1]) * z) / ((z * z) - 1);
        for (int i = n - 2; i >= 0; i--)
        {
            c[i] = z * (c[i + 1] - c[i]);
        }
    }
}
