namespace Radiomics.Analysis.Habitats;

/// <summary>
/// Settings of a habitat clustering: the algorithm, the number of habitats (fixed, or chosen in a range by a criterion),
/// the scaling, and the seeds. Defaults: k-means, k from 2 to 8 by silhouette on a sample of 4,000 voxels, z-scored
/// features, 3 k-means++ starts, scikit-learn's iteration cap and tolerance.
/// </summary>
public sealed record HabitatClusteringOptions
{
    /// <summary>The clustering algorithm (default k-means).</summary>
    public HabitatAlgorithm Algorithm { get; init; } = HabitatAlgorithm.KMeans;

    /// <summary>A fixed number of habitats; null to choose one in <see cref="MinimumClusters"/>..<see cref="MaximumClusters"/>.</summary>
    public int? ClusterCount { get; init; }

    /// <summary>The smallest k tried (≥ 2 for the silhouette, ≥ 1 for BIC).</summary>
    public int MinimumClusters { get; init; } = 2;

    /// <summary>The largest k tried (inclusive).</summary>
    public int MaximumClusters { get; init; } = 8;

    /// <summary>How the number of habitats is chosen in [<see cref="MinimumClusters"/>, <see cref="MaximumClusters"/>] when <see cref="ClusterCount"/> is null (default: silhouette).</summary>
    public ClusterCountCriterion Criterion { get; init; } = ClusterCountCriterion.Silhouette;

    /// <summary>
    /// The silhouette is exact up to this many rows; above, it is computed on this many rows drawn with
    /// <see cref="Seed"/> (the same rows for every k).
    /// </summary>
    public int SilhouetteSampleSize { get; init; } = 4000;

    /// <summary>How the voxel features are scaled before clustering (default: z-scores over the training voxels).</summary>
    public FeatureScaling Scaling { get; init; } = FeatureScaling.ZScore;

    /// <summary>k-means++ starts per fit (the lowest inertia kept).</summary>
    public int Starts { get; init; } = 3;

    /// <summary>The most k-means passes or EM iterations per fit.</summary>
    public int MaxIterations { get; init; } = 300;

    /// <summary>k-means: scikit-learn's centre-shift tolerance (<see cref="KMeansOptions.Tolerance"/>; 0 runs until no voxel moves).</summary>
    public double KMeansTolerance { get; init; } = 1e-4;

    /// <summary>Gaussian mixture: the EM tolerance (<see cref="GaussianMixtureOptions.Tolerance"/>).</summary>
    public double MixtureTolerance { get; init; } = 1e-8;

    /// <summary>Gaussian mixture: added to the covariances' diagonal (<see cref="GaussianMixtureOptions.CovarianceRegularisation"/>).</summary>
    public double CovarianceRegularisation { get; init; } = 1e-6;

    /// <summary>The seed of every random choice (starts, silhouette sample); every k uses it.</summary>
    public ulong Seed { get; init; }

    /// <summary>The k values to try, in ascending order.</summary>
    public IReadOnlyList<int> CandidateCounts() =>
        ClusterCount is { } k ? [k] : [.. Enumerable.Range(MinimumClusters, Math.Max(0, MaximumClusters - MinimumClusters + 1))];

    /// <summary>Throws a <see cref="HabitatException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (ClusterCount is { } k && k < 1)
        {
            throw new HabitatException($"habitats: the number of habitats must be ≥ 1, not {k}.");
        }

        if (ClusterCount is null)
        {
            int lowest = Criterion == ClusterCountCriterion.Silhouette ? 2 : 1;
            if (MinimumClusters < lowest || MaximumClusters < MinimumClusters)
            {
                throw new HabitatException($"habitats: the range {MinimumClusters}..{MaximumClusters} is invalid (it must start at {lowest} or more and not be empty).");
            }

            if (Criterion == ClusterCountCriterion.Bic && Algorithm != HabitatAlgorithm.GaussianMixture)
            {
                throw new HabitatException("habitats: BIC chooses the number of habitats only for Gaussian mixtures; use the silhouette for k-means.");
            }
        }

        if (Starts < 1 || MaxIterations < 1 || SilhouetteSampleSize < 2)
        {
            throw new HabitatException($"habitats: Starts ({Starts}) and MaxIterations ({MaxIterations}) must be ≥ 1 and SilhouetteSampleSize ({SilhouetteSampleSize}) ≥ 2.");
        }
    }
}
