namespace Radiomics.Preprocessing.Ibsi;

/// <summary>
/// A 1D resampling along one axis as a small sparse matrix: output sample j = Σ_t weight[j, t] · input[tap[j, t]],
/// with K taps per output (4 for cubic B-spline, 2 for linear), boundary handling folded into the tap indices. The
/// one axis kernel of the IBSI chain (<see cref="IbsiResampler"/>): applied x, then y, then z.
/// </summary>
internal sealed class AxisWeights
{
    private readonly int _outputs;
    private readonly int _taps;
    private readonly int[] _index;
    private readonly double[] _weight;

    private AxisWeights(int outputs, int taps)
    {
        _outputs = outputs;
        _taps = taps;
        _index = new int[outputs * taps];
        _weight = new double[outputs * taps];
    }

    /// <summary>Cubic B-spline basis weights on prefiltered coefficients; indices mirrored (period 2n − 2).</summary>
    public static AxisWeights CubicBSpline(int n, int m, double start, double step)
    {
        var result = new AxisWeights(m, 4);
        for (int j = 0; j < m; j++)
        {
            double x = start + j * step;
            int i0 = (int)Math.Floor(x);
            double t = x - i0, t2 = t * t, t3 = t2 * t, u = 1 - t;
            ReadOnlySpan<double> w = [u * u * u / 6, (4 - 6 * t2 + 3 * t3) / 6, (1 + 3 * t + 3 * t2 - 3 * t3) / 6, t3 / 6];
            for (int k = 0; k < 4; k++)
            {
                result._index[j * 4 + k] = Mirror(i0 - 1 + k, n);
                result._weight[j * 4 + k] = w[k];
            }
        }

        return result;
    }

    /// <summary>
    /// Linear weights (1 − t, t); indices clamped to the border (nearest-boundary padding). A position within 1e-9 of a
    /// grid point takes that point's value exactly (round-off in the position must not blend in its neighbour).
    /// </summary>
    public static AxisWeights Linear(int n, int m, double start, double step)
    {
        var result = new AxisWeights(m, 2);
        for (int j = 0; j < m; j++)
        {
            double x = Math.Clamp(start + j * step, 0, n - 1);
            int i0 = Math.Min((int)Math.Floor(x), Math.Max(n - 2, 0));
            double t = x - i0;
            if (t < 1e-9)
            {
                t = 0;
            }

            result._index[j * 2] = i0;
            result._index[j * 2 + 1] = Math.Min(i0 + 1, n - 1);
            result._weight[j * 2] = 1 - t;
            result._weight[j * 2 + 1] = t;
        }

        return result;
    }

    /// <summary>
    /// Resamples every line of <paramref name="axis"/> of the x-fastest buffer; the other axes keep their size.
    /// Each output line is written by one worker, so the result does not depend on the thread count.
    /// </summary>
    public double[] Apply(double[] source, Imaging.Size3 size, int axis, ParallelOptions parallel)
    {
        int inner = axis switch { 0 => 1, 1 => size.X, _ => size.X * size.Y };
        int n = size[axis];
        int outer = (int)(size.VoxelCount / ((long)inner * n));
        var result = new double[(long)inner * _outputs * outer];
        Parallel.For(0, outer * _outputs, parallel, line =>
        {
            int o = line / _outputs, j = line % _outputs;
            Span<double> target = result.AsSpan(inner * (j + _outputs * o), inner);
            for (int t = 0; t < _taps; t++)
            {
                double w = _weight[j * _taps + t];
                ReadOnlySpan<double> input = source.AsSpan(inner * (_index[j * _taps + t] + n * o), inner);
                for (int i = 0; i < inner; i++)
                {
                    target[i] += w * input[i];
                }
            }
        });
        return result;
    }

    private static int Mirror(int k, int n)
    {
        if (n == 1)
        {
            return 0;
        }

        int period = 2 * n - 2;
        k = Math.Abs(k) % period;
        return k < n ? k : period - k;
    }
}
