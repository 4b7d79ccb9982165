namespace Radiomics.Analysis.Delta;

/// <summary>How the change of a feature between time points is expressed.</summary>
public enum DeltaMode
{
    /// <summary>f(t) − f(baseline), one row per subject and non-baseline time point.</summary>
    Difference,

    /// <summary>(f(t) − f(baseline)) / f(baseline), one row per subject and non-baseline time point; NaN (with a warning) when |f(baseline)| is below <see cref="DeltaOptions.RelativeGuard"/>.</summary>
    Relative,

    /// <summary>The ordinary least-squares slope of f against the numeric time over all of a subject's time points, Σ(t − t̄)(f − f̄) / Σ(t − t̄)², one row per subject.</summary>
    Slope,
}
