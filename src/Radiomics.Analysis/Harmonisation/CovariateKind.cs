namespace Radiomics.Analysis.Harmonisation;

/// <summary>How a covariate enters ComBat's design matrix.</summary>
public enum CovariateKind
{
    /// <summary>One column holding the value (R: a numeric column in <c>model.matrix</c>).</summary>
    Numeric,

    /// <summary>Treatment (dummy) coding: one 0/1 column per level but the first (R: a factor in <c>model.matrix</c>).</summary>
    Categorical,
}
