namespace Radiomics.Analysis.Habitats;

/// <summary>
/// The habitats of one set of feature vectors: the chosen number, every row's habitat (0-based), the fit behind it,
/// each candidate's score, and warnings (failed candidates).
/// </summary>
public sealed record HabitatClusteringResult(
    int ClusterCount,
    int[] Labels,
    IReadOnlyList<ClusterCountScore> Scores,
    KMeansResult? KMeans,
    GaussianMixtureResult? Mixture,
    ZScoreScaling? Scaling,
    IReadOnlyList<string> Warnings);
