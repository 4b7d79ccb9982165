namespace Radiomics.Analysis.Harmonisation;

/// <summary>
/// One covariate column of ComBat's design matrix with its fitted coefficient for every harmonised feature (sva's
/// <c>B.hat</c> row): a numeric covariate's own column (<see cref="Level"/> null, named as the covariate) or the 0/1
/// indicator of one non-baseline level (named covariate + level, as R's <c>model.matrix</c> names it).
/// </summary>
public sealed record CombatDesignColumn(string Name, string Covariate, string? Level, double[] Coefficients);
