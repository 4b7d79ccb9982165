using Radiomics.Configuration.Keys;
using Radiomics.Configuration.Perturbation;
using Radiomics.Configuration.Regions;

namespace Radiomics.Configuration;

/// <summary>
/// A parsed parameter file (PyRadiomics' <c>Params.yaml</c> layout): global settings, voxel settings, enabled image
/// types with their own settings, enabled feature classes and extra regions. Every value is bound and checked when
/// loaded (<see cref="ParameterFile"/>); nothing here holds parameter-file text.
/// </summary>
public sealed record ExtractionParameters
{
    /// <summary>PyRadiomics' defaults: Original image, every feature class but shape2D, default settings.</summary>
    public static ExtractionParameters Default { get; } = new()
    {
        ImageTypes = [new ImageTypeRequest("Original", [])],
        FeatureClasses = null,
    };

    /// <summary>The general settings (the <c>setting</c> section).</summary>
    public RadiomicsSettings Settings { get; init; } = RadiomicsSettings.Default;

    /// <summary>The <c>voxelSetting</c> entries, applied on top of <see cref="Settings"/> in voxel mode (<see cref="VoxelModeSettings"/>).</summary>
    public IReadOnlyList<SettingOverride> VoxelOverrides { get; init; } = [];

    /// <summary>The enabled image types with their own settings, in file order (the <c>imageType</c> section).</summary>
    public IReadOnlyList<ImageTypeRequest> ImageTypes { get; init; } = [];

    /// <summary>Enabled feature classes in file order, or null for every class enabled by default.</summary>
    public IReadOnlyList<FeatureClassRequest>? FeatureClasses { get; init; }

    /// <summary>The extra regions of the <c>regions:</c> section, in file order (none by default): each is extracted as well and its features prefixed with its name.</summary>
    public IReadOnlyList<RegionSettings> Regions { get; init; } = [];

    /// <summary>The <c>perturbation</c> section (<c>radiomics perturb</c> and <c>robustness</c>; extraction ignores it).</summary>
    public PerturbationSettings Perturbation { get; init; } = PerturbationSettings.None;

    /// <summary>Where these parameters came from (file path, or "defaults"), for messages and provenance.</summary>
    public string Source { get; init; } = "defaults";

    /// <summary>The parameter file's text as read, or null for the defaults (recorded in provenance).</summary>
    public string? SourceText { get; init; }

    /// <summary>The settings of voxel mode: <see cref="Settings"/> with the <c>voxelSetting</c> overrides applied and checked.</summary>
    /// <exception cref="ParameterException">The overrides make a combination that is not allowed.</exception>
    public RadiomicsSettings VoxelModeSettings() => SettingsBinder.Apply(Settings, VoxelOverrides, $"{Source} voxelSetting");

    /// <summary>Applies command-line <c>--setting key:value</c> overrides to the global settings.</summary>
    /// <exception cref="ParameterException">An unknown key, a value the key does not allow, or a combination that is not allowed.</exception>
    public ExtractionParameters WithSettingOverrides(IEnumerable<KeyValuePair<string, ParameterValue>> overrides) =>
        this with { Settings = SettingsBinder.Apply(Settings, SettingsBinder.Bind(overrides, "--setting"), "--setting") };
}
