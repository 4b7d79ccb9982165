namespace Radiomics.Analysis.Models;

/// <summary>
/// The penalised fits along the λ path on all training rows (glmnet's <c>glmnet()</c> object): for each λ the
/// intercept and coefficients on the original scale, the number of non-zero coefficients (<c>df</c>) and the fraction
/// of deviance explained (<c>dev.ratio</c>). Path solutions are coordinate-descent solutions at the settings'
/// tolerance (not polished).
/// </summary>
/// <param name="Features">The predictor names, in coefficient order.</param>
/// <param name="Lambda">The λ values (decreasing).</param>
/// <param name="Intercept">The intercept at each λ (0 for Cox).</param>
/// <param name="Coefficients">Coefficients[l][j]: feature j's coefficient at λ l, original scale.</param>
/// <param name="NonZero">The non-zero count at each λ.</param>
/// <param name="DevianceRatio">The fraction of (null − saturated) deviance explained at each λ.</param>
public sealed record RegularisationPath(
    IReadOnlyList<string> Features,
    IReadOnlyList<double> Lambda,
    IReadOnlyList<double> Intercept,
    IReadOnlyList<IReadOnlyList<double>> Coefficients,
    IReadOnlyList<int> NonZero,
    IReadOnlyList<double> DevianceRatio);
