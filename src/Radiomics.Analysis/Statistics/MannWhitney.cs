namespace Radiomics.Analysis.Statistics;

/// <summary>
/// The two-sided Mann–Whitney U test (Wilcoxon rank-sum) with the normal approximation, R's
/// <c>wilcox.test(x, y, exact = FALSE, correct = TRUE)</c> (stats 4.2): W = Σ ranks(x) − n₁(n₁ + 1)/2 over the pooled
/// average ranks; σ² = n₁n₂/12 · ((N + 1) − Σ(t³ − t)/(N(N − 1))) with t the size of each tie group;
/// z = (W − n₁n₂/2 − sign(W − n₁n₂/2)·½)/σ; p = 2·Φ(−|z|).
/// </summary>
/// <remarks>
/// Edge cases: when every pooled value is tied σ = 0 and z and p are NaN (as in R). Values must be finite: the caller
/// removes missing values (R's <c>wilcox.test</c> drops them silently; here that choice is left to the caller).
/// Ranks and tie groups come from <see cref="Ranks.AverageWithTies"/>. Allocates a few arrays of the sample's size.
/// </remarks>
public static class MannWhitney
{
    /// <summary>Tests the values with <paramref name="inFirst"/> set (x) against the others (y).</summary>
    /// <exception cref="ArgumentException">Lengths differ, a value is not finite, or either group is empty.</exception>
    public static MannWhitneyResult Test(ReadOnlySpan<double> values, ReadOnlySpan<bool> inFirst)
    {
        int n = values.Length;
        if (inFirst.Length != n)
        {
            throw new ArgumentException($"{n} values but {inFirst.Length} group flags.", nameof(inFirst));
        }

        int n1 = 0;
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"Value {i} is not finite ({values[i]}).", nameof(values));
            }

            n1 += inFirst[i] ? 1 : 0;
        }

        int n2 = n - n1;
        if (n1 == 0 || n2 == 0)
        {
            throw new ArgumentException($"Both groups need values (first {n1}, second {n2}).", nameof(inFirst));
        }

        // Ranks are multiples of ½, so their sum is exact in any order.
        var ranks = new double[n];
        double tieTerm = Ranks.AverageWithTies(values, ranks);
        double rankSum = 0;
        for (int i = 0; i < n; i++)
        {
            rankSum += inFirst[i] ? ranks[i] : 0;
        }

        double w = rankSum - (n1 * (n1 + 1.0) / 2.0);
        double centred = w - (n1 * (double)n2 / 2.0);
        double sigma = Math.Sqrt(n1 * (double)n2 / 12.0 * ((n + 1.0) - (tieTerm / (n * (n - 1.0)))));
        double z = (centred - (Math.Sign(centred) * 0.5)) / sigma;
        double p = double.IsNaN(z) ? double.NaN : NormalTail.TwoSided(z);
        return new MannWhitneyResult(w, z, p);
    }
}
