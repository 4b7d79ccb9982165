namespace Radiomics.Analysis.Models.Internal;

/// <summary>
/// A smooth loss of the linear predictor η, scaled per observation (the −(1/n)·log-likelihood that glmnet minimises),
/// with what coordinate descent and the Newton polish need from it.
/// </summary>
internal interface IPenalisedLoss
{
    int Rows { get; }

    /// <summary>Whether the model has an unpenalised intercept (logistic: yes; Cox: no).</summary>
    bool HasIntercept { get; }

    /// <summary>The loss at the null model (no predictors; for the logistic loss, the intercept at its optimum).</summary>
    double NullLoss { get; }

    /// <summary>The loss of the saturated model (0 for a binary outcome; −(1/n)·Σ d log d over death times for Cox).</summary>
    double SaturatedLoss { get; }

    /// <summary>The intercept of the null model (0 when there is none).</summary>
    double NullIntercept { get; }

    /// <summary>−(1/n)·log-likelihood at <paramref name="eta"/>.</summary>
    double Loss(ReadOnlySpan<double> eta);

    /// <summary>
    /// The quadratic approximation at <paramref name="eta"/>: <paramref name="residual"/>[i] = −∂loss/∂η_i and
    /// <paramref name="weight"/>[i] = ∂²loss/∂η_i² (the diagonal, as glmnet uses for its coordinate descent).
    /// </summary>
    void Quadratise(ReadOnlySpan<double> eta, Span<double> residual, Span<double> weight);

    /// <summary>
    /// The Hessian of the loss with respect to the coefficients of <paramref name="columns"/> (preceded by the intercept
    /// when <see cref="HasIntercept"/>), row-major into <paramref name="hessian"/> (size m², m = columns + intercept).
    /// </summary>
    void CoefficientHessian(ReadOnlySpan<double> eta, IReadOnlyList<ReadOnlyMemory<double>> columns, Span<double> hessian);
}
