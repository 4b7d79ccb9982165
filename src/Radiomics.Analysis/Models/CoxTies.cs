namespace Radiomics.Analysis.Models;

/// <summary>How the Cox partial likelihood treats deaths at the same time (<c>survival::coxph(ties = ...)</c>).</summary>
public enum CoxTies
{
    /// <summary>
    /// Breslow: every death at time t sees the whole risk set at t, and a subject censored at t is in that risk set
    /// (<c>ties = "breslow"</c>; the only choice for the penalised Cox model, as in glmnet).
    /// </summary>
    Breslow,

    /// <summary>Efron: the l-th of d tied deaths sees the risk set less l/d of the tied deaths' weight (<c>ties = "efron"</c>, coxph's default).</summary>
    Efron,
}
