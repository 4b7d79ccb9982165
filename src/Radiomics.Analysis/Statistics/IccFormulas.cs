namespace Radiomics.Analysis.Statistics;

/// <summary>
/// The six ICCs and their F-based intervals from the ANOVA mean squares, as <c>psych::ICC</c> (2.2.9, <c>lmer = FALSE</c>)
/// computes them (Shrout &amp; Fleiss 1979; McGraw &amp; Wong 1996 for ICC(2,·)'s approximate degrees of freedom).
/// </summary>
/// <remarks>
/// Limits psych leaves undefined are taken as limits: an infinite F (no within-subject or residual variance, some
/// between-subject variance) gives the bound 1; with no residual variance ICC(2,·)'s Satterthwaite degrees of freedom
/// take their limit k - 1. A form whose formula is 0/0 (no between-subject and no residual variance, only rater
/// offsets, for ICC(3,·)) is NaN.
/// </remarks>
internal static class IccFormulas
{
    public static IccEstimates Estimate(IccAnova a, FQuantiles quantiles, bool withType2)
    {
        double n = a.Subjects, k = a.Raters;
        double msb = a.Msb, msj = a.Msj, mse = a.Mse, msw = a.Msw;

        double icc1 = (msb - msw) / (msb + ((k - 1) * msw));
        double icc2 = (msb - mse) / (msb + ((k - 1) * mse) + (k * (msj - mse) / n));
        double icc3 = (msb - mse) / (msb + ((k - 1) * mse));
        double icc1k = (msb - msw) / msb;
        double icc2k = (msb - mse) / (msb + ((msj - mse) / n));
        double icc3k = (msb - mse) / msb;

        double f11 = msb / msw, df11n = n - 1, df11d = n * (k - 1);
        double f21 = msb / mse, df21n = n - 1, df21d = (n - 1) * (k - 1);
        double p11 = FQuantiles.UpperTail(f11, df11n, df11d);
        double p21 = FQuantiles.UpperTail(f21, df21n, df21d);

        double f1L = f11 / quantiles.Upper(df11n, df11d);
        double f1U = f11 * quantiles.Upper(df11d, df11n);
        double f3L = f21 / quantiles.Upper(df21n, df21d);
        double f3U = f21 * quantiles.Upper(df21d, df21n);

        var (l2, u2) = withType2 ? Type2Bounds(a, icc2, quantiles) : (double.NaN, double.NaN);
        return new IccEstimates(
            new IccEstimate(icc1, SingleBound(f1L, k), SingleBound(f1U, k), f11, df11n, df11d, p11),
            new IccEstimate(icc2, l2, u2, f21, df21n, df21d, p21),
            new IccEstimate(icc3, SingleBound(f3L, k), SingleBound(f3U, k), f21, df21n, df21d, p21),
            new IccEstimate(icc1k, AverageBound(f1L), AverageBound(f1U), f11, df11n, df11d, p11),
            new IccEstimate(icc2k, SpearmanBrown(l2, k), SpearmanBrown(u2, k), f21, df21n, df21d, p21),
            new IccEstimate(icc3k, AverageBound(f3L), AverageBound(f3U), f21, df21n, df21d, p21));
    }

    /// <summary>(F - 1) / (F + k - 1), with the limit 1 for an infinite F.</summary>
    private static double SingleBound(double f, double k) => double.IsPositiveInfinity(f) ? 1 : (f - 1) / (f + k - 1);

    /// <summary>1 - 1/F (1 for an infinite F).</summary>
    private static double AverageBound(double f) => 1 - (1 / f);

    /// <summary>The average-measures bound from a single-measure one: r k / (1 + r (k - 1)).</summary>
    private static double SpearmanBrown(double r, double k) => r * k / (1 + (r * (k - 1)));

    /// <summary>
    /// ICC(2,1)'s bounds with Satterthwaite's approximate denominator degrees of freedom v (psych's code, after McGraw
    /// &amp; Wong 1996, Table 7): F_U = qf(1 - a/2, n - 1, v), F_L = qf(1 - a/2, v, n - 1).
    /// </summary>
    private static (double Low, double High) Type2Bounds(IccAnova a, double icc2, FQuantiles quantiles)
    {
        double n = a.Subjects, k = a.Raters;
        double msb = a.Msb, msj = a.Msj, mse = a.Mse;
        double v;
        if (mse == 0)
        {
            v = k - 1;
        }
        else
        {
            double fj = msj / mse;
            double term = (n * (1 + ((k - 1) * icc2))) - (k * icc2);
            double vn = (k - 1) * (n - 1) * Square((k * icc2 * fj) + term);
            double vd = ((n - 1) * k * k * icc2 * icc2 * fj * fj) + Square(term);
            v = vn / vd;
        }

        double fU = quantiles.Compute(n - 1, v);
        double fL = quantiles.Compute(v, n - 1);
        double shared = (k * msj) + (((k * n) - k - n) * mse);
        double low = n * (msb - (fU * mse)) / ((fU * shared) + (n * msb));
        double high = n * ((fL * msb) - mse) / (shared + (n * fL * msb));
        return (low, high);
    }

    private static double Square(double x) => x * x;
}
