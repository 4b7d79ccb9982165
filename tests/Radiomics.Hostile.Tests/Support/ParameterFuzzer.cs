using System.Globalization;
using System.Text;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Features;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Radiomics.Hostile.Tests.Support;

/// <summary>
/// Random parameter files that look valid: keys drawn from the schema the binder accepts
/// (<see cref="SettingsBinder.KnownKeys"/>), image types from <see cref="PipelineParameters.Vocabulary"/>, feature classes and
/// feature names from <see cref="FeatureRegistry"/>; values drawn from a pool of right and wrong types and extreme
/// magnitudes. Most values are ones the binder accepts for that key (found by asking it), so most files get past
/// loading into the extraction itself, where combinations no single-key check sees can fail; the rest probe the
/// loader's messages. Written as YAML (flow lists) or, for one file in five, JSON. Seeded (<see cref="Random"/> with
/// the seed given), so a failing file can be regenerated.
/// </summary>
public sealed class ParameterFuzzer
{
    private static readonly string[] Texts =
    [
        "", "foo", "coif1", "haar", "db2", "db38", "sym20", "bior6.8", "rbio1.1", "dmey", "L5E5", "L5E5E5", "E3W5R5", "LLH", "HH", "LHLH",
        "2D", "3D", "zero", "mirror", "periodic", "nearest", "roi", "image", "ibsi", "pyradiomics", "absolute", "relative", "sigma",
        "manhattan", "euclidean", "infinity", "no_weighting", "uniform", "ror", "var", "default", "nri_uniform", "none", "max", "average",
        "sitkBSpline", "sitkLinear", "sitkNearestNeighbor", "sitkLanczosWindowedSinc", "sitkGaussian", "true", "False", "\u001b[31mred", new string('x', 300),
    ];

    private static readonly string[] Numbers =
    [
        "0", "1", "2", "3", "4", "5", "7", "8", "16", "-1", "-7", "100", "1000", "65536", "1000000", "1000000000", "2147483648", "1e400",
        "0.5", "1e-300", "1e-6", "0.001", "0.02", "0.1", "2.5", "25", "1e6", "1e300", "-0.5", "-0.0", ".nan", ".inf", "-.inf", "360", "22.5",
    ];

    private static readonly string[] Lists =
    [
        "[]", "[1]", "[1, 2, 3]", "[1, 1, 1]", "[0, 0, 0]", "[2, 2, 2]", "[0.5, 0.5, 0.5]", "[3, 3, 0]", "[1e-6, 1, 1]", "[1e9, 1e9, 1e9]",
        "[0.02, 0.02, 0.02]", "[0.2, 0.2, 0.2]", "[-1, 2]", "[1000000000]", "[1e-300]", "[0.5, 1.5, 3]", "[-1000, 1000]", "[5, -5]",
        "[.nan, 1, 1]", "[[1]]", "[a, b]", "[1, 2]",
    ];

    private static readonly string[] Odd = ["~", "{}", "{a: 1}", "[1, [2, [3]]]", "'quoted 5'", "\"25\""];

    private readonly Random _random;
    private readonly Dictionary<string, string[]> _accepted;

    public ParameterFuzzer(int seed)
    {
        _random = new Random(seed);
        _accepted = SettingsBinder.KnownKeys.Order(StringComparer.Ordinal).ToDictionary(key => key, AcceptedValues, StringComparer.Ordinal);
    }

    /// <summary>Every candidate value (YAML text).</summary>
    public static IEnumerable<string> Candidates => Texts.Select(Quote).Concat(Numbers).Concat(Lists).Concat(Odd).Concat(["true", "false", "null"]);

    /// <summary>The next file: its text and the extension it must carry (.yaml or .json).</summary>
    public (string Text, string Extension) Next()
    {
        var sections = new List<(string Name, string Body)>();
        if (_random.Next(10) < 8)
        {
            sections.Add(("setting", Mapping(RandomSettings(_random.Next(6)))));
        }

        if (_random.Next(10) < 7)
        {
            var types = new List<(string, string)>();
            foreach (string type in Pick(PipelineParameters.Vocabulary.ImageTypes, 1 + _random.Next(3)))
            {
                types.Add((type, _random.Next(10) < 3 ? Mapping(RandomSettings(1 + _random.Next(2))) : "{}"));
            }

            sections.Add(("imageType", Mapping(types)));
        }

        if (_random.Next(10) < 6)
        {
            var classes = new List<(string, string)>();
            foreach (IFeatureFamily family in Pick(FeatureRegistry.Families, 1 + _random.Next(4)))
            {
                string value = _random.Next(10) switch
                {
                    < 7 => "~",
                    < 9 => "[" + string.Join(", ", Pick(family.Features, 1 + _random.Next(2)).Select(f => f.Name)) + "]",
                    _ => "[NoSuchFeature]",
                };
                classes.Add((family.Name, value));
            }

            sections.Add(("featureClass", Mapping(classes)));
        }

        if (_random.Next(20) == 0)
        {
            sections.Add((_random.Next(2) == 0 ? "settings" : "voxelSetting", Mapping(RandomSettings(1))));
        }

        bool json = _random.Next(5) == 0;
        return json ? (Json(sections), ".json") : (string.Join("\n", sections.Select(s => $"{s.Name}: {s.Body}")) + "\n", ".yaml");
    }

    private List<(string Key, string Value)> RandomSettings(int count)
    {
        var entries = new List<(string, string)>();
        foreach (string key in Pick(_accepted.Keys.ToArray(), count))
        {
            string[] accepted = _accepted[key];
            string value = accepted.Length > 0 && _random.Next(10) < 9
                ? accepted[_random.Next(accepted.Length)]
                : Candidates.ElementAt(_random.Next(Candidates.Count()));
            entries.Add((key, value));
        }

        return entries;
    }

    private static string[] AcceptedValues(string key) =>
        Candidates.Where(text =>
        {
            try
            {
                PipelineParameters.Parse($"setting: {{{key}: {text}}}\n", "probe.yaml");
                return true;
            }
            catch (ParameterException)
            {
                return false;
            }
        }).ToArray();

    private IEnumerable<T> Pick<T>(IReadOnlyList<T> items, int count) =>
        Enumerable.Range(0, items.Count).OrderBy(_ => _random.Next()).Take(Math.Min(count, items.Count)).Select(i => items[i]);

    private static string Mapping(IEnumerable<(string Key, string Value)> entries) =>
        "{" + string.Join(", ", entries.Select(e => $"{e.Key}: {e.Value}")) + "}";

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\u001b", "\\e", StringComparison.Ordinal) + "\"";

    /// <summary>The same sections as JSON: the YAML flow text read back (YamlDotNet's model) and written as JSON.</summary>
    private static string Json(List<(string Name, string Body)> sections)
    {
        var text = new StringBuilder("{");
        for (int i = 0; i < sections.Count; i++)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(sections[i].Body));
            text.Append(i == 0 ? "" : ", ").Append('"').Append(sections[i].Name).Append("\": ");
            AppendJson(text, stream.Documents[0].RootNode);
        }

        return text.Append("}\n").ToString();
    }

    private static void AppendJson(StringBuilder text, YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode { Style: ScalarStyle.Plain } scalar when scalar.Value is null or "~" or "null":
                text.Append("null");
                break;
            case YamlScalarNode { Style: ScalarStyle.Plain } scalar
                when double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number):
                text.Append(scalar.Value!.StartsWith('.') ? "0" + scalar.Value : scalar.Value);
                break;
            case YamlScalarNode { Style: ScalarStyle.Plain } scalar when scalar.Value is "true" or "false":
                text.Append(scalar.Value);
                break;
            case YamlScalarNode scalar:
                text.Append(System.Text.Json.JsonSerializer.Serialize(scalar.Value ?? ""));
                break;
            case YamlSequenceNode sequence:
                text.Append('[').AppendJoin(", ", sequence.Children.Select(child => { var inner = new StringBuilder(); AppendJson(inner, child); return inner.ToString(); })).Append(']');
                break;
            case YamlMappingNode mapping:
                text.Append('{').AppendJoin(", ", mapping.Children.Select(entry =>
                {
                    var inner = new StringBuilder(System.Text.Json.JsonSerializer.Serialize(((YamlScalarNode)entry.Key).Value ?? "")).Append(": ");
                    AppendJson(inner, entry.Value);
                    return inner.ToString();
                })).Append('}');
                break;
        }
    }
}
