using MathNet.Numerics;

namespace Radiomics.Analysis.Statistics;

/// <summary>Tail probabilities of the standard normal and the χ²(1) distributions, accurate far into the tails (via erfc).</summary>
internal static class NormalTail
{
    /// <summary>2·Φ(−|z|) = erfc(|z|/√2): R's <c>2 * pnorm(-abs(z))</c>.</summary>
    public static double TwoSided(double z) => SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2.0));

    /// <summary>P(χ²₁ &gt; x) = erfc(√(x/2)): R's <c>pchisq(x, 1, lower.tail = FALSE)</c>; 1 for x ≤ 0.</summary>
    public static double ChiSquareOneUpper(double x) => x <= 0 ? 1.0 : SpecialFunctions.Erfc(Math.Sqrt(x / 2.0));
}
