namespace Radiomics.Analysis.Statistics;

/// <summary>The score (log-rank) test of one covariate in a Cox model at β = 0 (<see cref="CoxScoreTest"/>).</summary>
/// <param name="Score">U = ∂ℓ/∂β at β = 0.</param>
/// <param name="Information">I = −∂²ℓ/∂β² at β = 0.</param>
/// <param name="Statistic">U²/I, χ² with one degree of freedom under the null; NaN when I = 0 (a covariate constant within every risk set).</param>
/// <param name="PValue">P(χ²₁ &gt; U²/I); NaN when the statistic is.</param>
public sealed record CoxScoreTestResult(double Score, double Information, double Statistic, double PValue);
