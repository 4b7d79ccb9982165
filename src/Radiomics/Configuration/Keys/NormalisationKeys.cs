namespace Radiomics.Configuration.Keys;

/// <summary>The keys of <see cref="NormalisationSettings"/>.</summary>
internal static class NormalisationKeys
{
    public static readonly SettingKey<bool> Enabled = new(
        "normalize", SettingStage.Normalisation, new BoolKind(), false,
        "z-score normalise the image (mean and standard deviation of the whole image)",
        s => s.Normalisation.Enabled, (s, v) => s with { Normalisation = s.Normalisation with { Enabled = v } });

    public static readonly SettingKey<double> Scale = new(
        "normalizeScale", SettingStage.Normalisation, NumberKind.Positive, 1,
        "factor applied after normalisation",
        s => s.Normalisation.Scale, (s, v) => s with { Normalisation = s.Normalisation with { Scale = v } });

    public static readonly SettingKey<double?> RemoveOutliers = new(
        "removeOutliers", SettingStage.Normalisation, new OptionalKind<double>(NumberKind.Positive), null,
        "clip normalised values beyond this many standard deviations",
        s => s.Normalisation.RemoveOutliers, (s, v) => s with { Normalisation = s.Normalisation with { RemoveOutliers = v } });

    public static IReadOnlyList<SettingKey> All { get; } = [Enabled, Scale, RemoveOutliers];
}
