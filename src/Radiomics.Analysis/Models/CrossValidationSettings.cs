namespace Radiomics.Analysis.Models;

/// <summary>
/// How the rows are split for k-fold cross-validation (cv.glmnet's <c>nfolds</c> / <c>foldid</c>). Either a column of
/// the table names each row's fold (<see cref="FoldColumn"/>, like <c>foldid</c>), or the folds are drawn from
/// <see cref="Seed"/>: the vector 1, 2, …, K, 1, 2, … of length n shuffled by Fisher–Yates with the analysis layer's
/// xoshiro256** generator (cv.glmnet's <c>sample(rep(seq(nfolds), length = N))</c>, with our generator, not R's).
/// </summary>
public sealed record CrossValidationSettings
{
    /// <summary>The number of folds K when they are drawn (default 10, at least 3 as cv.glmnet requires).</summary>
    public int Folds { get; init; } = 10;

    /// <summary>The seed of the fold draw (default 1).</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>
    /// A non-feature column holding each row's fold label; the folds are its distinct values, numbered in ascending
    /// numeric order when all are numbers, else in ordinal text order. Overrides <see cref="Folds"/> and <see cref="Seed"/>.
    /// </summary>
    public string? FoldColumn { get; init; }

    /// <summary>Checks every value; throws <see cref="ModelException"/> naming the setting.</summary>
    public void Validate()
    {
        if (FoldColumn is null && Folds < 3)
        {
            throw new ModelException($"Cross-validation needs at least 3 folds; got {Folds}.");
        }
    }
}
