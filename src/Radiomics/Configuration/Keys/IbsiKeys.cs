namespace Radiomics.Configuration.Keys;

/// <summary>The keys of <see cref="IbsiSettings"/> (<c>profile: ibsi</c> only).</summary>
internal static class IbsiKeys
{
    public static readonly SettingKey<IvhIntensityUnits> IvhIntensityUnits = new(
        "ivhIntensityUnits", SettingStage.Ibsi,
        new ChoiceKind<IvhIntensityUnits>(
            [("discrete", Configuration.IvhIntensityUnits.Discrete), ("continuous", Configuration.IvhIntensityUnits.Continuous), ("arbitrary", Configuration.IvhIntensityUnits.Arbitrary)]),
        Configuration.IvhIntensityUnits.Discrete,
        "how the intensity-volume histogram is discretised (below)",
        s => s.Ibsi.IvhIntensityUnits, (s, v) => s with { Ibsi = s.Ibsi with { IvhIntensityUnits = v } });

    public static readonly SettingKey<double?> IvhBinWidth = new(
        "ivhBinWidth", SettingStage.Ibsi, new OptionalKind<double>(NumberKind.Positive), null,
        "IVH bin width in intensity units (discrete: default 1; continuous: required)",
        s => s.Ibsi.IvhBinWidth, (s, v) => s with { Ibsi = s.Ibsi with { IvhBinWidth = v } });

    public static readonly SettingKey<int?> IvhBinCount = new(
        "ivhBinCount", SettingStage.Ibsi, new OptionalKind<int>(new IntegerKind(2, 10_000_000)), null,
        "IVH bin count for arbitrary units (default 1000)",
        s => s.Ibsi.IvhBinCount, (s, v) => s with { Ibsi = s.Ibsi with { IvhBinCount = v } });

    public static readonly SettingKey<bool> OutlierFiltering = new(
        "ibsiOutlierFiltering", SettingStage.Ibsi, new BoolKind(), false,
        "also keep only the ROI intensities within mean ± 3σ (IBSI outlier filtering), together with an absolute `resegmentRange` (configuration E)",
        s => s.Ibsi.OutlierFiltering, (s, v) => s with { Ibsi = s.Ibsi with { OutlierFiltering = v } });

    public static IReadOnlyList<SettingKey> All { get; } = [IvhIntensityUnits, IvhBinWidth, IvhBinCount, OutlierFiltering];
}
