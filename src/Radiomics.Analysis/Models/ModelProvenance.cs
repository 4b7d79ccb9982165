namespace Radiomics.Analysis.Models;

/// <summary>Where a model came from: the tool and version, hashes of its settings and training data, and the conventions it follows.</summary>
/// <param name="Tool">"Radiomics.NET".</param>
/// <param name="ToolVersion">The library version that trained the model.</param>
/// <param name="SettingsSha256">SHA-256 of the canonical JSON of the settings.</param>
/// <param name="TrainingDataSha256">SHA-256 of the training data as used: row ids, predictor names and values (IEEE bits), outcome.</param>
/// <param name="Conventions">The conventions the numbers follow (objective, standardisation, ties, CV deviance, reference call matched).</param>
public sealed record ModelProvenance(
    string Tool,
    string ToolVersion,
    string SettingsSha256,
    string TrainingDataSha256,
    IReadOnlyList<string> Conventions);
