namespace Radiomics.Configuration.Keys;

/// <summary>The keys of <see cref="DiscretisationSettings"/>.</summary>
internal static class DiscretisationKeys
{
    public static readonly SettingKey<double> BinWidth = new(
        "binWidth", SettingStage.Discretisation, NumberKind.Positive, 25,
        "fixed bin width (PyRadiomics: edges at multiples of the width)",
        s => s.Discretisation.BinWidth, (s, v) => s with { Discretisation = s.Discretisation with { BinWidth = v } });

    public static readonly SettingKey<int?> BinCount = new(
        "binCount", SettingStage.Discretisation, new OptionalKind<int>(new IntegerKind(1, 1_000_000)), null,
        "fixed bin count (overrides `binWidth`)",
        s => s.Discretisation.BinCount, (s, v) => s with { Discretisation = s.Discretisation with { BinCount = v } });

    public static readonly SettingKey<BinningOrigin> BinningOrigin = new(
        "binningOrigin", SettingStage.Discretisation,
        new ChoiceKind<BinningOrigin>([("pyradiomics", Configuration.BinningOrigin.PyRadiomics), ("ibsi", Configuration.BinningOrigin.Ibsi)]),
        Configuration.BinningOrigin.PyRadiomics,
        "Radiomics.NET: `ibsi` starts fixed bin sizes at the re-segmentation lower bound or the ROI minimum",
        s => s.Discretisation.BinningOrigin, (s, v) => s with { Discretisation = s.Discretisation with { BinningOrigin = v } });

    public static IReadOnlyList<SettingKey> All { get; } = [BinWidth, BinCount, BinningOrigin];
}
