using System.Text.Json;
using Radiomics.Analysis.Habitats;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Tests.Support;

namespace Radiomics.Analysis.Tests.Habitats;

/// <summary>The habitat reference data (tests/data/analysis/regions, README there).</summary>
internal static class HabitatFixtures
{
    public const string Table = "analysis/regions/habitat-table";

    /// <summary>features_z.csv: 3,272 voxels × (f1, f2), z-scored with the population SD.</summary>
    public static VoxelFeatureMatrix ZScoredFeatures()
    {
        var csv = FixtureCsv.Read($"{Table}/features_z.csv");
        double[] f1 = csv.Numbers("f1"), f2 = csv.Numbers("f2");
        return VoxelFeatureMatrix.FromRows(f1.Select((v, i) => new[] { v, f2[i] }).ToArray(), ["f1", "f2"]);
    }

    public static JsonElement Json(string relativePath) =>
        JsonDocument.Parse(File.ReadAllText(TestData.Require(relativePath))).RootElement;

    public static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    /// <summary>A label map (uint8) as a byte volume.</summary>
    public static Volume<byte> LabelMap(string relativePath) =>
        ImageReader.Read(TestData.Require(relativePath)).ToDoubleVolume().Map(v => (byte)v);

    /// <summary>Asserts |actual − expected| ≤ <paramref name="relative"/> · |expected|.</summary>
    public static void Near(double expected, double actual, double relative, string what) =>
        Assert.True(Math.Abs(actual - expected) <= relative * Math.Abs(expected), $"{what}: {actual:R} vs {expected:R} (relative {Math.Abs(actual - expected) / Math.Abs(expected):E2})");
}
