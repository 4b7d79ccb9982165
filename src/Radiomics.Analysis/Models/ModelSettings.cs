namespace Radiomics.Analysis.Models;

/// <summary>
/// Everything that defines a model before it sees data (the estimator's configuration): the learner, the outcome, the
/// predictors, the penalty (null = unpenalised) and its λ choice, the ties rule for Cox, and the cross-validation split.
/// Immutable; <see cref="Validate"/> once (the trainer does).
/// </summary>
public sealed record ModelSettings
{
    /// <summary>The learner to fit: logistic regression or Cox proportional hazards.</summary>
    public required Learner Learner { get; init; }

    /// <summary>The outcome columns (a binary label, or a time and an event), never used as predictors.</summary>
    public required ModelOutcome Outcome { get; init; }

    /// <summary>The predictor features, in this order; null = every feature of the table except the outcome and fold columns.</summary>
    public IReadOnlyList<string>? Features { get; init; }

    /// <summary>The elastic-net penalty; null fits the unpenalised model (<c>glm</c> or <c>coxph</c>).</summary>
    public PenaltySettings? Penalty { get; init; } = new();

    /// <summary>
    /// Cox ties. Null = <see cref="CoxTies.Breslow"/> for the penalised model (the only one glmnet offers) and
    /// <see cref="CoxTies.Efron"/> for the unpenalised one (coxph's default).
    /// </summary>
    public CoxTies? Ties { get; init; }

    /// <summary>The cross-validation split (used when the penalty's rule needs cross-validation).</summary>
    public CrossValidationSettings CrossValidation { get; init; } = new();

    /// <summary>
    /// Newton–Raphson convergence for the unpenalised fits, survival::coxph's rule: stop when |1 − ℓ_old/ℓ_new| ≤ this
    /// (coxph's <c>eps</c>, default 1e-9); the logistic fit uses the same rule on its log-likelihood.
    /// </summary>
    public double NewtonEpsilon { get; init; } = 1e-9;

    /// <summary>The most Newton–Raphson iterations of an unpenalised fit (coxph's <c>iter.max</c>, default 20; 25 is glm's).</summary>
    public int NewtonMaxIterations { get; init; } = 20;

    /// <summary>The Cox ties rule in effect.</summary>
    public CoxTies EffectiveTies => Ties ?? (Penalty is null ? CoxTies.Efron : CoxTies.Breslow);

    /// <summary>Checks the settings; throws <see cref="ModelException"/> naming the setting.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Outcome);
        if (Learner == Learner.Logistic && string.IsNullOrEmpty(Outcome.Label))
        {
            throw new ModelException("A logistic model needs the outcome label column.");
        }

        if (Learner == Learner.Cox && (string.IsNullOrEmpty(Outcome.Time) || string.IsNullOrEmpty(Outcome.Event)))
        {
            throw new ModelException("A Cox model needs the outcome time and event columns.");
        }

        if (Learner == Learner.Cox && Penalty is not null && Ties == CoxTies.Efron)
        {
            throw new ModelException("The penalised Cox model supports Breslow ties only (as glmnet 4.1); use ties 'breslow' or no penalty.");
        }

        if (Learner == Learner.Logistic && Ties is not null)
        {
            throw new ModelException("Ties apply to Cox models only.");
        }

        if (Features is { } features && features.Distinct(StringComparer.Ordinal).Count() != features.Count)
        {
            throw new ModelException("The feature list names a feature twice.");
        }

        if (!(NewtonEpsilon > 0 && NewtonEpsilon < 1e-3))
        {
            throw new ModelException($"Newton epsilon must be in (0, 1e-3); got {NewtonEpsilon}.");
        }

        if (NewtonMaxIterations < 1)
        {
            throw new ModelException($"Newton max iterations must be positive; got {NewtonMaxIterations}.");
        }

        Penalty?.Validate();
        CrossValidation.Validate();
    }
}
