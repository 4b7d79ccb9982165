using System.Text.Json;
using System.Text.Json.Serialization;
using Radiomics.Analysis.Common;
using Radiomics.Analysis.Tables;
using Radiomics.Analysis.Models.Internal;

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
    public static void Write(LinearPredictorModel model, string path) =>
        AnalysisFiles.WriteAtomically(path, Serialise(model), message => new ModelException(message));

    /// <summary>Reads a model file.</summary>
    /// <exception cref="ModelException">The file is missing, is not a model, or has a format version this library does not read.</exception>
    public static LinearPredictorModel Read(string path) =>
        Deserialise(AnalysisFiles.ReadText(path, "a model file", message => new ModelException(message)), path);

    /// <summary>Parses model JSON; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="ModelException">Not valid JSON, not a model, a format version this library does not read, or a member missing or of the wrong kind.</exception>
    public static LinearPredictorModel Deserialise(string json, string source = "model")
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return ModelReader.Read(document.RootElement, source);
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
}
