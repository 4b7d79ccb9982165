using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Ibsi;

/// <summary>
/// The cubic B-spline prefilter (Unser, "Splines: a perfect fit for signal and image processing", 1999): turns
/// samples into spline coefficients by a causal and an anticausal first-order recursion with pole z = √3 − 2 and gain
/// 6, with mirror-symmetric boundaries (period 2n − 2). Applied in place along one axis.
/// </summary>
internal static class BSplinePrefilter
{
    private static readonly double Pole = Math.Sqrt(3) - 2;

    /// <summary>Terms of the causal initial sum beyond which z^k is below double precision.</summary>
    private static readonly int Horizon = (int)Math.Ceiling(Math.Log(1e-16) / Math.Log(Math.Abs(Pole)));

    public static void Apply(double[] voxels, Size3 size, int axis, ParallelOptions parallel)
    {
        int n = size[axis];
        if (n < 2)
        {
            return;
        }

        int stride = axis switch { 0 => 1, 1 => size.X, _ => size.X * size.Y };
        int inner = stride;
        int outer = (int)(size.VoxelCount / ((long)inner * n));
        Parallel.For(0, outer * inner, parallel, line =>
        {
            int o = line / inner, i = line % inner;
            FilterLine(voxels, i + inner * n * o, stride, n);
        });
    }

    private static void FilterLine(double[] c, int first, int stride, int n)
    {
        double z = Pole;
        for (int k = 0; k < n; k++)
        {
            c[first + k * stride] *= 6;
        }

        c[first] = CausalInitial(c, first, stride, n, z);
        for (int k = 1; k < n; k++)
        {
            c[first + k * stride] += z * c[first + (k - 1) * stride];
        }

        int last = first + (n - 1) * stride;
        c[last] = z / (z * z - 1) * (c[last] + z * c[last - stride]);
        for (int k = n - 2; k >= 0; k--)
        {
            int at = first + k * stride;
            c[at] = z * (c[at + stride] - c[at]);
        }
    }

    /// <summary>c⁺[0] = Σ_k z^|k| c[k] over the mirrored signal: truncated when long, exact (closed form) when short.</summary>
    private static double CausalInitial(double[] c, int first, int stride, int n, double z)
    {
        if (n > Horizon)
        {
            double sum = 0, power = 1;
            for (int k = 0; k < Horizon; k++)
            {
                sum += power * c[first + k * stride];
                power *= z;
            }

            return sum;
        }

        double zn = Math.Pow(z, n - 1), iz = 1 / z, z2n = zn * zn * iz;
        double total = c[first] + zn * c[first + (n - 1) * stride];
        double zk = z;
        for (int k = 1; k < n - 1; k++)
        {
            total += (zk + z2n) * c[first + k * stride];
            zk *= z;
            z2n *= iz;
        }

        return total / (1 - zn * zn);
    }
}
