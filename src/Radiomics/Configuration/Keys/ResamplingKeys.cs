namespace Radiomics.Configuration.Keys;

/// <summary>The keys of <see cref="ResamplingSettings"/>.</summary>
internal static class ResamplingKeys
{
    public static readonly SettingKey<ValueList<double>?> Spacing = new(
        "resampledPixelSpacing", SettingStage.Resampling,
        new OptionalListKind<double>(new ListKind<double>(NumberKind.NonNegative, "numbers ≥ 0 (mm)", 3, 3)), null,
        "target spacing in mm, x y z (a 0 keeps that axis); null: no resampling",
        s => s.Resampling.Spacing, (s, v) => s with { Resampling = s.Resampling with { Spacing = v } });

    public static readonly SettingKey<Interpolator> Interpolator = new(
        "interpolator", SettingStage.Resampling,
        new ChoiceKind<Interpolator>(
            [
                ("sitkNearestNeighbor", Configuration.Interpolator.NearestNeighbor), ("sitkLinear", Configuration.Interpolator.Linear),
                ("sitkBSpline", Configuration.Interpolator.BSpline), ("sitkGaussian", Configuration.Interpolator.Gaussian),
                ("sitkLabelGaussian", Configuration.Interpolator.LabelGaussian), ("sitkHammingWindowedSinc", Configuration.Interpolator.HammingWindowedSinc),
                ("sitkCosineWindowedSinc", Configuration.Interpolator.CosineWindowedSinc), ("sitkWelchWindowedSinc", Configuration.Interpolator.WelchWindowedSinc),
                ("sitkLanczosWindowedSinc", Configuration.Interpolator.LanczosWindowedSinc), ("sitkBlackmanWindowedSinc", Configuration.Interpolator.BlackmanWindowedSinc),
            ],
            // SimpleITK's enum codes, as PyRadiomics also accepts them.
            aliases:
            [
                ("1", Configuration.Interpolator.NearestNeighbor), ("2", Configuration.Interpolator.Linear), ("3", Configuration.Interpolator.BSpline),
                ("4", Configuration.Interpolator.Gaussian), ("5", Configuration.Interpolator.LabelGaussian), ("6", Configuration.Interpolator.HammingWindowedSinc),
                ("7", Configuration.Interpolator.CosineWindowedSinc), ("8", Configuration.Interpolator.WelchWindowedSinc),
                ("9", Configuration.Interpolator.LanczosWindowedSinc), ("10", Configuration.Interpolator.BlackmanWindowedSinc),
            ],
            aliasesInWords: "or codes 1–10"),
        Configuration.Interpolator.BSpline,
        "image interpolator for resampling (resampling supports sitkNearestNeighbor, sitkLinear, sitkBSpline; `profile: ibsi` sitkLinear and sitkBSpline)",
        s => s.Resampling.Interpolator, (s, v) => s with { Resampling = s.Resampling with { Interpolator = v } });

    public static readonly SettingKey<int> PadDistance = new(
        "padDistance", SettingStage.Resampling, new IntegerKind(0, 10_000), 5,
        "voxels kept around the ROI when cropping for resampling and filters",
        s => s.Resampling.PadDistance, (s, v) => s with { Resampling = s.Resampling with { PadDistance = v } });

    public static readonly SettingKey<bool> PreCrop = new(
        "preCrop", SettingStage.Resampling, new BoolKind(), false,
        "crop to the ROI (plus `padDistance`) before resampling",
        s => s.Resampling.PreCrop, (s, v) => s with { Resampling = s.Resampling with { PreCrop = v } });

    public static IReadOnlyList<SettingKey> All { get; } = [Spacing, Interpolator, PadDistance, PreCrop];
}
