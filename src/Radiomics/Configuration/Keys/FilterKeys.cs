namespace Radiomics.Configuration.Keys;

/// <summary>The keys of <see cref="FilterSettings"/>.</summary>
internal static class FilterKeys
{
    public static readonly SettingKey<ValueList<double>> Sigma = new(
        "sigma", SettingStage.Filters, new ListKind<double>(NumberKind.Positive, "numbers > 0 (mm)", 0, distinct: true), [],
        "LoG scales in mm, one image each (none: the LoG image type gives no image)",
        s => s.Filters.Sigma, (s, v) => s with { Filters = s.Filters with { Sigma = v } });

    public static readonly SettingKey<string> Wavelet = new(
        "wavelet", SettingStage.Filters,
        new TextKind("a PyWavelets discrete wavelet name (e.g. coif1, haar, db2, sym4, bior1.1)", text => FilterNames.Known(text) ? text : null, ["coif1", "haar", "db2", "sym4", "bior1.1"]),
        "coif1",
        "Wavelet image type: the wavelet",
        s => s.Filters.Wavelet, (s, v) => s with { Filters = s.Filters with { Wavelet = v } });

    public static readonly SettingKey<int> WaveletStartLevel = new(
        "start_level", SettingStage.Filters, new IntegerKind(0, 16), 0,
        "Wavelet image type: first level returned (0-based)",
        s => s.Filters.WaveletStartLevel, (s, v) => s with { Filters = s.Filters with { WaveletStartLevel = v } });

    public static readonly SettingKey<int> WaveletLevel = new(
        "level", SettingStage.Filters, new IntegerKind(1, 16), 1,
        "Wavelet image type: number of levels computed",
        s => s.Filters.WaveletLevel, (s, v) => s with { Filters = s.Filters with { WaveletLevel = v } });

    public static readonly SettingKey<bool> GradientUseSpacing = new(
        "gradientUseSpacing", SettingStage.Filters, new BoolKind(), true,
        "Gradient image type: in physical units",
        s => s.Filters.GradientUseSpacing, (s, v) => s with { Filters = s.Filters with { GradientUseSpacing = v } });

    public static readonly SettingKey<FilterRegion> Region = new(
        "filterRegion", SettingStage.Filters,
        new ChoiceKind<FilterRegion>([("roi", FilterRegion.Roi), ("image", FilterRegion.Image)]),
        FilterRegion.Roi,
        "Radiomics.NET: `roi` filters only the ROI's bounding box grown by each image type's reach (memory follows the ROI); `image` filters the whole image as PyRadiomics (below)",
        s => s.Filters.Region, (s, v) => s with { Filters = s.Filters with { Region = v } });

    public static readonly SettingKey<double> Lbp2DRadius = new(
        "lbp2DRadius", SettingStage.Filters, new NumberKind(0, 1000, minimumExclusive: true), 1,
        "LBP2D image type: radius",
        s => s.Filters.Lbp2DRadius, (s, v) => s with { Filters = s.Filters with { Lbp2DRadius = v } });

    public static readonly SettingKey<int> Lbp2DSamples = new(
        "lbp2DSamples", SettingStage.Filters, new IntegerKind(1, 64), 8,
        "LBP2D image type: samples (8: PyRadiomics' code; its docstring says 9)",
        s => s.Filters.Lbp2DSamples, (s, v) => s with { Filters = s.Filters with { Lbp2DSamples = v } });

    public static readonly SettingKey<LbpMethod> Lbp2DMethod = new(
        "lbp2DMethod", SettingStage.Filters,
        new ChoiceKind<LbpMethod>([("default", LbpMethod.Default), ("ror", LbpMethod.Ror), ("uniform", LbpMethod.Uniform), ("nri_uniform", LbpMethod.NriUniform), ("var", LbpMethod.Var)]),
        LbpMethod.Uniform,
        "LBP2D image type: scikit-image's method",
        s => s.Filters.Lbp2DMethod, (s, v) => s with { Filters = s.Filters with { Lbp2DMethod = v } });

    public static readonly SettingKey<int> Lbp3DLevels = new(
        "lbp3DLevels", SettingStage.Filters, new IntegerKind(1, 32), 2,
        "LBP3D image type: levels",
        s => s.Filters.Lbp3DLevels, (s, v) => s with { Filters = s.Filters with { Lbp3DLevels = v } });

    public static readonly SettingKey<double> Lbp3DIcosphereRadius = new(
        "lbp3DIcosphereRadius", SettingStage.Filters, new NumberKind(0, 1000, minimumExclusive: true), 1,
        "LBP3D image type: icosphere radius",
        s => s.Filters.Lbp3DIcosphereRadius, (s, v) => s with { Filters = s.Filters with { Lbp3DIcosphereRadius = v } });

    public static readonly SettingKey<int> Lbp3DIcosphereSubdivision = new(
        "lbp3DIcosphereSubdivision", SettingStage.Filters, new IntegerKind(0, 6), 1,
        "LBP3D image type: icosphere subdivision",
        s => s.Filters.Lbp3DIcosphereSubdivision, (s, v) => s with { Filters = s.Filters with { Lbp3DIcosphereSubdivision = v } });

    public static IReadOnlyList<SettingKey> All { get; } =
    [
        Sigma, Wavelet, WaveletStartLevel, WaveletLevel, GradientUseSpacing, Region, Lbp2DRadius, Lbp2DSamples, Lbp2DMethod,
        Lbp3DLevels, Lbp3DIcosphereRadius, Lbp3DIcosphereSubdivision,
    ];
}
