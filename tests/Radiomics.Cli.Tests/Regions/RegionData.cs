using System.Text.Json;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Regions;

/// <summary>The regions test data (tests/data/analysis/regions) and readers of what the commands write.</summary>
internal static class RegionData
{
    public static string Phantom(string file) => TestData.Require($"analysis/regions/phantom/{file}");

    public static string Planted(string file) => TestData.Require($"analysis/regions/planted/{file}");

    public static string Delta(string file) => TestData.Require($"analysis/regions/delta/{file}");

    public static string Cli(string file) => TestData.Require($"analysis/regions/cli/{file}");

    /// <summary>The entries of <c>radiomics extract -f json</c>: numbers as doubles ("NaN" as NaN), texts as they are.</summary>
    public static Dictionary<string, object> ReadJson(string path)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        var entries = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (JsonProperty property in document.RootElement.EnumerateObject())
        {
            entries[property.Name] = property.Value.ValueKind == JsonValueKind.Number ? property.Value.GetDouble()
                : property.Value.GetString() is "NaN" ? double.NaN
                : property.Value.GetString()!;
        }

        return entries;
    }

    /// <summary>The feature entries (not diagnostics_*) as doubles.</summary>
    public static Dictionary<string, double> Features(Dictionary<string, object> entries) =>
        entries.Where(e => !e.Key.StartsWith("diagnostics_", StringComparison.Ordinal)).ToDictionary(e => e.Key, e => (double)e.Value, StringComparer.Ordinal);

    /// <summary>A mask's voxels as 0/1 bytes.</summary>
    public static byte[] Voxels(string path)
    {
        ImageData image = ImageReader.Read(path);
        return [.. Enumerable.Range(0, (int)image.Geometry.VoxelCount).Select(i => image.GetDouble(i) != 0 ? (byte)1 : (byte)0)];
    }

    /// <summary>A label map's values.</summary>
    public static int[] Labels(string path)
    {
        ImageData image = ImageReader.Read(path);
        return [.. Enumerable.Range(0, (int)image.Geometry.VoxelCount).Select(i => (int)image.GetDouble(i))];
    }
}
