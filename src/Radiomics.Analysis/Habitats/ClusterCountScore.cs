namespace Radiomics.Analysis.Habitats;

/// <summary>How one candidate number of habitats scored.</summary>
/// <param name="ClusterCount">k.</param>
/// <param name="Silhouette">The mean silhouette width (on the sample when the input is large); NaN when not computed.</param>
/// <param name="Bic">The mixture's BIC in mclust's sign; NaN for k-means.</param>
/// <param name="Inertia">k-means' within-cluster sum of squares; NaN for a mixture.</param>
/// <param name="Failure">Why the fit failed (a singular component, an empty cluster), or null.</param>
public sealed record ClusterCountScore(int ClusterCount, double Silhouette, double Bic, double Inertia, string? Failure);
