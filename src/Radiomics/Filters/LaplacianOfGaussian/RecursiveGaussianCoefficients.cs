namespace Radiomics.Filters.LaplacianOfGaussian;

/// <summary>The derivative order of a recursive Gaussian pass (ITK's <c>GaussianOrderEnum</c>).</summary>
internal enum GaussianOrder
{
    Zero,
    Second,
}

/// <summary>
/// The 4th-order recursive coefficients of ITK's <c>RecursiveGaussianImageFilter::SetUp</c> (Deriche's
/// approximation with the (A, B, W, L) constants ITK publishes, Farnebäck–Westin normalisation), for one axis:
/// causal N0–N3, recursive D1–D4, anti-causal M1–M4 and the boundary terms BN/BM that extend the edge value to
/// infinity. Computed in double with ITK's expression order.
/// </summary>
internal sealed class RecursiveGaussianCoefficients
{
    public double N0, N1, N2, N3;
    public double D1, D2, D3, D4;
    public double M1, M2, M3, M4;
    public double BN1, BN2, BN3, BN4;
    public double BM1, BM2, BM3, BM4;

    /// <param name="sigma">σ in physical units (mm).</param>
    /// <param name="spacing">The voxel spacing along the filtered axis (mm).</param>
    /// <param name="order">Zero order (smoothing) or second derivative.</param>
    /// <param name="normalizeAcrossScale">Scale the second derivative by σ² (ITK's NormalizeAcrossScale; no effect on order 0).</param>
    public static RecursiveGaussianCoefficients Create(double sigma, double spacing, GaussianOrder order, bool normalizeAcrossScale)
    {
        if (!(sigma > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), "Sigma must be greater than zero.");
        }

        spacing = Math.Abs(spacing);
        if (spacing < 1e-8)
        {
            throw new ArgumentOutOfRangeException(nameof(spacing), $"The spacing {spacing} is suspiciously small.");
        }

        double sigmad = sigma / spacing;
        const double w1 = 0.6681, l1 = -1.3932, w2 = 2.0787, l2 = -1.3732;
        double[] a1 = [1.3530, -0.6724, -1.3563];
        double[] b1 = [1.8151, -3.4327, 5.2318];
        double[] a2 = [-0.3531, 0.6724, 0.3446];
        double[] b2 = [0.0902, 0.6100, -2.2355];

        var c = new RecursiveGaussianCoefficients();
        c.ComputeD(sigmad, w1, l1, w2, l2, out double sd, out double dd, out double ed);
        if (order == GaussianOrder.Zero)
        {
            Numerator(sigmad, a1[0], b1[0], w1, l1, a2[0], b2[0], w2, l2, out c.N0, out c.N1, out c.N2, out c.N3, out double sn, out _, out _);
            double alpha0 = 2 * sn / sd - c.N0;
            c.Scale(1.0 / alpha0);
        }
        else
        {
            double acrossScale = normalizeAcrossScale ? sigma * sigma : 1.0;
            Numerator(sigmad, a1[0], b1[0], w1, l1, a2[0], b2[0], w2, l2, out double n00, out double n10, out double n20, out double n30, out double sn0, out double dn0, out double en0);
            Numerator(sigmad, a1[2], b1[2], w1, l1, a2[2], b2[2], w2, l2, out double n02, out double n12, out double n22, out double n32, out double sn2, out double dn2, out double en2);
            double beta = -(2 * sn2 - sd * n02) / (2 * sn0 - sd * n00);
            c.N0 = n02 + beta * n00;
            c.N1 = n12 + beta * n10;
            c.N2 = n22 + beta * n20;
            c.N3 = n32 + beta * n30;
            double sn = sn2 + beta * sn0;
            double dn = dn2 + beta * dn0;
            double en = en2 + beta * en0;
            double alpha2 = en * sd * sd - ed * sn * sd - 2 * dn * dd * sd + 2 * dd * dd * sn;
            alpha2 /= sd * sd * sd;
            c.Scale(acrossScale / alpha2);
        }

        c.ComputeRemaining();
        return c;
    }

    private void Scale(double factor)
    {
        N0 *= factor;
        N1 *= factor;
        N2 *= factor;
        N3 *= factor;
    }

    private static void Numerator(
        double sigmad, double a1, double b1, double w1, double l1, double a2, double b2, double w2, double l2,
        out double n0, out double n1, out double n2, out double n3, out double sn, out double dn, out double en)
    {
        double sin1 = Math.Sin(w1 / sigmad);
        double sin2 = Math.Sin(w2 / sigmad);
        double cos1 = Math.Cos(w1 / sigmad);
        double cos2 = Math.Cos(w2 / sigmad);
        double exp1 = Math.Exp(l1 / sigmad);
        double exp2 = Math.Exp(l2 / sigmad);

        n0 = a1 + a2;
        n1 = exp2 * (b2 * sin2 - (a2 + 2 * a1) * cos2);
        n1 += exp1 * (b1 * sin1 - (a1 + 2 * a2) * cos1);
        n2 = (a1 + a2) * cos2 * cos1;
        n2 -= b1 * cos2 * sin1 + b2 * cos1 * sin2;
        n2 *= 2 * exp1 * exp2;
        n2 += a2 * exp1 * exp1 + a1 * exp2 * exp2;
        n3 = exp2 * exp1 * exp1 * (b2 * sin2 - a2 * cos2);
        n3 += exp1 * exp2 * exp2 * (b1 * sin1 - a1 * cos1);

        sn = n0 + n1 + n2 + n3;
        dn = n1 + 2 * n2 + 3 * n3;
        en = n1 + 4 * n2 + 9 * n3;
    }

    private void ComputeD(double sigmad, double w1, double l1, double w2, double l2, out double sd, out double dd, out double ed)
    {
        double cos1 = Math.Cos(w1 / sigmad);
        double cos2 = Math.Cos(w2 / sigmad);
        double exp1 = Math.Exp(l1 / sigmad);
        double exp2 = Math.Exp(l2 / sigmad);

        D4 = exp1 * exp1 * exp2 * exp2;
        D3 = -2 * cos1 * exp1 * exp2 * exp2;
        D3 += -2 * cos2 * exp2 * exp1 * exp1;
        D2 = 4 * cos2 * cos1 * exp1 * exp2;
        D2 += exp1 * exp1 + exp2 * exp2;
        D1 = -2 * (exp2 * cos2 + exp1 * cos1);

        sd = 1.0 + D1 + D2 + D3 + D4;
        dd = D1 + 2 * D2 + 3 * D3 + 4 * D4;
        ed = D1 + 4 * D2 + 9 * D3 + 16 * D4;
    }

    /// <summary>Symmetric kernels (orders 0 and 2): M from N and D, then the edge-extension boundary terms.</summary>
    private void ComputeRemaining()
    {
        M1 = N1 - D1 * N0;
        M2 = N2 - D2 * N0;
        M3 = N3 - D3 * N0;
        M4 = -D4 * N0;

        double sn = N0 + N1 + N2 + N3;
        double sm = M1 + M2 + M3 + M4;
        double sd = 1.0 + D1 + D2 + D3 + D4;
        BN1 = D1 * sn / sd;
        BN2 = D2 * sn / sd;
        BN3 = D3 * sn / sd;
        BN4 = D4 * sn / sd;
        BM1 = D1 * sm / sd;
        BM2 = D2 * sm / sd;
        BM3 = D3 * sm / sd;
        BM4 = D4 * sm / sd;
    }
}
