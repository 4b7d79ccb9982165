namespace Radiomics.Analysis.Models;

/// <summary>
/// The elastic-net penalty and its solver (glmnet 4.1): minimise −(1/n)·log-likelihood + λ·[(1 − α)/2·‖β‖² + α·‖β‖₁]
/// over coefficients of columns standardised with the 1/n standard deviation (intercept unpenalised), over a path of λ
/// from λ_max down, warm-started. Immutable; <see cref="Validate"/> once before use.
/// </summary>
public sealed record PenaltySettings
{
    /// <summary>The elastic-net mixing α in [0, 1]: 1 = lasso (the default), 0 = ridge.</summary>
    public double Alpha { get; init; } = 1;

    /// <summary>How the final λ is chosen (default <see cref="LambdaRule.OneStandardError"/>, cv.glmnet's default for prediction).</summary>
    public LambdaRule Rule { get; init; } = LambdaRule.OneStandardError;

    /// <summary>The λ of the final model when <see cref="Rule"/> is <see cref="LambdaRule.Fixed"/>.</summary>
    public double? Lambda { get; init; }

    /// <summary>The number of λ values on the path (glmnet's <c>nlambda</c>, default 100).</summary>
    public int LambdaCount { get; init; } = 100;

    /// <summary>
    /// λ_min/λ_max of the path (glmnet's <c>lambda.min.ratio</c>); null = glmnet's default, 0.01 when there are fewer
    /// rows than features and 1e-4 otherwise.
    /// </summary>
    public double? LambdaMinRatio { get; init; }

    /// <summary>A user path of λ values (strictly decreasing, positive) instead of the computed one; no early stop then.</summary>
    public IReadOnlyList<double>? Lambdas { get; init; }

    /// <summary>Standardise the columns (1/n SD) before penalising (glmnet's <c>standardize</c>, default true).</summary>
    public bool Standardise { get; init; } = true;

    /// <summary>
    /// Coordinate-descent convergence along the path and in cross-validation (glmnet's <c>thresh</c>: a pass stops when
    /// no coordinate moved the objective by more than this fraction of the null deviance). Default 1e-7, glmnet's own, so
    /// the path and the cross-validation curve are glmnet's (cv.glmnet's curve is reproduced to ~1e-8 relative); the final
    /// model's coefficients are polished to the exact minimiser whatever this is.
    /// </summary>
    public double Tolerance { get; init; } = 1e-7;

    /// <summary>The most coordinate-descent passes over the strong or active set for one path (default 10,000,000).</summary>
    public long MaxPasses { get; init; } = 10_000_000;

    /// <summary>Checks every value; throws <see cref="ModelException"/> naming the setting.</summary>
    public void Validate()
    {
        if (!(Alpha >= 0 && Alpha <= 1))
        {
            throw new ModelException($"Penalty alpha must be in [0, 1]; got {Alpha}.");
        }

        if (Rule == LambdaRule.Fixed && !(Lambda is > 0 && double.IsFinite(Lambda.Value)))
        {
            throw new ModelException("Penalty rule 'fixed' needs a positive, finite lambda.");
        }

        if (Rule != LambdaRule.Fixed && Lambda is not null)
        {
            throw new ModelException($"Penalty lambda is only used with rule 'fixed' (the rule is '{Rule}').");
        }

        if (LambdaCount < 3)
        {
            throw new ModelException($"Penalty lambda count must be at least 3; got {LambdaCount}.");
        }

        if (LambdaMinRatio is { } ratio && !(ratio > 0 && ratio < 1))
        {
            throw new ModelException($"Penalty lambda min ratio must be in (0, 1); got {ratio}.");
        }

        if (Lambdas is { } path)
        {
            if (path.Count == 0 || path.Any(l => !(l > 0 && double.IsFinite(l))) || path.Zip(path.Skip(1)).Any(p => p.Second >= p.First))
            {
                throw new ModelException("Penalty lambdas must be positive, finite and strictly decreasing.");
            }
        }

        if (!(Tolerance > 0 && Tolerance < 1e-3))
        {
            throw new ModelException($"Penalty tolerance must be in (0, 1e-3); got {Tolerance}.");
        }

        if (MaxPasses < 1)
        {
            throw new ModelException($"Penalty max passes must be positive; got {MaxPasses}.");
        }
    }
}
