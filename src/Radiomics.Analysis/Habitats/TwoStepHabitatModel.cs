namespace Radiomics.Analysis.Habitats;

/// <summary>
/// What the two-step scheme learns from a cohort, to give new patients the same habitats: the settings, the population
/// scaling of the supervoxel means and the population clusters (k-means centres or the mixture).
/// </summary>
public sealed record TwoStepHabitatModel(
    TwoStepHabitatOptions Options,
    int HabitatCount,
    ZScoreScaling? PopulationScaling,
    IReadOnlyList<double[]>? Centres,
    GaussianMixtureResult? Mixture)
{
    /// <summary>
    /// A patient's supervoxels (0-based, per voxel) and habitats (0-based, per voxel): the patient's own supervoxel
    /// k-means, then each supervoxel's mean to the population habitat (nearest centre, or most probable component).
    /// </summary>
    public (int[] Supervoxels, int[] Habitats) Assign(VoxelFeatureMatrix patient, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ParallelOptions threads = ParallelDefaults.OrDefault(parallel);
        (int[] supervoxels, VoxelFeatureMatrix means, int[] present) = TwoStepHabitats.Supervoxels(patient, Options, threads, null);
        int[] meanHabitats = Classify(means, threads);
        var byIndex = new int[supervoxels.Length == 0 ? 0 : supervoxels.Max() + 1];
        for (int s = 0; s < present.Length; s++)
        {
            byIndex[present[s]] = meanHabitats[s];
        }

        return (supervoxels, [.. supervoxels.Select(s => byIndex[s])]);
    }

    /// <summary>The habitat of every supervoxel mean (rows of unscaled means).</summary>
    internal int[] Classify(VoxelFeatureMatrix means, ParallelOptions threads)
    {
        VoxelFeatureMatrix scaled = PopulationScaling?.Apply(means) ?? means;
        return Mixture is not null ? GaussianMixture.Predict(Mixture, scaled, threads) : KMeans.Predict(scaled, Centres!, threads);
    }
}
