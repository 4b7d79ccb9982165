namespace Radiomics.Cli.Json;

/// <summary>The <c>model</c> entry of <c>radiomics model predict</c>'s provenance: the model's description and settings hash.</summary>
internal sealed record PredictionModelReference(string Description, string SettingsSha256);
