using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Selection.Internal;

/// <summary>Writes and reads <c>selected.json</c> with <see cref="Utf8JsonWriter"/>: fixed key order, shortest round-trip numbers.</summary>
internal static class SelectionJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(SelectionResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Indented))
        {
            json.WriteStartObject();
            json.WriteString("format", SelectionResult.FormatName);
            json.WriteNumber("version", SelectionResult.CurrentVersion);
            json.WriteStartArray("selected");
            foreach (string name in result.Selected)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteStartArray("dropped");
            foreach (DroppedFeature d in result.Dropped)
            {
                json.WriteStartObject();
                json.WriteString("feature", d.Feature);
                json.WriteString("method", d.Method);
                json.WriteString("reason", d.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WritePropertyName("methods");
            WriteMethods(json, result.Methods, result.Outcome);
            json.WriteStartObject("provenance");
            json.WriteString("tool", result.Provenance.Tool);
            json.WriteString("toolVersion", result.Provenance.ToolVersion);
            json.WriteString("inputSha256", result.Provenance.InputSha256);
            json.WriteString("settingsSha256", result.Provenance.SettingsSha256);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The canonical (compact) JSON of the <c>methods</c> array: what the settings hash covers.</summary>
    public static string SettingsJson(IReadOnlyList<SelectionStep> steps, SelectionOutcome? outcome)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Compact))
        {
            WriteMethods(json, steps, outcome);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteMethods(Utf8JsonWriter json, IReadOnlyList<SelectionStep> steps, SelectionOutcome? outcome)
    {
        json.WriteStartArray();
        foreach (SelectionStep step in steps)
        {
            json.WriteStartObject();
            json.WriteString("method", SelectionNames.Of(step.Method));
            switch (step)
            {
                case VarianceSettings v:
                    WriteNumber(json, "threshold", v.Threshold);
                    json.WriteNumber("ddof", 0);
                    break;
                case RobustSettings r:
                    json.WriteString("source", r.Source);
                    if (r.SourceSha256 is null)
                    {
                        json.WriteNull("sha256");
                    }
                    else
                    {
                        json.WriteString("sha256", r.SourceSha256);
                    }

                    WriteNames(json, "robust", r.RobustFeatures);
                    WriteNames(json, "notRobust", r.NotRobustFeatures);
                    break;
                case CorrelationFilterSettings c:
                    WriteNumber(json, "cutoff", c.Cutoff);
                    json.WriteString("correlation", SelectionNames.Of(c.Correlation));
                    break;
                case ClusterSettings c:
                    WriteNumber(json, "cutoff", c.Cutoff);
                    json.WriteString("correlation", "spearman");
                    json.WriteString("linkage", "average");
                    json.WriteString("representative", SelectionNames.Of(c.Representative));
                    break;
                case MrmrSettings m:
                    json.WriteNumber("top", m.Top);
                    json.WriteString("criterion", "mid");
                    break;
                case UnivariateSettings u:
                    WriteNumber(json, "fdr", u.Fdr);
                    json.WriteString("test", outcome?.IsSurvival == true ? "cox-score" : "mann-whitney");
                    json.WriteString("adjustment", "BH");
                    break;
            }

            if (step.UsesOutcome && outcome is not null)
            {
                WriteOutcome(json, outcome);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        json.WritePropertyName(name);
        AnalysisJson.WriteNumber(json, value);
    }

    private static void WriteNames(Utf8JsonWriter json, string name, IReadOnlyList<string> names)
    {
        json.WriteStartArray(name);
        foreach (string n in names)
        {
            json.WriteStringValue(n);
        }

        json.WriteEndArray();
    }

    private static void WriteOutcome(Utf8JsonWriter json, SelectionOutcome outcome)
    {
        json.WriteStartObject("outcome");
        if (outcome.IsSurvival)
        {
            json.WriteString("time", outcome.Time);
            json.WriteString("event", outcome.Event);
            json.WriteString("eventValue", outcome.EventValue);
        }
        else
        {
            json.WriteString("column", outcome.Column);
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// Only the <c>selected</c> names of a selection file (its format and version checked, nothing else read), for the
    /// readers that take a feature list (<c>model train --feature-list</c>, <c>bundle create --selection</c>).
    /// </summary>
    /// <exception cref="SelectionException">Not valid JSON, not a selection file of this version, or no <c>selected</c> array of names.</exception>
    public static string[] ParseSelected(string text, string source) => Guarded(source, () =>
    {
        using JsonDocument document = JsonDocument.Parse(text);
        return Selected(Checked(document.RootElement, source), source);
    });

    public static SelectionResult Parse(string text, string source) => Guarded(source, () =>
    {
        using JsonDocument document = JsonDocument.Parse(text);
        JsonElement root = Checked(document.RootElement, source);
        SelectionOutcome? outcome = null;
        var steps = new List<SelectionStep>();
        foreach (JsonElement method in Array(root, "methods", source).EnumerateArray())
        {
            steps.Add(ReadStep(method, source));
            if (method.TryGetProperty("outcome", out JsonElement o))
            {
                outcome ??= ReadOutcome(o, source);
            }
        }

        JsonElement provenance = Property(root, "provenance", source);
        return new SelectionResult
        {
            Selected = Selected(root, source),
            Dropped = Array(root, "dropped", source).EnumerateArray()
                .Select(e => new DroppedFeature(String(e, "feature", source), String(e, "method", source), String(e, "reason", source)))
                .ToArray(),
            Methods = steps,
            Outcome = outcome,
            Provenance = new AnalysisProvenance(
                String(provenance, "tool", source),
                String(provenance, "toolVersion", source),
                String(provenance, "inputSha256", source),
                String(provenance, "settingsSha256", source)),
        };
    });

    /// <summary>The root, once its format and version are this library's.</summary>
    private static JsonElement Checked(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out JsonElement format) || format.ValueKind != JsonValueKind.String || format.GetString() != SelectionResult.FormatName)
        {
            throw new SelectionException($"{source}: not a selection file (expected \"format\": \"{SelectionResult.FormatName}\")");
        }

        if (!root.TryGetProperty("version", out JsonElement version) || !version.TryGetInt32(out int v) || v != SelectionResult.CurrentVersion)
        {
            throw new SelectionException($"{source}: selection file version {(root.TryGetProperty("version", out JsonElement x) ? x.GetRawText() : "missing")}; this version reads version {SelectionResult.CurrentVersion}");
        }

        return root;
    }

    private static string[] Selected(JsonElement root, string source) =>
        Array(root, "selected", source).EnumerateArray().Select(e => Text(e, "selected", source)).ToArray();

    /// <summary>Runs a parse, turning the JSON reader's exceptions into one-line <see cref="SelectionException"/>s.</summary>
    private static T Guarded<T>(string source, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (JsonException e)
        {
            throw new SelectionException($"{source}: not valid JSON ({e.Message})", e);
        }
        catch (InvalidOperationException e)
        {
            throw new SelectionException($"{source}: unexpected value type ({e.Message})", e);
        }
    }

    private static SelectionStep ReadStep(JsonElement method, string source)
    {
        string name = String(method, "method", source);
        SelectionStep step = SelectionNames.Parse(name) switch
        {
            SelectionMethod.Variance => new VarianceSettings { Threshold = Property(method, "threshold", source).GetDouble() },
            SelectionMethod.Robust => new RobustSettings
            {
                Source = String(method, "source", source),
                SourceSha256 = method.TryGetProperty("sha256", out JsonElement sha) && sha.ValueKind == JsonValueKind.String ? sha.GetString() : null,
                RobustFeatures = Array(method, "robust", source).EnumerateArray().Select(e => Text(e, "robust", source)).ToArray(),
                NotRobustFeatures = method.TryGetProperty("notRobust", out JsonElement not)
                    ? not.EnumerateArray().Select(e => Text(e, "notRobust", source)).ToArray()
                    : [],
            },
            SelectionMethod.Correlation => new CorrelationFilterSettings
            {
                Cutoff = Property(method, "cutoff", source).GetDouble(),
                Correlation = String(method, "correlation", source) == "spearman" ? CorrelationMethod.Spearman : CorrelationMethod.Pearson,
            },
            SelectionMethod.Cluster => new ClusterSettings
            {
                Cutoff = Property(method, "cutoff", source).GetDouble(),
                Representative = String(method, "representative", source) == "outcome" ? ClusterRepresentative.OutcomeAssociation : ClusterRepresentative.Medoid,
            },
            SelectionMethod.Mrmr => new MrmrSettings { Top = Property(method, "top", source).GetInt32() },
            SelectionMethod.Univariate => new UnivariateSettings { Fdr = Property(method, "fdr", source).GetDouble() },
            _ => throw new SelectionException($"{source}: unknown method '{name}'"),
        };
        return step;
    }

    private static SelectionOutcome ReadOutcome(JsonElement outcome, string source) =>
        outcome.TryGetProperty("column", out JsonElement column)
            ? SelectionOutcome.ForColumn(Text(column, "outcome.column", source))
            : SelectionOutcome.ForSurvival(String(outcome, "time", source), String(outcome, "event", source), String(outcome, "eventValue", source));

    private static JsonElement Property(JsonElement element, string name, string source) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value)
            ? value
            : throw new SelectionException($"{source}: \"{name}\" is missing");

    private static JsonElement Array(JsonElement element, string name, string source)
    {
        JsonElement value = Property(element, name, source);
        return value.ValueKind == JsonValueKind.Array ? value : throw new SelectionException($"{source}: \"{name}\" is not an array");
    }

    private static string String(JsonElement element, string name, string source) => Text(Property(element, name, source), name, source);

    private static string Text(JsonElement value, string name, string source) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new SelectionException($"{source}: \"{name}\" holds a {value.ValueKind}, not a string");
}
