using System.Numerics;
using Radiomics.Imaging;

namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// Runs a <see cref="GaborFilter"/> on the 2D planes spanned by two axes: every slice is padded (boundary mode),
/// transformed once, multiplied by each orientation's kernel spectrum and transformed back (FFT convolution);
/// the moduli are averaged over orientations. Slices are independent, so the work is parallel over slices.
/// </summary>
internal static class GaborExecutor
{
    public static double[] FilterPlanes(GaborFilter filter, double[] voxels, Size3 size, Vector3D spacing, int axisA, int axisB, FilterExecution execution)
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
        var result = new double[voxels.Length];
        execution.For(nc, c =>
        {
            var re = new double[ma * mb];
            var im = new double[ma * mb];
            var sumRe = new double[ma * mb];
            var sumIm = new double[ma * mb];
            var pooled = new double[na * nb];
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

            for (int pb = 0; pb < rowsWithData; pb++)
            {
                planA.Transform(re.AsSpan(pb * ma, ma), im.AsSpan(pb * ma, ma), inverse: false);
            }

            planB.TransformRows(re, im, ma, ma, inverse: false);

            foreach ((double[] kRe, double[] kIm) in spectra)
            {
                for (int i = 0; i < re.Length; i++)
                {
                    sumRe[i] = re[i] * kRe[i] - im[i] * kIm[i];
                    sumIm[i] = re[i] * kIm[i] + im[i] * kRe[i];
                }

                planB.TransformRows(sumRe, sumIm, ma, ma, inverse: true);
                for (int qb = 0; qb < nb; qb++)
                {
                    int row = (qb + ob) * ma;
                    Span<double> rowRe = sumRe.AsSpan(row, ma), rowIm = sumIm.AsSpan(row, ma);
                    planA.Transform(rowRe, rowIm, inverse: true);
                    for (int qa = 0; qa < na; qa++)
                    {
                        double x = rowRe[qa + oa], y = rowIm[qa + oa];
                        pooled[qb * na + qa] += Math.Sqrt(x * x + y * y);
                    }
                }
            }

            double scale = 1.0 / spectra.Length;
            for (int qb = 0; qb < nb; qb++)
            {
                for (int qa = 0; qa < na; qa++)
                {
                    result[c * sc + qb * sb + qa * sa] = pooled[qb * na + qa] * scale;
                }
            }
        });

        return result;
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
