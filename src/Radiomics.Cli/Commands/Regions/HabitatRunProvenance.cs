using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Commands.Analysis;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Extraction.Voxel;
using Radiomics.Cli.Json;

namespace Radiomics.Cli.Commands.Regions;

/// <summary>
/// The provenance of <c>habitats.csv</c> (its sidecar <c>habitats.csv.provenance.json</c>): the tool and version, the
/// command, the settings (the clustering, the feature source, the parameter file's path, SHA-256 and effective settings),
/// their SHA-256, and every input file with the SHA-256 of its bytes (null for a DICOM folder, which is not hashed).
/// No clock time and no machine name: the same inputs, settings and version give the same bytes.
/// </summary>
internal sealed record HabitatRunProvenance
{
    public string Format { get; init; } = "radiomics-provenance";

    public int Version { get; init; } = 1;

    public string Tool { get; init; } = "Radiomics.NET";

    public string ToolVersion { get; init; } = VoxelExtractor.Version;

    public string Command { get; init; } = "radiomics habitats";

    public required IReadOnlyDictionary<string, object?> Settings { get; init; }

    public required string SettingsSha256 { get; init; }

    public required IReadOnlyList<InputFile> InputFiles { get; init; }

    /// <summary>The provenance of a run with <paramref name="settings"/> over <paramref name="files"/> (role, path).</summary>
    public static HabitatRunProvenance For(HabitatRunSettings settings, IEnumerable<(string Role, string Path)> files)
    {
        ExtractionParameters parameters = settings.Parameters;
        var values = new Dictionary<string, object?>
        {
            ["clustering"] = settings.Clustering,
            ["scheme"] = settings.Population ? "two-step population" : "per case",
            ["supervoxelsPerCase"] = settings.Population ? settings.Supervoxels : null,
            ["features"] = settings.ImageColumns is { } columns ? $"intensities of {string.Join(", ", columns)}" : "voxel maps of the parameter file",
            ["minimumFragment"] = settings.MinimumFragment,
            ["extract"] = settings.Extract,
            ["parameterFile"] = parameters.Source,
            ["parameterFileSha256"] = parameters.SourceText is { } text ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))) : null,
            ["settings"] = SettingsFormatter.ToJson(parameters.Settings),
            ["voxelSettings"] = SettingsFormatter.ToJson(parameters.VoxelOverrides),
        };
        string json = CliJson.Serialize(values);
        return new HabitatRunProvenance
        {
            Settings = values,
            SettingsSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))),
            InputFiles = [.. files.Select(f => new InputFile(f.Role, f.Path, InputDescription.FromPath(f.Path).FileSha256))],
        };
    }
}
