using System.Text.Json;
using Radiomics.Analysis.Habitats;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Regions;

namespace Radiomics.Analysis.Tests.Habitats;

/// <summary>Habitat metrics on the hand-built label volumes A, B, C (labelmaps fixture: values worked by hand and in make_regions.py).</summary>
public class HabitatMetricsTests
{
    private const string Folder = "analysis/regions/labelmaps";

    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    [InlineData("C")]
    public void VoxelsVolumesAndFractions_EqualTheHandCounts(string name)
    {
        JsonElement expected = Expected(name);
        HabitatMetricsResult metrics = HabitatMetrics.Compute(Map(name));
        Assert.Equal(expected.GetProperty("roi_voxels").GetInt32(), metrics.RoiVoxels);
        Assert.Equal(expected.GetProperty("labels").GetArrayLength(), metrics.HabitatCount);
        foreach (HabitatSummary habitat in metrics.Habitats)
        {
            string key = habitat.Habitat.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(expected.GetProperty("voxels").GetProperty(key).GetInt32(), habitat.Voxels);
            HabitatFixtures.Near(expected.GetProperty("volume_mm3").GetProperty(key).GetDouble(), habitat.VolumeMm3, 1e-12, $"{name} volume {key}");
            HabitatFixtures.Near(expected.GetProperty("volume_fraction").GetProperty(key).GetDouble(), habitat.VolumeFraction, 1e-12, $"{name} fraction {key}");
        }
    }

    [Theory]
    [InlineData("A", Connectivity.Face, "6")]
    [InlineData("B", Connectivity.Face, "6")]
    [InlineData("C", Connectivity.Face, "6")]
    [InlineData("A", Connectivity.FaceEdge, "18")]
    [InlineData("B", Connectivity.FaceEdge, "18")]
    [InlineData("C", Connectivity.FaceEdge, "18")]
    [InlineData("A", Connectivity.Full, "26")]
    [InlineData("B", Connectivity.Full, "26")]
    [InlineData("C", Connectivity.Full, "26")]
    public void ConnectedRegions_PerHabitatAndConnectivity(string name, Connectivity connectivity, string suffix)
    {
        JsonElement expected = Expected(name);
        HabitatMetricsResult metrics = HabitatMetrics.Compute(Map(name), connectivity);
        foreach (HabitatSummary habitat in metrics.Habitats)
        {
            string key = habitat.Habitat.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(expected.GetProperty($"regions_{suffix}conn").GetProperty(key).GetInt32(), habitat.Regions);
            int[] sizes = expected.GetProperty($"region_sizes_{suffix}conn").GetProperty(key).EnumerateArray().Select(e => e.GetInt32()).ToArray();
            Assert.Equal(sizes, habitat.RegionSizes);
        }
    }

    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    [InlineData("C")]
    public void MsiMatrix_IsHabitsAndCountsTheFacePairs(string name)
    {
        JsonElement expected = Expected(name);
        HabitatMetricsResult metrics = HabitatMetrics.Compute(Map(name));
        long[][] habit = expected.GetProperty("msi_matrix_habit").EnumerateArray().Select(r => r.EnumerateArray().Select(e => e.GetInt64()).ToArray()).ToArray();
        for (int a = 0; a < habit.Length; a++)
        {
            for (int b = 0; b < habit.Length; b++)
            {
                Assert.Equal(habit[a][b], metrics.MsiMatrix[a, b]);
            }
        }

        foreach (JsonProperty pair in expected.GetProperty("face_adjacent_pairs").EnumerateObject())
        {
            int[] ab = pair.Name.Split('-').Select(int.Parse).ToArray();
            Assert.Equal(pair.Value.GetInt64(), MultiRegionSpatialInteraction.Pairs(metrics.MsiMatrix, ab[0], ab[1]));
        }
    }

    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    [InlineData("C")]
    public void MsiFeatures_HabitAndRoiOnly(string name)
    {
        JsonElement expected = Expected(name);
        HabitatMetricsResult metrics = HabitatMetrics.Compute(Map(name));
        AssertFeatures(expected.GetProperty("msi_features_habit"), metrics.MsiHabit, $"{name} HABIT");
        AssertFeatures(expected.GetProperty("msi_features_roi_only"), metrics.MsiRoiOnly, $"{name} ROI only");
    }

    [Fact]
    public void IthScore_C_IsTheHandValue()
    {
        double expected = Expected("C").GetProperty("ith_score_2d_8conn").GetDouble();
        HabitatFixtures.Near(expected, HabitatMetrics.Compute(Map("C")).IthScore, 1e-12, "ITH score");
        HabitatFixtures.Near(expected, IthScore.Compute(Map("C"), new IthScoreOptions { Scope = IthScoreScope.Volume }), 1e-12, "ITH score, volume scope");
    }

    [Fact]
    public void IthScore_OneCompactRegionPerHabitat_IsZero()
    {
        var map = new Volume<byte>(new ImageGeometry(new Size3(6, 4, 3), Vector3D.One, Vector3D.Zero, Direction3.Identity));
        for (int z = 0; z < 3; z++)
        {
            for (int y = 0; y < 4; y++)
            {
                for (int x = 0; x < 6; x++)
                {
                    map[x, y, z] = (byte)(x < 3 ? 1 : 2);
                }
            }
        }

        Assert.Equal(0.0, IthScore.Compute(map));
        HabitatMetricsResult metrics = HabitatMetrics.Compute(map);
        Assert.Equal(1.0, metrics.MsiRoiOnly.Homogeneity + metrics.MsiRoiOnly.Contrast / 2, 12);
    }

    private static void AssertFeatures(JsonElement expected, MsiFeatures actual, string what)
    {
        HabitatFixtures.Near(expected.GetProperty("contrast").GetDouble(), actual.Contrast, 1e-12, $"{what} contrast");
        HabitatFixtures.Near(expected.GetProperty("homogeneity").GetDouble(), actual.Homogeneity, 1e-12, $"{what} homogeneity");
        HabitatFixtures.Near(expected.GetProperty("correlation").GetDouble(), actual.Correlation, 1e-12, $"{what} correlation");
        HabitatFixtures.Near(expected.GetProperty("energy").GetDouble(), actual.Energy, 1e-12, $"{what} energy");
    }

    private static Volume<byte> Map(string name) => HabitatFixtures.LabelMap($"{Folder}/{name}.nii.gz");

    private static JsonElement Expected(string name) => HabitatFixtures.Json($"{Folder}/expected.json").GetProperty(name);
}
