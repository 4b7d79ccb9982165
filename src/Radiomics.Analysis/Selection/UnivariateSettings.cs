namespace Radiomics.Analysis.Selection;

/// <summary>
/// The univariate filter: one test per feature against the outcome, Benjamini–Hochberg adjustment over the features
/// entering the step (R's <c>p.adjust(p, "BH")</c>), and the features with adjusted p ≤ <see cref="Fdr"/> kept.
/// A binary outcome uses the two-sided Mann–Whitney U test with the normal approximation and tie and continuity
/// corrections (R's <c>wilcox.test(x ~ y, exact = FALSE, correct = TRUE)</c>); a survival outcome uses the Cox score
/// test with Efron ties (<c>summary(coxph(Surv(time, event) ~ x))$sctest</c>).
/// </summary>
/// <remarks>
/// A feature whose test is undefined (all values tied, so σ = 0; or zero Cox information) gets p = 1 (R gives NaN) and
/// is dropped unless <see cref="Fdr"/> = 1. The kept features stay in their incoming order.
/// </remarks>
public sealed record UnivariateSettings : SelectionStep
{
    /// <summary>The false discovery rate q, in (0, 1]; default 0.05.</summary>
    public double Fdr { get; init; } = 0.05;

    /// <inheritdoc/>
    public override SelectionMethod Method => SelectionMethod.Univariate;

    /// <inheritdoc/>
    public override bool UsesOutcome => true;

    /// <inheritdoc/>
    public override void Validate()
    {
        if (!(Fdr > 0 && Fdr <= 1))
        {
            throw new SelectionException($"--fdr: must be in (0, 1], got {Fdr}");
        }
    }
}
