using MathNet.Numerics.Distributions;

namespace Radiomics.Analysis.Statistics;

/// <summary>
/// Lin's concordance correlation coefficient (Lin 1989; variance corrected in Lin 2000) of two paired measurements,
/// with the interval <c>epiR::epi.ccc(x, y, ci = "z-transform", conf.level)</c> (epiR 2.0.57) computes.
/// </summary>
/// <remarks>
/// The interval is built on Fisher's z = atanh(ρc) with standard error se(ρc) / (1 - ρc²), where se(ρc) is Lin's
/// (2000) asymptotic standard error with divisor n - 2:
/// se² = [(1 - r²) ρc² (1 - ρc²) / r² + 2 ρc³ (1 - ρc) u² / r - ρc⁴ u⁴ / (2 r²)] / (n - 2), u the location shift;
/// the bounds are tanh(z ∓ z₁₋α/₂ se_z). Pairs with a NaN in either value are left out (pairwise complete, as
/// epiR's complete-case step); fewer than three pairs, or a sample without variance, give NaN.
/// </remarks>
public static class LinConcordance
{
    /// <summary>Lin's CCC of <paramref name="x"/> and <paramref name="y"/> (paired by position).</summary>
    /// <exception cref="ArgumentException">The lengths differ, or the level is outside (0, 1).</exception>
    public static ConcordanceResult Compute(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double confidenceLevel = 0.95)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"The samples differ in length ({x.Length} and {y.Length}).", nameof(y));
        }

        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentException($"Confidence level {confidenceLevel} is not between 0 and 1.", nameof(confidenceLevel));
        }

        PairedMoments m = PairedMoments.Of(x, y);
        int n = m.Count;
        if (n < 3)
        {
            return new ConcordanceResult(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, n);
        }

        double meanX = m.MeanX, meanY = m.MeanY, sxx = m.Sxx, syy = m.Syy, sxy = m.Sxy;
        double varX = sxx / n, varY = syy / n, covXY = sxy / n;
        double r = sxy / Math.Sqrt(sxx * syy);
        double ccc = 2 * covXY / (varX + varY + ((meanY - meanX) * (meanY - meanX)));
        double scaleShift = Math.Sqrt(syy / sxx);
        double locationShift = (meanY - meanX) / Math.Pow(varX * varY, 0.25);
        double u2 = locationShift * locationShift;
        double variance = (((1 - (r * r)) * ccc * ccc * (1 - (ccc * ccc)) / (r * r))
            + (2 * ccc * ccc * ccc * (1 - ccc) * u2 / r)
            - (0.5 * Math.Pow(ccc, 4) * u2 * u2 / (r * r))) / (n - 2);
        double se = Math.Sqrt(variance);
        double z = 0.5 * Math.Log((1 + ccc) / (1 - ccc));
        double seZ = se / (1 - (ccc * ccc));
        double quantile = Normal.InvCDF(0, 1, 1 - ((1 - confidenceLevel) / 2));
        return new ConcordanceResult(ccc, Math.Tanh(z - (quantile * seZ)), Math.Tanh(z + (quantile * seZ)), scaleShift, locationShift, ccc / r, n);
    }
}
