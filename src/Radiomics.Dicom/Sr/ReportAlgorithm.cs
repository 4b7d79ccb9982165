using System.Security.Cryptography;
using System.Text;
using Radiomics.Configuration;
using Radiomics.Dicom.Writing;
using Radiomics.Extraction;

namespace Radiomics.Dicom.Sr;

/// <summary>
/// The Algorithm Identification (TID 4019) of every measurement group: name, version and parameters. Radiomics.NET's
/// parameters are <c>settings-sha256=…</c> (see <see cref="SettingsSha256(ExtractionParameters)"/>) and, per group,
/// <c>image-type=…</c>.
/// </summary>
public sealed record ReportAlgorithm(string Name, string Version, IReadOnlyList<string> Parameters)
{
    /// <summary>Radiomics.NET of this version, with the hash of the settings the features were extracted with.</summary>
    public static ReportAlgorithm RadiomicsNet(string settingsSha256) =>
        new(SoftwareVersion.ProductName, SoftwareVersion.Short, [$"settings-sha256={settingsSha256}"]);

    /// <summary>Radiomics.NET with the hash of <paramref name="parameters"/>.</summary>
    public static ReportAlgorithm From(ExtractionParameters parameters) => RadiomicsNet(SettingsSha256(parameters));

    /// <summary>
    /// Radiomics.NET with the hash of the settings recorded in <paramref name="result"/>'s diagnostics
    /// (<c>diagnostics_Configuration_Settings</c> and <c>_EnabledImageTypes</c>), or null when the result has none
    /// (extracted with <c>additionalInfo: false</c>).
    /// </summary>
    public static ReportAlgorithm? From(FeatureResult result) =>
        result.TryGet("diagnostics_Configuration_Settings", out ResultValue settings) && settings.Text is { } json
        && result.TryGet("diagnostics_Configuration_EnabledImageTypes", out ResultValue types) && types.Text is { } imageTypes
            ? RadiomicsNet(Sha256(json, imageTypes))
            : null;

    /// <summary>
    /// The settings hash: SHA-256 (lower-case hex) of the UTF-8 text of the settings as the diagnostics record them
    /// (<c>diagnostics_Configuration_Settings</c>), a line feed, and the enabled image types
    /// (<c>diagnostics_Configuration_EnabledImageTypes</c>). Equal settings give equal hashes whatever file or
    /// command line they came from.
    /// </summary>
    public static string SettingsSha256(ExtractionParameters parameters)
    {
        var result = new FeatureResult();
        Diagnostics.AddConfiguration(result, parameters);
        return Sha256(result["diagnostics_Configuration_Settings"].Text!, result["diagnostics_Configuration_EnabledImageTypes"].Text!);
    }

    private static string Sha256(string settings, string imageTypes) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(settings + "\n" + imageTypes)));
}
