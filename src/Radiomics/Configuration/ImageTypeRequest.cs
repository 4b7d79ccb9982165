using Radiomics.Configuration.Keys;

namespace Radiomics.Configuration;

/// <summary>An enabled image type (PyRadiomics' <c>imageType</c> entry) and its own settings, bound when loaded.</summary>
public sealed record ImageTypeRequest(string Name, IReadOnlyList<SettingOverride> Overrides)
{
    /// <summary>The settings this image type runs with: the global ones with its overrides applied, the combination checked.</summary>
    /// <exception cref="ParameterException">The overrides make a combination that is not allowed (named after <paramref name="where"/> and the type).</exception>
    public RadiomicsSettings EffectiveSettings(RadiomicsSettings global, string where) =>
        SettingsBinder.Apply(global, Overrides, $"{where} imageType.{Name}");
}
