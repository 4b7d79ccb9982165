namespace Radiomics.Analysis.Harmonisation;

/// <summary>How ComBat shrinks the per-batch location and scale estimates (sva's <c>par.prior</c>).</summary>
public enum CombatPrior
{
    /// <summary>Parametric empirical Bayes: normal prior on the location, inverse-gamma on the scale, solved iteratively (<c>par.prior = TRUE</c>, the default).</summary>
    Parametric,

    /// <summary>Non-parametric empirical Bayes: the other features' estimates weighted by their likelihood (<c>par.prior = FALSE</c>).</summary>
    NonParametric,
}
