namespace Radiomics.Configuration.Keys;

/// <summary>The keys of <see cref="ResegmentationSettings"/>.</summary>
internal static class ResegmentationKeys
{
    public static readonly SettingKey<ValueList<double>?> Range = new(
        "resegmentRange", SettingStage.Resegmentation,
        new OptionalListKind<double>(new ListKind<double>(new NumberKind(double.NegativeInfinity, double.MaxValue), "numbers (lower, then upper bound)", 1, 2)), null,
        "keep the ROI voxels whose intensity lies in [lower, upper] (one bound: no upper bound); null: no re-segmentation",
        s => s.Resegmentation.Range, (s, v) => s with { Resegmentation = s.Resegmentation with { Range = v } });

    public static readonly SettingKey<ResegmentMode> Mode = new(
        "resegmentMode", SettingStage.Resegmentation,
        new ChoiceKind<ResegmentMode>([("absolute", ResegmentMode.Absolute), ("relative", ResegmentMode.Relative), ("sigma", ResegmentMode.Sigma)]),
        ResegmentMode.Absolute,
        "how `resegmentRange` is read: intensities, fractions of the ROI's range, or standard deviations from its mean",
        s => s.Resegmentation.Mode, (s, v) => s with { Resegmentation = s.Resegmentation with { Mode = v } });

    public static readonly SettingKey<bool> ApplyToShape = new(
        "resegmentShape", SettingStage.Resegmentation, new BoolKind(), false,
        "shape features use the re-segmented mask too",
        s => s.Resegmentation.ApplyToShape, (s, v) => s with { Resegmentation = s.Resegmentation with { ApplyToShape = v } });

    public static IReadOnlyList<SettingKey> All { get; } = [Range, Mode, ApplyToShape];
}
