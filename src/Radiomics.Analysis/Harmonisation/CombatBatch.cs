namespace Radiomics.Analysis.Harmonisation;

/// <summary>
/// What ComBat learned for one batch, per harmonised feature (arrays aligned with <see cref="CombatModel.Features"/>)
/// and per batch (the priors). Names follow sva's <c>ComBat</c> code.
/// </summary>
/// <param name="Name">The batch level.</param>
/// <param name="SampleCount">Its number of samples in the fitting table.</param>
/// <param name="GammaHat">γ̂: the batch's mean of the standardised data (relative to the reference batch when there is one).</param>
/// <param name="DeltaHat">δ̂: the batch's variance (divisor n - 1) of the standardised data; 1 with mean-only.</param>
/// <param name="GammaBar">γ̄: the mean of <paramref name="GammaHat"/> over features (the location prior's mean).</param>
/// <param name="Tau2">τ²: the variance of <paramref name="GammaHat"/> over features (the location prior's variance).</param>
/// <param name="APrior">The inverse-gamma scale prior's shape, (2 s² + m²)/s² for δ̂'s mean m and variance s² (NaN or ∞ with mean-only, unused).</param>
/// <param name="BPrior">The inverse-gamma scale prior's rate, (m s² + m³)/s².</param>
/// <param name="GammaStar">γ*: the empirical Bayes location adjustment (0 for the reference batch).</param>
/// <param name="DeltaStar">δ*: the empirical Bayes scale adjustment (1 for the reference batch and with mean-only).</param>
public sealed record CombatBatch(
    string Name, int SampleCount, double[] GammaHat, double[] DeltaHat, double GammaBar, double Tau2, double APrior, double BPrior,
    double[] GammaStar, double[] DeltaStar);
