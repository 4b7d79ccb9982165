using Radiomics.Analysis.Habitats;

namespace Radiomics.Analysis.Tests.Habitats;

/// <summary>Silhouette widths against cluster::silhouette on the k = 3 k-means labels (habitat-table fixture).</summary>
public class SilhouetteTests
{
    [Fact]
    public void Exact_MatchesClusterSilhouette()
    {
        VoxelFeatureMatrix data = HabitatFixtures.ZScoredFeatures();
        var csv = FixtureCsv.Read($"{HabitatFixtures.Table}/silhouette_r.csv");
        int[] clusters = csv.Numbers("cluster").Select(v => (int)v - 1).ToArray();
        int[] neighbours = csv.Numbers("neighbor").Select(v => (int)v - 1).ToArray();
        double[] widths = csv.Numbers("sil_width");
        SilhouetteResult result = Silhouette.Compute(data, clusters);
        for (int i = 0; i < widths.Length; i++)
        {
            Assert.True(Math.Abs(result.Widths[i] - widths[i]) <= 1e-8, $"row {i}: {result.Widths[i]} vs {widths[i]}");
        }

        Assert.Equal(neighbours, result.Neighbours);
        double mean = HabitatFixtures.Json($"{HabitatFixtures.Table}/kmeans_r.json").GetProperty("k3").GetProperty("mean_silhouette").GetDouble();
        Assert.True(Math.Abs(result.Mean - mean) <= 1e-8, $"mean {result.Mean} vs {mean}");
    }

    [Fact]
    public void OnSample_IsSeededAndCloseToExact()
    {
        VoxelFeatureMatrix data = HabitatFixtures.ZScoredFeatures();
        int[] labels = KMeans.Fit(data, KMeansTests.GivenStart(3)).Labels;
        SilhouetteResult a = Silhouette.OnSample(data, labels, 1000, 7);
        SilhouetteResult b = Silhouette.OnSample(data, labels, 1000, 7);
        Assert.Equal(a.Rows, b.Rows);
        Assert.Equal(a.Mean, b.Mean);
        Assert.Equal(1000, a.Rows.Distinct().Count());
        Assert.True(Math.Abs(a.Mean - Silhouette.Compute(data, labels).Mean) < 0.05);
    }

    [Fact]
    public void SingleCluster_MeanIsNaN()
    {
        var data = VoxelFeatureMatrix.FromRows([[1.0], [2.0], [3.0]]);
        Assert.True(double.IsNaN(Silhouette.Compute(data, [0, 0, 0]).Mean));
    }

    [Fact]
    public void Singleton_WidthIsZero()
    {
        var data = VoxelFeatureMatrix.FromRows([[0.0], [0.1], [5.0]]);
        SilhouetteResult result = Silhouette.Compute(data, [0, 0, 1]);
        Assert.Equal(0.0, result.Widths[2]);
        Assert.True(result.Widths[0] > 0.9);
    }
}
