using Radiomics.Analysis.Selection.Internal;

namespace Radiomics.Analysis.Selection;

/// <summary>
/// The pairwise-correlation redundancy filter, exactly <c>caret::findCorrelation(cor(X, method), cutoff, exact = TRUE)</c>
/// (caret 6.0-93): columns are ordered by mean absolute correlation (decreasing, ties in column order); the pairs are
/// walked in that order and, for each pair of surviving features with |r| &gt; <see cref="Cutoff"/>, the earlier one is
/// dropped when the mean |r| of its row exceeds the mean |r| of the whole matrix without the later one's row (caret's
/// rule, both means over the surviving features only), otherwise the later one is dropped.
/// </summary>
/// <remarks>
/// A feature with no variance has no defined correlation; it is given r = 0 with every other feature (caret stops with
/// an error on the NA) — run <see cref="SelectionMethod.Variance"/> first to drop it explicitly.
/// </remarks>
public sealed record CorrelationFilterSettings : SelectionStep
{
    /// <summary>The |r| above which a pair is redundant, in (0, 1]; caret's default 0.9.</summary>
    public double Cutoff { get; init; } = 0.9;

    /// <summary>Pearson (default) or Spearman.</summary>
    public CorrelationMethod Correlation { get; init; } = CorrelationMethod.Pearson;

    /// <inheritdoc/>
    public override SelectionMethod Method => SelectionMethod.Correlation;

    /// <inheritdoc/>
    public override bool UsesOutcome => false;

    /// <inheritdoc/>
    public override void Validate() => CutoffRule.Check(Cutoff);
}
