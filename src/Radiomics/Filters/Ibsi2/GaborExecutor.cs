using System.Numerics;
using System.Runtime.CompilerServices;
using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.Numerics.Fourier;

namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// Runs a <see cref="GaborFilter"/> on the 2D planes spanned by two axes: every slice is padded (boundary mode),
/// transformed once, multiplied by each orientation's kernel spectrum and transformed back (FFT convolution);
/// the moduli are averaged over orientations. Slices are independent, so the work is parallel over slices.
/// </summary>
internal static class GaborExecutor
{
    /// <summary>
    /// Writes the orientation-averaged modulus of every plane spanned by <paramref name="axisA"/> and
    /// <paramref name="axisB"/> into <paramref name="result"/>, or adds it to what is there when
    /// <paramref name="accumulate"/> (so the three plane families of a 3D filter share one buffer).
    /// </summary>
    public static void FilterPlanes(GaborFilter filter, double[] voxels, Size3 size, Vector3D spacing, int axisA, int axisB,
        double[] result, bool accumulate, FilterExecution execution)
    {
        int axisC = 3 - axisA - axisB;
        int na = size[axisA], nb = size[axisB], nc = size[axisC];
        IReadOnlyList<double> thetas = filter.Orientations();
        bool zero = filter.Boundary == BoundaryMode.Zero;

        // Envelope standard deviation (voxels) along each plane axis, the largest over the orientations.
        double sigma = filter.SigmaMm, sigmaY = filter.SigmaMm / filter.Gamma;
        double stdA = 0, stdB = 0;
        foreach (double theta in thetas)
        {
            double c = Math.Cos(theta), s = Math.Sin(theta);
            stdA = Math.Max(stdA, Math.Sqrt(sigma * sigma * c * c + sigmaY * sigmaY * s * s));
            stdB = Math.Max(stdB, Math.Sqrt(sigma * sigma * s * s + sigmaY * sigmaY * c * c));
        }

        (int ma, int ra, int oa) = Layout(na, (int)Math.Ceiling(filter.EnvelopeCutoff * stdA / spacing[axisA]), zero);
        (int mb, int rb, int ob) = Layout(nb, (int)Math.Ceiling(filter.EnvelopeCutoff * stdB / spacing[axisB]), zero);

        var planA = new FftPlan(ma);
        var planB = mb == ma ? planA : new FftPlan(mb);
        var spectra = thetas.Select(t => KernelSpectrum(filter, t, spacing[axisA], spacing[axisB], ma, mb, ra, rb, planA, planB)).ToArray();

        int[] stride = [1, size.X, size.X * size.Y];
        int sa = stride[axisA], sb = stride[axisB], sc = stride[axisC];
        execution.For(nc, () => new SliceScratch(ma * mb, na * nb), (c, scratch) =>
        {
            (double[] re, double[] im, double[] sumRe, double[] sumIm, double[] pooled) = scratch.Cleared();
            int rowsWithData = zero ? nb : nb + 2 * ob;
            int colsWithData = zero ? na : na + 2 * oa;

            // Padded slice: P[p] = image[map(p − offset)].
            for (int pb = 0; pb < rowsWithData; pb++)
            {
                int qb = Boundary.Map(pb - ob, nb, filter.Boundary);
                for (int pa = 0; pa < colsWithData; pa++)
                {
                    int qa = Boundary.Map(pa - oa, na, filter.Boundary);
                    re[pb * ma + pa] = qa < 0 || qb < 0 ? 0 : voxels[c * sc + qb * sb + qa * sa];
                }
            }

            planA.TransformLines(re, im, 1, ma, rowsWithData, inverse: false);

            planB.TransformRows(re, im, ma, ma, inverse: false);

            foreach ((double[] kRe, double[] kIm) in spectra)
            {
                MultiplySpectra(re, im, kRe, kIm, sumRe, sumIm);
                planB.TransformRows(sumRe, sumIm, ma, ma, inverse: true);
                planA.TransformLines(sumRe.AsSpan(ob * ma), sumIm.AsSpan(ob * ma), 1, ma, nb, inverse: true);
                for (int qb = 0; qb < nb; qb++)
                {
                    int row = (qb + ob) * ma + oa;
                    AddModulus(sumRe.AsSpan(row, na), sumIm.AsSpan(row, na), pooled.AsSpan(qb * na, na));
                }
            }

            double scale = 1.0 / spectra.Length;
            for (int qb = 0; qb < nb; qb++)
            {
                for (int qa = 0; qa < na; qa++)
                {
                    double value = pooled[qb * na + qa] * scale;
                    int at = c * sc + qb * sb + qa * sa;
                    result[at] = accumulate ? result[at] + value : value;
                }
            }
        });
    }

    /// <summary>(sumRe + i·sumIm) = (re + i·im)·(kRe + i·kIm), element by element; vector lanes compute what the scalar tail does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MultiplySpectra(ReadOnlySpan<double> re, ReadOnlySpan<double> im, ReadOnlySpan<double> kRe, ReadOnlySpan<double> kIm,
        Span<double> sumRe, Span<double> sumIm)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            int width = Vector<double>.Count;
            for (; i <= re.Length - width; i += width)
            {
                var r = new Vector<double>(re.Slice(i, width));
                var m = new Vector<double>(im.Slice(i, width));
                var kr = new Vector<double>(kRe.Slice(i, width));
                var ki = new Vector<double>(kIm.Slice(i, width));
                (r * kr - m * ki).CopyTo(sumRe.Slice(i, width));
                (r * ki + m * kr).CopyTo(sumIm.Slice(i, width));
            }
        }

        for (; i < re.Length; i++)
        {
            sumRe[i] = re[i] * kRe[i] - im[i] * kIm[i];
            sumIm[i] = re[i] * kIm[i] + im[i] * kRe[i];
        }
    }

    /// <summary>pooled[i] += √(x[i]² + y[i]²) (IEEE square root, the same in a vector lane as in the scalar tail).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddModulus(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> pooled)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            int width = Vector<double>.Count;
            for (; i <= x.Length - width; i += width)
            {
                var a = new Vector<double>(x.Slice(i, width));
                var b = new Vector<double>(y.Slice(i, width));
                (new Vector<double>(pooled.Slice(i, width)) + Vector.SquareRoot(a * a + b * b)).CopyTo(pooled.Slice(i, width));
            }
        }

        for (; i < x.Length; i++)
        {
            pooled[i] += Math.Sqrt(x[i] * x[i] + y[i] * y[i]);
        }
    }

    /// <summary>One worker's slice buffers (padded spectrum, orientation spectrum, pooled moduli), reused slice after slice.</summary>
    private sealed class SliceScratch(int padded, int plane)
    {
        private readonly double[] _re = new double[padded], _im = new double[padded];
        private readonly double[] _sumRe = new double[padded], _sumIm = new double[padded];
        private readonly double[] _pooled = new double[plane];

        /// <summary>The buffers, zeroed where a slice relies on zeros (the padded input and the pooled sums).</summary>
        public (double[] Re, double[] Im, double[] SumRe, double[] SumIm, double[] Pooled) Cleared()
        {
            Array.Clear(_re);
            Array.Clear(_im);
            Array.Clear(_pooled);
            return (_re, _im, _sumRe, _sumIm, _pooled);
        }
    }

    /// <summary>
    /// FFT length m (a power of two), kernel radius r and image offset in the padded line for n samples and a minimum
    /// radius: zero padding needs m ≥ n + r and no offset; other modes need the image padded by r on both sides.
    /// The radius is then widened to what m allows, but never past n − 1.
    /// </summary>
    private static (int Length, int Radius, int Offset) Layout(int n, int minimumRadius, bool zero)
    {
        int r = Math.Min(minimumRadius, n - 1);
        int m = (int)BitOperations.RoundUpToPowerOf2((uint)(zero ? n + r : n + 2 * r));
        r = Math.Min(n - 1, zero ? m - n : (m - n) / 2);
        return (m, r, zero ? 0 : r);
    }

    private static (double[] Re, double[] Im) KernelSpectrum(GaborFilter filter, double theta, double spacingA, double spacingB,
        int ma, int mb, int ra, int rb, FftPlan planA, FftPlan planB)
    {
        var re = new double[ma * mb];
        var im = new double[ma * mb];
        double cos = Math.Cos(theta), sin = Math.Sin(theta);
        double twoSigma2 = 2 * filter.SigmaMm * filter.SigmaMm;
        double gamma2 = filter.Gamma * filter.Gamma;
        for (int db = -rb; db <= rb; db++)
        {
            double y = db * spacingB;
            int row = (db + mb) % mb * ma;
            for (int da = -ra; da <= ra; da++)
            {
                double x = da * spacingA;
                double xr = x * cos + y * sin;
                double yr = -x * sin + y * cos;
                double envelope = Math.Exp(-(xr * xr + gamma2 * yr * yr) / twoSigma2);
                double phase = 2 * Math.PI * xr / filter.LambdaMm;
                int index = row + (da + ma) % ma;
                re[index] = envelope * Math.Cos(phase);
                im[index] = envelope * Math.Sin(phase);
            }
        }

        for (int b = 0; b < mb; b++)
        {
            planA.Transform(re.AsSpan(b * ma, ma), im.AsSpan(b * ma, ma), inverse: false);
        }

        planB.TransformRows(re, im, ma, ma, inverse: false);
        return (re, im);
    }
}
