namespace Radiomics.Analysis.Validation;

/// <summary>Which way a survival score points for the concordance index.</summary>
public enum RiskDirection
{
    /// <summary>
    /// A higher score means a higher risk (shorter survival), as a Cox linear predictor: survival's
    /// <c>concordance(Surv(time, status) ~ score, reverse = TRUE)</c>. The default.
    /// </summary>
    HigherScoreHigherRisk,

    /// <summary>A higher score means longer survival: <c>concordance(..., reverse = FALSE)</c>.</summary>
    HigherScoreLongerSurvival,
}
