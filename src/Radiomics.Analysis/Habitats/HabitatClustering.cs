using Radiomics.Analysis.Common;

namespace Radiomics.Analysis.Habitats;

/// <summary>
/// Clusters feature vectors into habitats, trying every k of a range and keeping the best by the silhouette or BIC
/// (the one-step habitat scheme per patient, and the population step of <see cref="TwoStepHabitats"/>).
/// </summary>
/// <remarks>
/// Every candidate k is fitted with the same seed; the silhouette of every k is computed on the same seeded sample of
/// rows when the input has more than <see cref="HabitatClusteringOptions.SilhouetteSampleSize"/> rows (exact
/// otherwise). A candidate whose fit fails is reported in the scores and warnings and skipped; if all fail the last
/// failure is thrown.
/// </remarks>
public static class HabitatClustering
{
    /// <summary>The habitats of the rows of <paramref name="features"/>.</summary>
    /// <exception cref="HabitatException">Invalid options, too few rows, non-finite values, or every candidate failing.</exception>
    public static HabitatClusteringResult Cluster(VoxelFeatureMatrix features, HabitatClusteringOptions options, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        features.RequireFinite("habitats");
        ParallelOptions threads = ParallelDefaults.OrDefault(parallel);
        ZScoreScaling? scaling = options.Scaling == FeatureScaling.ZScore ? ZScoreScaling.Fit(features) : null;
        VoxelFeatureMatrix data = scaling?.Apply(features) ?? features;
        IReadOnlyList<int> candidates = options.CandidateCounts().Where(k => k <= data.Rows).ToArray();
        if (candidates.Count == 0)
        {
            throw new HabitatException($"habitats: {data.Rows} voxels cannot form {options.CandidateCounts()[0]} or more habitats.");
        }

        bool score = candidates.Count > 1;
        int[]? sample = score && options.Criterion == ClusterCountCriterion.Silhouette && data.Rows > options.SilhouetteSampleSize
            ? new SeededRandom(options.Seed).Sample(data.Rows, options.SilhouetteSampleSize)
            : null;
        var scores = new List<ClusterCountScore>();
        var warnings = new List<string>();
        Fit? best = null;
        double bestScore = double.NegativeInfinity;
        HabitatException? lastFailure = null;
        foreach (int k in candidates)
        {
            Fit fit;
            try
            {
                fit = FitOne(data, k, options, threads);
            }
            catch (HabitatException failure)
            {
                lastFailure = failure;
                scores.Add(new ClusterCountScore(k, double.NaN, double.NaN, double.NaN, failure.Message));
                warnings.Add($"k = {k} skipped: {failure.Message}");
                continue;
            }

            double silhouette = score && options.Criterion == ClusterCountCriterion.Silhouette
                ? Silhouette.Among(data, fit.Labels, sample ?? [.. Enumerable.Range(0, data.Rows)], threads).Mean
                : double.NaN;
            double bic = fit.Mixture?.Bic ?? double.NaN;
            scores.Add(new ClusterCountScore(k, silhouette, bic, fit.KMeans?.Inertia ?? double.NaN, null));
            double value = !score ? 0 : options.Criterion == ClusterCountCriterion.Silhouette ? silhouette : bic;
            value = double.IsNaN(value) ? double.NegativeInfinity : value;
            if (best is null || value > bestScore)
            {
                best = fit;
                bestScore = value;
            }
        }

        if (best is null)
        {
            throw lastFailure!;
        }

        return new HabitatClusteringResult(best.ClusterCount, best.Labels, scores, best.KMeans, best.Mixture, scaling, warnings);
    }

    private static Fit FitOne(VoxelFeatureMatrix data, int k, HabitatClusteringOptions options, ParallelOptions threads)
    {
        if (options.Algorithm == HabitatAlgorithm.KMeans)
        {
            KMeansResult fit = KMeans.Fit(data, new KMeansOptions
            {
                ClusterCount = k,
                Starts = options.Starts,
                MaxIterations = options.MaxIterations,
                Tolerance = options.KMeansTolerance,
                Seed = options.Seed,
            }, threads);
            return new Fit(k, fit.Labels, fit, null);
        }

        GaussianMixtureResult mixture = GaussianMixture.Fit(data, new GaussianMixtureOptions
        {
            ComponentCount = k,
            MaxIterations = options.MaxIterations,
            Tolerance = options.MixtureTolerance,
            CovarianceRegularisation = options.CovarianceRegularisation,
            Seed = options.Seed,
        }, threads);
        return new Fit(k, mixture.Labels, null, mixture);
    }

    private sealed record Fit(int ClusterCount, int[] Labels, KMeansResult? KMeans, GaussianMixtureResult? Mixture);
}
