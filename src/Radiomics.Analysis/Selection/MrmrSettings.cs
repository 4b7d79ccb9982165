namespace Radiomics.Analysis.Selection;

/// <summary>
/// Minimum-redundancy maximum-relevance selection with the MID criterion (Peng, Long &amp; Ding 2005), as the pinned
/// reference <c>tests/data/analysis/selection/mrmr_reference.py</c> computes it: first the feature with the highest
/// relevance I(f; y), then repeatedly the candidate maximising I(f; y) − mean over the chosen s of I(f; s), until
/// <see cref="Top"/> are chosen. Mutual information is the Gaussian estimate from Pearson's correlation,
/// I = −½·log(1 − ρ²) with ρ² capped at 0.999999 (mRMRe's estimator); the outcome is used as a number (a binary
/// outcome as 0/1, i.e. the point-biserial correlation). Exactly equal scores go to the earlier feature.
/// </summary>
/// <remarks>
/// Needs a binary or numeric outcome column (<see cref="SelectionOutcome.ForColumn"/>); survival outcomes are not
/// supported. The kept features come out in the order chosen. A feature with no variance has ρ = 0 (no information).
/// </remarks>
public sealed record MrmrSettings : SelectionStep
{
    /// <summary>How many features to keep (≥ 1; all of them when fewer remain).</summary>
    public required int Top { get; init; }

    /// <inheritdoc/>
    public override SelectionMethod Method => SelectionMethod.Mrmr;

    /// <inheritdoc/>
    public override bool UsesOutcome => true;

    /// <inheritdoc/>
    public override void Validate()
    {
        if (Top < 1)
        {
            throw new SelectionException($"--top: must be at least 1, got {Top}");
        }
    }
}
