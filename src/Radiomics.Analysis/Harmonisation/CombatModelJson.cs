using System.Text.Json;
using Radiomics.Analysis.Common;
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
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return CombatModelReader.Read(document.RootElement, source);
        }
        catch (JsonException e)
        {
            throw new FeatureTableException($"{source}: not a valid ComBat model ({e.Message.Split('\n')[0]})", e);
        }
    }

    /// <summary>Writes the model to <paramref name="path"/> atomically.</summary>
    public static void Write(CombatModel model, string path) =>
        AnalysisFiles.WriteAtomically(path, Serialize(model), FeatureTableReader.Fail);

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="FeatureTableException">The file is missing, unreadable or not a ComBat model this version reads.</exception>
    public static CombatModel Read(string path) =>
        Deserialize(AnalysisFiles.ReadText(path, "a ComBat model file", FeatureTableReader.Fail), path);
}
