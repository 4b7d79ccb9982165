using System.Text;
using System.Text.Json;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Harmonisation;

/// <summary>
/// Writes and reads <see cref="CombatModel"/> as JSON (<see cref="AnalysisJson"/> conventions: camelCase, properties in
/// declaration order, shortest round-trip numbers, deterministic bytes), atomically. Reading checks the format name
/// and version, so a file from another tool or a newer version is refused with a message saying which.
/// </summary>
public static class CombatModelJson
{
    /// <summary>The model as JSON text.</summary>
    public static string Serialize(CombatModel model) => AnalysisJson.Serialize(model, AnalysisJson.Options) + "\n";

    /// <summary>The model in <paramref name="json"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="FeatureTableException">Not a ComBat model of a version this library reads, or not valid JSON.</exception>
    public static CombatModel Deserialize(string json, string source = "model")
    {
        CombatModel? model;
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out JsonElement format) || format.GetString() != CombatModel.FormatName)
            {
                throw new FeatureTableException($"{source}: not a ComBat model (expected \"format\": \"{CombatModel.FormatName}\")");
            }

            if (!root.TryGetProperty("version", out JsonElement version) || !version.TryGetInt32(out int v) || v != CombatModel.CurrentVersion)
            {
                throw new FeatureTableException($"{source}: ComBat model version {(root.TryGetProperty("version", out JsonElement x) ? x.GetRawText() : "missing")}; this version reads version {CombatModel.CurrentVersion}");
            }

            model = AnalysisJson.Deserialize<CombatModel>(root, AnalysisJson.Options);
        }
        catch (JsonException e)
        {
            throw new FeatureTableException($"{source}: not a valid ComBat model ({e.Message})", e);
        }

        return model ?? throw new FeatureTableException($"{source}: empty ComBat model");
    }

    /// <summary>Writes the model to <paramref name="path"/> atomically.</summary>
    public static void Write(CombatModel model, string path) =>
        AtomicFile.Write(path, stream => stream.Write(new UTF8Encoding(false).GetBytes(Serialize(model))));

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="FeatureTableException">The file is missing, unreadable or not a ComBat model this version reads.</exception>
    public static CombatModel Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FeatureTableException($"{path}: no such file");
        }

        try
        {
            return Deserialize(File.ReadAllText(path), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FeatureTableException($"{path}: cannot read the file ({e.Message})", e);
        }
    }
}
