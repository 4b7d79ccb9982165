using Radiomics.Analysis.Selection.Internal;

namespace Radiomics.Analysis.Selection;

/// <summary>
/// The cluster filter: <c>hclust(as.dist(1 - abs(cor(X, method = "spearman"))), method = "average")</c> cut with
/// <c>cutree(h = 1 - cutoff)</c> (R's stats, including its order of merges when distances tie), and one representative
/// kept per cluster (<see cref="Representative"/>); the others are dropped.
/// </summary>
/// <remarks>
/// A feature with no variance has distance 1 to every other feature (ρ taken as 0). The representatives keep their
/// places in the incoming feature order; the dropped members are listed cluster by cluster (cutree's numbering: by
/// first member).
/// </remarks>
public sealed record ClusterSettings : SelectionStep
{
    /// <summary>The |ρ| that defines a cluster: the tree is cut at height 1 − cutoff; in (0, 1], default 0.9.</summary>
    public double Cutoff { get; init; } = 0.9;

    /// <summary>The member kept per cluster: the medoid (default) or the one most associated with the outcome.</summary>
    public ClusterRepresentative Representative { get; init; } = ClusterRepresentative.Medoid;

    /// <inheritdoc/>
    public override SelectionMethod Method => SelectionMethod.Cluster;

    /// <inheritdoc/>
    public override bool UsesOutcome => Representative == ClusterRepresentative.OutcomeAssociation;

    /// <inheritdoc/>
    public override void Validate() => CutoffRule.Check(Cutoff);
}
