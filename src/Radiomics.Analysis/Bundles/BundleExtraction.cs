namespace Radiomics.Analysis.Bundles;

/// <summary>
/// The extraction settings a bundle pins: the parameter file's text exactly as given (image types, feature classes
/// and settings) and the settings it binds to in the build that made the bundle, as canonical JSON
/// (<see cref="Radiomics.Configuration.SettingsFormatter"/>, PyRadiomics' key names).
/// </summary>
/// <param name="ParameterFile">The parameter file's name when the bundle was made (for messages only).</param>
/// <param name="ParameterText">The parameter file's text.</param>
/// <param name="ParameterSha256">SHA-256 of the text's UTF-8 bytes.</param>
/// <param name="SettingsJson">The bound settings' canonical JSON text; a build that binds the text differently refuses the bundle.</param>
public sealed record BundleExtraction(string ParameterFile, string ParameterText, string ParameterSha256, string SettingsJson);
