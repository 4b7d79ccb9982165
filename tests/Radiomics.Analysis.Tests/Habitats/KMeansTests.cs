using System.Text.Json;
using Radiomics.Analysis.Habitats;

namespace Radiomics.Analysis.Tests.Habitats;

/// <summary>k-means against R's kmeans(algorithm = "Lloyd") from the same starting centres (habitat-table fixture).</summary>
public class KMeansTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Lloyd_FromRsCentres_MatchesRsKmeans(int k)
    {
        VoxelFeatureMatrix data = HabitatFixtures.ZScoredFeatures();
        KMeansResult fit = KMeans.Fit(data, GivenStart(k));
        JsonElement r = HabitatFixtures.Json($"{HabitatFixtures.Table}/kmeans_r.json").GetProperty($"k{k}");
        HabitatFixtures.Near(r.GetProperty("tot_withinss").GetDouble(), fit.Inertia, 1e-8, "tot.withinss");
        double[] within = HabitatFixtures.Doubles(r.GetProperty("withinss"));
        int[] sizes = r.GetProperty("size").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        double[][] centres = r.GetProperty("centers").EnumerateArray().Select(HabitatFixtures.Doubles).ToArray();
        for (int j = 0; j < k; j++)
        {
            Assert.Equal(sizes[j], fit.Sizes[j]);
            HabitatFixtures.Near(within[j], fit.WithinSumOfSquares[j], 1e-8, $"withinss[{j}]");
            for (int c = 0; c < 2; c++)
            {
                Assert.True(Math.Abs(centres[j][c] - fit.Centres[j][c]) <= 1e-10, $"centre {j}, {c}");
            }
        }

        Assert.Equal(r.GetProperty("iter").GetInt32(), fit.Iterations);
        Assert.True(fit.Converged);
    }

    [Fact]
    public void Lloyd_K3_LabelsIdenticalToRs()
    {
        VoxelFeatureMatrix data = HabitatFixtures.ZScoredFeatures();
        KMeansResult fit = KMeans.Fit(data, GivenStart(3));
        int[] expected = FixtureCsv.Read($"{HabitatFixtures.Table}/kmeans_labels_r.csv").Numbers("cluster").Select(v => (int)v).ToArray();
        // Same starting centres, so the same numbering; the ARI also shows identity up to relabelling.
        Assert.Equal(expected.Select(v => v - 1).ToArray(), fit.Labels);
        Assert.Equal(1.0, AdjustedRandIndex.Compute(expected, fit.Labels));
    }

    [Fact]
    public void Lloyd_IterationCap_StopsUnconverged()
    {
        KMeansResult fit = KMeans.Fit(HabitatFixtures.ZScoredFeatures(), GivenStart(3) with { MaxIterations = 5 });
        Assert.False(fit.Converged);
        Assert.Equal(5, fit.Iterations);
    }

    [Fact]
    public void KMeansPlusPlus_SameSeed_SameFitWhateverTheThreadCount()
    {
        VoxelFeatureMatrix data = HabitatFixtures.ZScoredFeatures();
        var options = new KMeansOptions { ClusterCount = 4, Seed = 42, Starts = 3 };
        KMeansResult one = KMeans.Fit(data, options, new ParallelOptions { MaxDegreeOfParallelism = 1 });
        KMeansResult many = KMeans.Fit(data, options, new ParallelOptions { MaxDegreeOfParallelism = 4 });
        Assert.Equal(one.Labels, many.Labels);
        Assert.Equal(one.Inertia, many.Inertia);
        Assert.True(one.Converged);
        KMeansResult other = KMeans.Fit(data, options with { Seed = 43 });
        Assert.True(other.Converged);
    }

    [Fact]
    public void EmptyCluster_IsReseededOrReported()
    {
        // Two tight groups and a third centre far away from both: it loses every voxel on the first pass.
        var rows = new List<double[]>();
        for (int i = 0; i < 20; i++)
        {
            rows.Add([i % 2 == 0 ? 0.0 : 10.0, 0.01 * i]);
        }

        var data = VoxelFeatureMatrix.FromRows(rows);
        var options = new KMeansOptions
        {
            ClusterCount = 3,
            Initialisation = KMeansInitialisation.Given,
            InitialCentres = [[0.0, 0.0], [10.0, 0.0], [100.0, 100.0]],
        };
        KMeansResult reseeded = KMeans.Fit(data, options);
        Assert.All(reseeded.Sizes, size => Assert.True(size > 0));
        var error = Assert.Throws<HabitatException>(() => KMeans.Fit(data, options with { EmptyClusters = EmptyClusterPolicy.Fail }));
        Assert.Contains("cluster 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MoreClustersThanVoxels_IsAnError()
    {
        var data = VoxelFeatureMatrix.FromRows([[1.0], [2.0]]);
        Assert.Throws<HabitatException>(() => KMeans.Fit(data, new KMeansOptions { ClusterCount = 3 }));
    }

    internal static KMeansOptions GivenStart(int k)
    {
        var csv = FixtureCsv.Read($"{HabitatFixtures.Table}/kmeans_init.csv");
        double[] ks = csv.Numbers("k"), f1 = csv.Numbers("f1"), f2 = csv.Numbers("f2");
        double[][] centres = Enumerable.Range(0, ks.Length).Where(i => (int)ks[i] == k).Select(i => new[] { f1[i], f2[i] }).ToArray();
        return new KMeansOptions { ClusterCount = k, Initialisation = KMeansInitialisation.Given, InitialCentres = centres, MaxIterations = 1000 };
    }
}
