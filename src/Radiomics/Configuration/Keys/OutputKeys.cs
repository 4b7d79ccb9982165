namespace Radiomics.Configuration.Keys;

/// <summary>The keys of <see cref="OutputSettings"/>.</summary>
internal static class OutputKeys
{
    public static readonly SettingKey<bool> AdditionalInfo = new(
        "additionalInfo", SettingStage.Output, new BoolKind(), true,
        "emit the `diagnostics_*` entries (versions, configuration, input hashes, image and mask statistics)",
        s => s.Output.AdditionalInfo, (s, v) => s with { Output = s.Output with { AdditionalInfo = v } });

    public static IReadOnlyList<SettingKey> All { get; } = [AdditionalInfo];
}
