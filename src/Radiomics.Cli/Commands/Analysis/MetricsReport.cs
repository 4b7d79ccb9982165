using System.Text.Json;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Json;
using Radiomics.IO;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// The <c>metrics.json</c> of <c>model evaluate</c>: <c>{"format": "radiomics-metrics", "version": 1, …}</c> with each
/// figure under a plain snake_case name at the top level (<c>auc</c>, <c>auc_se</c>, <c>c_index</c>, <c>brier</c>, …)
/// in the order added, then <c>plots</c>, <c>conventions</c> and <c>provenance</c>. NaN and infinities are the strings
/// <c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c>; numbers are in shortest round-trip form; written atomically.
/// </summary>
internal sealed class MetricsReport
{
    public const string FormatName = "radiomics-metrics";

    private readonly List<KeyValuePair<string, object>> _figures = [];

    public MetricsReport Add(string name, double value)
    {
        _figures.Add(new(name, value));
        return this;
    }

    public MetricsReport Add(string name, long value)
    {
        _figures.Add(new(name, value));
        return this;
    }

    public MetricsReport Add(string name, string value)
    {
        _figures.Add(new(name, value));
        return this;
    }

    /// <summary>The figure named <paramref name="name"/> (for the console summary).</summary>
    public object? this[string name] => _figures.FirstOrDefault(f => f.Key == name).Value;

    public void Write(string path, IReadOnlyList<string> plots, IReadOnlyList<string> conventions, object provenance)
    {
        AtomicFile.WriteText(path, writer =>
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = AnalysisJson.Options.Encoder }))
            {
                json.WriteStartObject();
                json.WriteString("format", FormatName);
                json.WriteNumber("version", 1);
                foreach (var (name, value) in _figures)
                {
                    json.WritePropertyName(name);
                    switch (value)
                    {
                        case double number:
                            AnalysisJson.WriteNumber(json, number);
                            break;
                        case long count:
                            json.WriteNumberValue(count);
                            break;
                        default:
                            json.WriteStringValue((string)value);
                            break;
                    }
                }

                WriteList(json, "plots", plots);
                WriteList(json, "conventions", conventions);
                json.WritePropertyName("provenance");
                AnalysisJson.Serialize(json, provenance, CliJson.Options);
                json.WriteEndObject();
            }

            writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            writer.Write('\n');
        });
    }

    private static void WriteList(Utf8JsonWriter json, string name, IReadOnlyList<string> items)
    {
        json.WriteStartArray(name);
        foreach (string item in items)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }
}
