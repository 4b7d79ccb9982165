using System.Security.Cryptography;
using System.Text;

namespace Radiomics.Analysis.Tables;

/// <summary>
/// Where an analysis output came from: the tool and its version, the SHA-256 of the input table's content
/// (<see cref="FeatureTableHash"/>) and of the settings' canonical JSON. No clock time, so equal inputs give equal bytes.
/// </summary>
public sealed record AnalysisProvenance(string Tool, string ToolVersion, string InputSha256, string SettingsSha256)
{
    /// <summary>The name recorded as <see cref="Tool"/>.</summary>
    public const string ToolName = "Radiomics.NET";

    /// <summary>
    /// This build's version (the informational version without build metadata), the one the extractor writes as
    /// <c>diagnostics_Versions_RadiomicsNET</c>; every analysis output's provenance records it.
    /// </summary>
    public static string CurrentVersion => Radiomics.Extraction.Diagnostics.Version;

    /// <summary>The provenance of an output computed from <paramref name="input"/> with settings whose canonical JSON is <paramref name="settingsJson"/>.</summary>
    public static AnalysisProvenance For(FeatureTable input, string settingsJson) =>
        new(ToolName, CurrentVersion, FeatureTableHash.Compute(input), Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(settingsJson))));
}
