using Radiomics.Configuration.Regions;

namespace Radiomics.Configuration;

/// <summary>An enabled image type (PyRadiomics' <c>imageType</c> entry) and its own setting overrides.</summary>
public sealed record ImageTypeRequest(string Name, IReadOnlyList<KeyValuePair<string, ParameterValue>> Overrides)
{
    /// <summary>The settings this image type runs with: the global ones with its overrides applied.</summary>
    public RadiomicsSettings EffectiveSettings(RadiomicsSettings global, string where)
    {
        RadiomicsSettings settings = global;
        foreach (var (key, value) in Overrides)
        {
            settings = SettingsBinder.ApplySetting(settings, key, value, $"{where} imageType.{Name}");
        }

        SettingsBinder.ValidateCombination(settings, $"{where} imageType.{Name}");
        return settings;
    }
}

/// <summary>An enabled feature class and the features asked for by name (null: all its default features).</summary>
public sealed record FeatureClassRequest(string Family, IReadOnlyList<string>? Features);

/// <summary>
/// A parsed parameter file (PyRadiomics' <c>Params.yaml</c> layout): global settings, voxel settings, enabled image
/// types with their overrides, and enabled feature classes. Validated when loaded.
/// </summary>
public sealed record ExtractionParameters
{
    /// <summary>PyRadiomics' defaults: Original image, every feature class but shape2D, default settings.</summary>
    public static ExtractionParameters Default { get; } = new()
    {
        ImageTypes = [new ImageTypeRequest("Original", [])],
        FeatureClasses = null,
    };

    public RadiomicsSettings Settings { get; init; } = RadiomicsSettings.Default;

    /// <summary>The <c>voxelSetting</c> entries, applied on top of <see cref="Settings"/> in voxel mode.</summary>
    public IReadOnlyList<KeyValuePair<string, ParameterValue>> VoxelSettings { get; init; } = [];

    public IReadOnlyList<ImageTypeRequest> ImageTypes { get; init; } = [];

    /// <summary>Enabled feature classes in file order, or null for every class enabled by default.</summary>
    public IReadOnlyList<FeatureClassRequest>? FeatureClasses { get; init; }

    /// <summary>The extra regions of the <c>regions:</c> section, in file order (none by default): each is extracted as well and its features prefixed with its name.</summary>
    public IReadOnlyList<RegionSettings> Regions { get; init; } = [];

    /// <summary>The <c>perturbation</c> section (<c>radiomics perturb</c> and <c>robustness</c>; extraction ignores it).</summary>
    public Preprocessing.Perturbation.PerturbationSettings Perturbation { get; init; } = Preprocessing.Perturbation.PerturbationSettings.None;

    /// <summary>Where these parameters came from (file path, or "defaults"), for messages and provenance.</summary>
    public string Source { get; init; } = "defaults";

    /// <summary>The parameter file's text as read, or null for the defaults (recorded in provenance).</summary>
    public string? SourceText { get; init; }

    /// <summary>Applies command-line <c>--setting key:value</c> overrides to the global settings.</summary>
    public ExtractionParameters WithSettingOverrides(IEnumerable<KeyValuePair<string, ParameterValue>> overrides)
    {
        RadiomicsSettings settings = Settings;
        foreach (var (key, value) in overrides)
        {
            settings = SettingsBinder.ApplySetting(settings, key, value, "--setting");
        }

        SettingsBinder.ValidateCombination(settings, "--setting");
        return this with { Settings = settings };
    }
}
