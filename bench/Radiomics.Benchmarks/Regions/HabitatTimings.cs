using Radiomics.Analysis.Habitats;

namespace Radiomics.Benchmarks.Regions;

/// <summary>
/// `dotnet run -c Release --project bench/Radiomics.Benchmarks -- quick habitats`: Stopwatch medians of the habitat
/// clustering on a synthetic 125,256 × 10 voxel-feature matrix (<see cref="SyntheticVoxelFeatures"/>): the two-step
/// scheme for one patient (50 supervoxels, then k from 2 to 8 by silhouette), the one-step scheme (k from 2 to 8 by
/// silhouette on a 4,000-voxel sample) and its parts.
/// </summary>
public static class HabitatTimings
{
    public static void Run()
    {
        VoxelFeatureMatrix features = SyntheticVoxelFeatures.Create();
        VoxelFeatureMatrix scaled = ZScoreScaling.Fit(features).Apply(features);
        var twoStep = new TwoStepHabitatOptions();
        var oneStep = new HabitatClusteringOptions();
        TwoStepHabitatResult fit = TwoStepHabitats.Fit([features], twoStep);
        Console.WriteLine($"two-step: {fit.Model.HabitatCount} habitats; one-step: {HabitatClustering.Cluster(features, oneStep).ClusterCount} habitats");
        QuickTimings.Report("two-step habitats, 125k × 10, 50 supervoxels, k 2–8", () => TwoStepHabitats.Fit([features], twoStep), 5);
        QuickTimings.Report("one-step habitats, 125k × 10, k 2–8 (3 starts each)", () => HabitatClustering.Cluster(features, oneStep), 5);
        QuickTimings.Report("k-means k = 50, 1 start (the supervoxels)", () => KMeans.Fit(scaled, new KMeansOptions { ClusterCount = 50, Tolerance = 1e-4 }), 5);
        QuickTimings.Report("k-means k = 8, 1 start", () => KMeans.Fit(scaled, new KMeansOptions { ClusterCount = 8, Tolerance = 1e-4 }), 5);
        int[] labels = KMeans.Fit(scaled, new KMeansOptions { ClusterCount = 4, Tolerance = 1e-4 }).Labels;
        QuickTimings.Report("silhouette on a 4,000-voxel sample", () => Silhouette.OnSample(scaled, labels, 4000, 0), 5);
        QuickTimings.Report("Gaussian mixture G = 4 (VVV, 10 features)", () => GaussianMixture.Fit(scaled, new GaussianMixtureOptions { ComponentCount = 4, CovarianceRegularisation = 1e-6 }), 3);
    }
}
