namespace Radiomics.Configuration.Keys;

/// <summary>The keys of the whole run: <c>profile</c> (<see cref="RadiomicsSettings.Profile"/>) and the compatibility keys.</summary>
internal static class GeneralKeys
{
    public static readonly SettingKey<ComplianceProfile> Profile = new(
        "profile", SettingStage.Profile,
        new ChoiceKind<ComplianceProfile>([("pyradiomics", ComplianceProfile.PyRadiomics), ("ibsi", ComplianceProfile.Ibsi)]),
        ComplianceProfile.PyRadiomics,
        "`ibsi` switches every step where IBSI and PyRadiomics differ (docs/ibsi1-profile.md)",
        s => s.Profile, (s, v) => s with { Profile = v });

    /// <summary>PyRadiomics' C-extension switch: accepted (true or false) and ignored.</summary>
    public static readonly SettingKey<bool> EnableCExtensions = new(
        "enableCExtensions", SettingStage.Compatibility, new BoolKind(), true,
        "accepted for compatibility with PyRadiomics parameter files; changes nothing",
        _ => true, (s, _) => s);

    public static IReadOnlyList<SettingKey> All { get; } = [Profile];

    public static IReadOnlyList<SettingKey> Compatibility { get; } = [EnableCExtensions];
}
