namespace Radiomics.Analysis.Models;

/// <summary>
/// The cross-validation curve over the λ path, as <c>cv.glmnet</c> reports it: for each λ the mean cross-validated
/// deviance (<c>cvm</c>), its standard error (<c>cvsd</c>) and the number of non-zero coefficients of the full-data fit
/// (<c>nzero</c>), with the chosen <c>lambda.min</c> and <c>lambda.1se</c> (indices 0-based).
/// </summary>
/// <param name="Measure">What <see cref="Mean"/> measures, named as cv.glmnet names it.</param>
/// <param name="FoldCount">The number of folds K.</param>
/// <param name="Folds">How the folds were made (the fold column, or the seed and generator).</param>
/// <param name="Grouped">Whether the deviance was averaged per fold first (cv.glmnet's <c>grouped = TRUE</c>).</param>
/// <param name="Lambda">The λ path (decreasing).</param>
/// <param name="Mean">The mean cross-validated deviance at each λ.</param>
/// <param name="StandardError">Its standard error at each λ.</param>
/// <param name="NonZero">The number of non-zero coefficients of the full-data fit at each λ.</param>
/// <param name="IndexMin">The index of <c>lambda.min</c>.</param>
/// <param name="IndexOneSe">The index of <c>lambda.1se</c>.</param>
public sealed record CrossValidationCurve(
    string Measure,
    int FoldCount,
    string Folds,
    bool Grouped,
    IReadOnlyList<double> Lambda,
    IReadOnlyList<double> Mean,
    IReadOnlyList<double> StandardError,
    IReadOnlyList<int> NonZero,
    int IndexMin,
    int IndexOneSe)
{
    /// <summary>cv.glmnet's <c>lambda.min</c>.</summary>
    public double LambdaMin => Lambda[IndexMin];

    /// <summary>cv.glmnet's <c>lambda.1se</c>.</summary>
    public double LambdaOneSe => Lambda[IndexOneSe];
}
