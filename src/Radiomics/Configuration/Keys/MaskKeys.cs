namespace Radiomics.Configuration.Keys;

/// <summary>The keys of <see cref="MaskSettings"/>.</summary>
internal static class MaskKeys
{
    public static readonly SettingKey<int> Label = new(
        "label", SettingStage.Mask, new IntegerKind(int.MinValue, int.MaxValue), 1,
        "mask value of the ROI",
        s => s.Mask.Label, (s, v) => s with { Mask = s.Mask with { Label = v } });

    public static readonly SettingKey<int> LabelChannel = new(
        "label_channel", SettingStage.Mask, new IntegerKind(0, 1024), 0,
        "component of a vector mask holding the labels",
        s => s.Mask.LabelChannel, (s, v) => s with { Mask = s.Mask with { LabelChannel = v } });

    public static readonly SettingKey<double?> GeometryTolerance = new(
        "geometryTolerance", SettingStage.Mask, new OptionalKind<double>(NumberKind.NonNegative), null,
        "how far image and mask origin/spacing (× spacing) and direction may differ; null: ITK's 1e-6",
        s => s.Mask.GeometryTolerance, (s, v) => s with { Mask = s.Mask with { GeometryTolerance = v } });

    public static readonly SettingKey<bool> CorrectMask = new(
        "correctMask", SettingStage.Mask, new BoolKind(), false,
        "resample a mismatched but overlapping mask onto the image grid (nearest neighbour)",
        s => s.Mask.CorrectMask, (s, v) => s with { Mask = s.Mask with { CorrectMask = v } });

    public static readonly SettingKey<int> MinimumRoiDimensions = new(
        "minimumROIDimensions", SettingStage.Mask, new IntegerKind(1, 3), 2,
        "the ROI must span at least this many dimensions",
        s => s.Mask.MinimumRoiDimensions, (s, v) => s with { Mask = s.Mask with { MinimumRoiDimensions = v } });

    public static readonly SettingKey<int?> MinimumRoiSize = new(
        "minimumROISize", SettingStage.Mask, new OptionalKind<int>(new IntegerKind(1, int.MaxValue)), null,
        "minimum number of ROI voxels",
        s => s.Mask.MinimumRoiSize, (s, v) => s with { Mask = s.Mask with { MinimumRoiSize = v } });

    public static IReadOnlyList<SettingKey> All { get; } = [Label, LabelChannel, GeometryTolerance, CorrectMask, MinimumRoiDimensions, MinimumRoiSize];
}
