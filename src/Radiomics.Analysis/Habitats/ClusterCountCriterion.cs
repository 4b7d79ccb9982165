namespace Radiomics.Analysis.Habitats;

/// <summary>How the number of habitats is chosen within a range.</summary>
public enum ClusterCountCriterion
{
    /// <summary>The largest mean silhouette width (<see cref="Silhouette"/>; on a seeded sample for large inputs); the smaller k among equals.</summary>
    Silhouette,

    /// <summary>The largest BIC in mclust's sign (2ℓ − parameters · ln n); Gaussian mixtures only; the smaller k among equals.</summary>
    Bic,
}
