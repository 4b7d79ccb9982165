namespace Radiomics.Analysis.Statistics;

/// <summary>
/// The Mann–Whitney U (Wilcoxon rank-sum) test of one sample against another, normal approximation with tie and
/// continuity corrections: R's <c>wilcox.test(x, y, exact = FALSE, correct = TRUE)</c>.
/// </summary>
/// <param name="W">R's statistic W: the rank sum of the first sample less n₁(n₁ + 1)/2 (ranks of the pooled sample, ties averaged).</param>
/// <param name="Z">The continuity-corrected z: (W − n₁n₂/2 − sign(W − n₁n₂/2)·½) / σ; NaN when σ = 0.</param>
/// <param name="PValue">The two-sided p-value 2·Φ(−|z|); NaN when every value is tied (σ = 0), as R gives.</param>
public sealed record MannWhitneyResult(double W, double Z, double PValue);
