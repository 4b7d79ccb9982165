namespace Radiomics.Configuration.Keys;

/// <summary>
/// The key table: every <c>setting</c> key of a parameter file, in stage order (the order of the settings' JSON and of
/// docs/parameters.md). Each entry (<see cref="SettingKey{T}"/>) holds the key's name, stage, type and allowed values,
/// default, documentation line and place in <see cref="RadiomicsSettings"/>: binding, provenance and docs read it.
/// </summary>
internal static class SettingKeys
{
    /// <summary>Every recorded key (written in the settings' JSON), in order.</summary>
    public static IReadOnlyList<SettingKey> All { get; } =
    [
        .. GeneralKeys.All, .. MaskKeys.All, .. ResamplingKeys.All, .. NormalisationKeys.All, .. ResegmentationKeys.All,
        .. DiscretisationKeys.All, .. FeatureKeys.All, .. FilterKeys.All, .. Ibsi2FilterKeys.All, .. IbsiKeys.All,
        .. VoxelKeys.All, .. OutputKeys.All,
    ];

    // After All: static fields are initialised in the order they are written.
    private static readonly Dictionary<string, SettingKey> ByName = Accepted().ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>Every key a parameter file may use: <see cref="All"/> and the compatibility keys (accepted, not recorded).</summary>
    public static IReadOnlyList<SettingKey> Accepted() => [.. All, .. GeneralKeys.Compatibility];

    /// <summary>The key named <paramref name="name"/> (case-sensitive, as PyRadiomics), or null.</summary>
    public static SettingKey? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The key named <paramref name="name"/>.</summary>
    /// <exception cref="ParameterException">No such key (the message suggests a key differing only in case).</exception>
    public static SettingKey Require(string name, string where)
    {
        if (Find(name) is { } key)
        {
            return key;
        }

        string? suggestion = ByName.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        throw new ParameterException(
            $"{where}: unknown setting {IO.SafeText.Quote(name, 60)}." + (suggestion is null ? " See docs/parameters.md for the accepted keys." : $" Did you mean '{suggestion}'?"));
    }
}
