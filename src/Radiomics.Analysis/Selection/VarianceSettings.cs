namespace Radiomics.Analysis.Selection;

/// <summary>
/// The near-zero-variance filter: a feature is dropped when its population variance (ddof = 0, divisor n) is at or
/// below <see cref="Threshold"/>; a feature whose every value is equal has variance exactly 0 (tested as max = min,
/// not through rounding). Matches scikit-learn's <c>VarianceThreshold(threshold)</c> (which keeps variance &gt;
/// threshold and also uses the peak-to-peak test for constants).
/// </summary>
/// <remarks>
/// Not caret's <c>nearZeroVar</c>: that test is frequency based (most common value ≥ 19× the second, and ≤ 10 % distinct
/// values), made for count-like and categorical predictors; radiomics features are continuous, where the useful test
/// is "(almost) constant". The variance is in the feature's own units, so a threshold above 0 should be used on
/// standardised or comparably scaled features.
/// </remarks>
public sealed record VarianceSettings : SelectionStep
{
    /// <summary>Drop features whose variance is ≤ this (≥ 0; default 0: only constant features).</summary>
    public double Threshold { get; init; }

    /// <inheritdoc/>
    public override SelectionMethod Method => SelectionMethod.Variance;

    /// <inheritdoc/>
    public override bool UsesOutcome => false;

    /// <inheritdoc/>
    public override void Validate()
    {
        if (!double.IsFinite(Threshold) || Threshold < 0)
        {
            throw new SelectionException($"--variance-threshold: must be a finite number ≥ 0, got {Threshold}");
        }
    }
}
