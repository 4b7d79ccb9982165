namespace Radiomics.Analysis.Models;

/// <summary>How the penalty strength λ of the final model is chosen.</summary>
public enum LambdaRule
{
    /// <summary>A λ given in <see cref="PenaltySettings.Lambda"/>; no cross-validation.</summary>
    Fixed,

    /// <summary>cv.glmnet's <c>lambda.min</c>: the λ with the smallest mean cross-validated deviance (the largest such λ on ties).</summary>
    Minimum,

    /// <summary>
    /// cv.glmnet's <c>lambda.1se</c> (and the default of its <c>coef</c> and <c>predict</c>): the largest λ whose mean
    /// cross-validated deviance is within one standard error of the minimum.
    /// </summary>
    OneStandardError,
}
