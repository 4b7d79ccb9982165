namespace Radiomics.Analysis.Habitats;

/// <summary>The clustering that turns feature vectors into habitats.</summary>
public enum HabitatAlgorithm
{
    /// <summary><see cref="Habitats.KMeans"/> (Lloyd, k-means++ starts).</summary>
    KMeans,

    /// <summary><see cref="Habitats.GaussianMixture"/> (full covariances, mclust "VVV"; habitats are the most probable components).</summary>
    GaussianMixture,
}
