namespace Radiomics.Analysis.Habitats;

/// <summary>How the mixture's EM starts: always from a hard assignment of every voxel to one component, used as the first E-step.</summary>
public enum GaussianMixtureInitialisation
{
    /// <summary>
    /// The clusters of a seeded k-means (k-means++ starts, <see cref="GaussianMixtureOptions.Seed"/>). mclust starts from
    /// model-based hierarchical agglomeration instead; on well-separated data both reach the same optimum.
    /// </summary>
    KMeans,

    /// <summary>Each voxel to its nearest mean (Euclidean; the first among equals) in <see cref="GaussianMixtureOptions.InitialMeans"/>.</summary>
    GivenMeans,
}
