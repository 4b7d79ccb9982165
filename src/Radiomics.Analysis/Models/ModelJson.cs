using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Models;

/// <summary>
/// Writes and reads <see cref="LinearPredictorModel"/> as versioned JSON (System.Text.Json): snake_case names, enums as
/// snake_case text, doubles in their shortest round-trip form (so a model read back predicts bit for bit the same), NaN
/// as "NaN", nulls left out, members in declaration order. The same model always gives the same bytes. Files are written
/// to a temporary name in the same folder and renamed into place, so a failed write leaves nothing half-written.
/// </summary>
public static class ModelJson
{
    internal static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The model as JSON text.</summary>
    public static string Serialise(LinearPredictorModel model) => AnalysisJson.Serialize(model, Options) + "\n";

    /// <summary>Writes <paramref name="model"/> to <paramref name="path"/> atomically.</summary>
    /// <exception cref="ModelException">The file cannot be written.</exception>
    public static void Write(LinearPredictorModel model, string path)
    {
        string full = Path.GetFullPath(path);
        string temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, Serialise(model), new UTF8Encoding(false));
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new ModelException($"{path}: cannot write the model ({e.Message}).", e);
        }
    }

    /// <summary>Reads a model file.</summary>
    /// <exception cref="ModelException">The file is missing, is not a model, or has a format version this library does not read.</exception>
    public static LinearPredictorModel Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelException($"{path}: cannot read the model ({e.Message}).", e);
        }

        return Deserialise(text, path);
    }

    /// <summary>Parses model JSON; <paramref name="source"/> names it in errors.</summary>
    public static LinearPredictorModel Deserialise(string json, string source = "model")
    {
        try
        {
            using (JsonDocument document = JsonDocument.Parse(json))
            {
                JsonElement root = document.RootElement;
                string? format = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("format", out JsonElement f) ? f.GetString() : null;
                if (format != LinearPredictorModel.FormatName)
                {
                    throw new ModelException($"{source}: not a Radiomics.NET model (format '{format ?? "missing"}', expected '{LinearPredictorModel.FormatName}').");
                }

                int version = root.TryGetProperty("format_version", out JsonElement v) && v.TryGetInt32(out int parsed) ? parsed : 0;
                if (version < 1 || version > LinearPredictorModel.CurrentFormatVersion)
                {
                    throw new ModelException($"{source}: model format version {version} is not supported (this library reads 1 to {LinearPredictorModel.CurrentFormatVersion}).");
                }
            }

            return AnalysisJson.Deserialize<LinearPredictorModel>(json, Options)
                ?? throw new ModelException($"{source}: the model is empty.");
        }
        catch (JsonException e)
        {
            throw new ModelException($"{source}: not a valid model file ({e.Message.Split('\n')[0]}).", e);
        }
    }

    internal static string Serialise(ModelSettings settings) => AnalysisJson.Serialize(settings, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new AnalysisEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.TypeInfoResolver = AnalysisJsonContext.Default;
        options.MakeReadOnly();
        return options;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write error is the one to report; a stray temporary file is harmless.
        }
    }
}
