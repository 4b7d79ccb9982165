using System.Globalization;
using System.Text.Json;
using Radiomics.Analysis.Tables;
using Radiomics.Tests.Support;

namespace Radiomics.Analysis.Tests.Models;

/// <summary>
/// Test-side loading of the model fixtures under tests/data/analysis/models (plain comma-separated files written by R,
/// no quoting): the first column is the row id, the named text columns stay text, every other column is a feature.
/// </summary>
internal static class FixtureCsv
{
    public const string Folder = "analysis/models";

    public static string PathOf(string file) => TestData.Require(Path.Combine(Folder, file));

    public static FeatureTable Load(string file, params string[] textColumns)
    {
        string[] lines = File.ReadAllLines(PathOf(file)).Where(l => l.Length > 0).ToArray();
        string[] header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        var ids = rows.Select(r => r[0]).ToArray();
        var features = new List<string>();
        var columns = new List<double[]>();
        var others = new List<KeyValuePair<string, string[]>>();
        for (int c = 1; c < header.Length; c++)
        {
            int column = c;
            if (textColumns.Contains(header[c]))
            {
                others.Add(KeyValuePair.Create(header[c], rows.Select(r => r[column]).ToArray()));
            }
            else
            {
                features.Add(header[c]);
                columns.Add(rows.Select(r => double.Parse(r[column], CultureInfo.InvariantCulture)).ToArray());
            }
        }

        return new FeatureTable(ids, features, columns, others);
    }

    /// <summary>Rows of a CSV as dictionaries of column → text.</summary>
    public static List<Dictionary<string, string>> Records(string file)
    {
        string[] lines = File.ReadAllLines(PathOf(file)).Where(l => l.Length > 0).ToArray();
        string[] header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    public static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    public static JsonElement Json(string file) => JsonDocument.Parse(File.ReadAllText(PathOf(file))).RootElement;

    public static double[] Numbers(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();
}
