using System.Text.Json;
using System.Text.Json.Serialization;
using Radiomics.Analysis.Common;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Habitats;

/// <summary>
/// A <see cref="TwoStepHabitatModel"/> as versioned JSON, so the habitats learned on a training cohort can be given to
/// new patients later: <c>{"format": "radiomics-net/two-step-habitats", "formatVersion": 1, "library": "…", "model": {…}}</c>.
/// Non-finite numbers are written as "NaN" / "Infinity".
/// </summary>
public static class TwoStepHabitatModelJson
{
    /// <summary>The value of the document's <c>format</c> field.</summary>
    public const string Format = "radiomics-net/two-step-habitats";
    /// <summary>The value of the document's <c>formatVersion</c> field; a reader refuses any other.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new AnalysisEnumConverter() },
        TypeInfoResolver = AnalysisJsonContext.Default,
    };

    /// <summary>The model as JSON text.</summary>
    public static string Write(TwoStepHabitatModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return AnalysisJson.Serialize(new Envelope(Format, FormatVersion, AnalysisProvenance.CurrentVersion, model), Options);
    }

    /// <summary>
    /// The model in the file <paramref name="path"/> (as <c>radiomics habitats --population</c> writes
    /// <c>habitat-model.json</c>): a regular file of at most <see cref="AnalysisFiles.MaxDocumentBytes"/> bytes, read as
    /// <see cref="Read"/> reads text; problems name the file.
    /// </summary>
    /// <exception cref="HabitatException">The file is missing, not a regular file, too large, not text, or not such a model.</exception>
    public static TwoStepHabitatModel ReadFile(string path)
    {
        string json = AnalysisFiles.ReadText(path, "a habitat model file", message => new HabitatException(message));
        try
        {
            return Read(json);
        }
        catch (HabitatException e)
        {
            throw new HabitatException($"{path}: {e.Message}");
        }
    }

    /// <summary>The model from JSON text written by <see cref="Write"/>.</summary>
    /// <exception cref="HabitatException">Not such a document, or a format version this library cannot read.</exception>
    public static TwoStepHabitatModel Read(string json)
    {
        Envelope? envelope;
        try
        {
            envelope = AnalysisJson.Deserialize<Envelope>(json, Options);
        }
        catch (JsonException error)
        {
            throw new HabitatException($"two-step habitat model: not valid JSON ({error.Message.Split('\n')[0]}).");
        }

        if (envelope is null || envelope.Format != Format || envelope.Model is null)
        {
            throw new HabitatException($"two-step habitat model: the document is not a '{Format}' model.");
        }

        if (envelope.FormatVersion != FormatVersion)
        {
            throw new HabitatException($"two-step habitat model: format version {envelope.FormatVersion}; this library reads version {FormatVersion}.");
        }

        if ((envelope.Model.Centres is null) == (envelope.Model.Mixture is null))
        {
            throw new HabitatException("two-step habitat model: the model must hold either k-means centres or a mixture.");
        }

        return envelope.Model;
    }

    internal sealed record Envelope(string Format, int FormatVersion, string Library, TwoStepHabitatModel Model);
}
