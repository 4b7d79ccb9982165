namespace Radiomics.Analysis.Validation;

/// <summary>
/// A Kaplan–Meier (product-limit) survival curve, one entry per distinct observed time (event or censoring), in
/// increasing time order: the columns of <c>summary(survival::survfit(Surv(time, event) ~ 1), censored = TRUE)</c>.
/// </summary>
/// <param name="Time">The distinct times, increasing.</param>
/// <param name="AtRisk">Subjects with time ≥ t (survfit's <c>n.risk</c>).</param>
/// <param name="Events">Events at t (<c>n.event</c>).</param>
/// <param name="Censored">Censorings at t (<c>n.censor</c>).</param>
/// <param name="Survival">Ŝ(t) = Π over event times u ≤ t of (1 − d_u/n_u) (<c>surv</c>).</param>
/// <param name="StandardError">
/// survfit's <c>std.err</c>: the Greenwood standard error of −log Ŝ(t), √Σ d_u/(n_u(n_u − d_u)); +∞ once Ŝ is 0.
/// </param>
/// <param name="Lower">The lower confidence limit, conf.type = "log": exp(log Ŝ − z·se); NaN once Ŝ is 0.</param>
/// <param name="Upper">The upper limit, min(1, exp(log Ŝ + z·se)); NaN once Ŝ is 0.</param>
/// <param name="ConfidenceLevel">The limits' level (survfit's <c>conf.int</c>, 0.95 by default).</param>
/// <param name="Median">
/// The median survival time, as survival's <c>median.survfit</c>: the first time Ŝ ≤ ½ (within √ε); when Ŝ is ½ there and
/// drops again at a later event time t₂, the midpoint (t₁ + t₂)/2; NaN when Ŝ never reaches ½.
/// </param>
public sealed record KaplanMeierCurve(
    IReadOnlyList<double> Time,
    IReadOnlyList<int> AtRisk,
    IReadOnlyList<int> Events,
    IReadOnlyList<int> Censored,
    IReadOnlyList<double> Survival,
    IReadOnlyList<double> StandardError,
    IReadOnlyList<double> Lower,
    IReadOnlyList<double> Upper,
    double ConfidenceLevel,
    double Median)
{
    /// <summary>The number of subjects.</summary>
    public int Subjects => AtRisk.Count == 0 ? 0 : AtRisk[0];

    /// <summary>Ŝ at time <paramref name="t"/> (a right-continuous step function; 1 before the first time).</summary>
    public double SurvivalAt(double t)
    {
        double s = 1;
        for (int k = 0; k < Time.Count && Time[k] <= t; k++)
        {
            s = Survival[k];
        }

        return s;
    }
}
