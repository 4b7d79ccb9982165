using System.Text.Json;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Json;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// The provenance of an analysis command's output: the tool and version, the command, its settings (the table reader's
/// and the stage's, as the library records them), their SHA-256, the SHA-256 of the analysed table's content
/// (<see cref="FeatureTableHash"/>: independent of the file format) and of every input file's bytes. No clock time and no
/// machine name, so the same inputs, settings and version give the same bytes. It is the <c>provenance</c> object of a
/// JSON output and the content of the <c>FILE.provenance.json</c> sidecar of a CSV output.
/// </summary>
public sealed record AnalysisRunProvenance
{
    /// <summary>The sidecar file's format name.</summary>
    public const string FormatName = "radiomics-provenance";

    public string Format { get; init; } = FormatName;

    public int Version { get; init; } = 1;

    public required string Tool { get; init; }

    public required string ToolVersion { get; init; }

    /// <summary>The command that wrote the output, e.g. <c>radiomics harmonize fit</c>.</summary>
    public required string Command { get; init; }

    /// <summary>The settings by stage (<c>table</c>: <see cref="FeatureTableReadSettings"/>; <c>icc</c>, <c>combat</c>, …), as their records serialise.</summary>
    public required IReadOnlyDictionary<string, object> Settings { get; init; }

    /// <summary>SHA-256 of <see cref="Settings"/>' JSON (<see cref="AnalysisJson"/> conventions).</summary>
    public required string SettingsSha256 { get; init; }

    /// <summary>SHA-256 of the analysed table's content (<see cref="FeatureTableHash"/>).</summary>
    public required string InputSha256 { get; init; }

    public required IReadOnlyList<InputFile> InputFiles { get; init; }

    /// <summary>The provenance of an output computed by <paramref name="command"/> from <paramref name="table"/>.</summary>
    public static AnalysisRunProvenance For(string command, FeatureTable table, IReadOnlyDictionary<string, object> settings, IReadOnlyList<InputFile> files)
    {
        AnalysisProvenance library = AnalysisProvenance.For(table, CliJson.Serialize(settings));
        return new AnalysisRunProvenance
        {
            Tool = library.Tool,
            ToolVersion = library.ToolVersion,
            Command = command,
            Settings = settings,
            SettingsSha256 = library.SettingsSha256,
            InputSha256 = library.InputSha256,
            InputFiles = files,
        };
    }
}
