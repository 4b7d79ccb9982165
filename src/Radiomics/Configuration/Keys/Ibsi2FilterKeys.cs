namespace Radiomics.Configuration.Keys;

/// <summary>The keys of <see cref="Ibsi2FilterSettings"/>.</summary>
internal static class Ibsi2FilterKeys
{
    private static readonly ChoiceKind<RotationInvariance> Pooling =
        new([("none", RotationInvariance.None), ("max", RotationInvariance.Max), ("average", RotationInvariance.Average)]);

    public static readonly SettingKey<FilterDimension> Dimension = new(
        "ibsiFilterDimension", SettingStage.Ibsi2Filters,
        new ChoiceKind<FilterDimension>([("2D", FilterDimension.Slice2D), ("3D", FilterDimension.Volume3D)]), FilterDimension.Volume3D,
        "IBSI 2 image types: filter slice by slice (2D) or the volume (3D) (docs/ibsi2-image-types.md)",
        s => s.Ibsi2Filters.Dimension, (s, v) => s with { Ibsi2Filters = s.Ibsi2Filters with { Dimension = v } });

    public static readonly SettingKey<BoundaryMode> Padding = new(
        "ibsiPadding", SettingStage.Ibsi2Filters,
        new ChoiceKind<BoundaryMode>([("zero", BoundaryMode.Zero), ("nearest", BoundaryMode.Nearest), ("periodic", BoundaryMode.Periodic), ("mirror", BoundaryMode.Mirror)]),
        BoundaryMode.Mirror,
        "IBSI 2 image types: boundary padding",
        s => s.Ibsi2Filters.Padding, (s, v) => s with { Ibsi2Filters = s.Ibsi2Filters with { Padding = v } });

    public static readonly SettingKey<int> MeanSupport = new(
        "ibsiMeanSupport", SettingStage.Ibsi2Filters, new IntegerKind(1, 999, oddOnly: true), 5,
        "`IbsiMean` window width (voxels)",
        s => s.Ibsi2Filters.MeanSupport, (s, v) => s with { Ibsi2Filters = s.Ibsi2Filters with { MeanSupport = v } });

    public static readonly SettingKey<ValueList<double>> LoGSigma = new(
        "ibsiLoGSigma", SettingStage.Ibsi2Filters, new ListKind<double>(NumberKind.Positive, "numbers > 0 (mm)", 1, distinct: true), [1.5],
        "`IbsiLoG` scales σ (mm), one image each",
        s => s.Ibsi2Filters.LoGSigma, (s, v) => s with { Ibsi2Filters = s.Ibsi2Filters with { LoGSigma = v } });

    public static readonly SettingKey<double> LoGCutoff = new(
        "ibsiLoGCutoff", SettingStage.Ibsi2Filters, new NumberKind(0, 1000, minimumExclusive: true), 4,
        "`IbsiLoG` kernel half-width (σ)",
        s => s.Ibsi2Filters.LoGCutoff, (s, v) => s with { Ibsi2Filters = s.Ibsi2Filters with { LoGCutoff = v } });

    public static readonly SettingKey<string> LawsKernel = new(
        "lawsKernel", SettingStage.Ibsi2Filters,
        new TextKind($"two or three of {string.Join(", ", LawsKernelNames.All)} (e.g. L5E5E5)", FilterNames.LawsCombination, ["L5E5E5", "E5L5S5", "L3E3", "R5W5", "s3e3l3"]),
        "L5E5E5",
        "`Laws` image type: kernels in axis order (three in 3D, two in 2D)",
        s => s.Ibsi2Filters.LawsKernel, (s, v) => s with { Ibsi2Filters = s.Ibsi2Filters with { LawsKernel = v } });

    public static readonly SettingKey<int?> LawsEnergyDistance = new(
        "lawsEnergyDistance", SettingStage.Ibsi2Filters, new OptionalKind<int>(new IntegerKind(0, 1000)), 7,
        "`Laws` image type: Chebyshev distance δ of the energy map; null: the plain response",
        s => s.Ibsi2Filters.LawsEnergyDistance, (s, v) => s with { Ibsi2Filters = s.Ibsi2Filters with { LawsEnergyDistance = v } });

    public static readonly SettingKey<RotationInvariance> LawsRotationInvariance = new(
        "lawsRotationInvariance", SettingStage.Ibsi2Filters, Pooling, RotationInvariance.Max,
        "`Laws` image type: pooling over right-angle rotations",
        s => s.Ibsi2Filters.LawsRotationInvariance, (s, v) => s with { Ibsi2Filters = s.Ibsi2Filters with { LawsRotationInvariance = v } });

    public static readonly SettingKey<double> GaborSigma = new(
        "gaborSigma", SettingStage.Ibsi2Filters, new NumberKind(0, 1e6, minimumExclusive: true, unit: "mm"), 5,
        "`Gabor` image type: envelope σ (mm)",
        s => s.Ibsi2Filters.GaborSigma, (s, v) => s with { Ibsi2Filters = s.Ibsi2Filters with { GaborSigma = v } });

    public static readonly SettingKey<double> GaborLambda = new(
        "gaborLambda", SettingStage.Ibsi2Filters, new NumberKind(0, 1e6, minimumExclusive: true, unit: "mm"), 2,
        "`Gabor` image type: wavelength λ (mm)",
        s => s.Ibsi2Filters.GaborLambda, (s, v) => s with { Ibsi2Filters = s.Ibsi2Filters with { GaborLambda = v } });

    public static readonly SettingKey<double> GaborGamma = new(
        "gaborGamma", SettingStage.Ibsi2Filters, new NumberKind(0, 1e6, minimumExclusive: true), 1.5,
        "`Gabor` image type: spatial aspect ratio γ",
        s => s.Ibsi2Filters.GaborGamma, (s, v) => s with { Ibsi2Filters = s.Ibsi2Filters with { GaborGamma = v } });

    public static readonly SettingKey<double> GaborTheta = new(
        "gaborTheta", SettingStage.Ibsi2Filters, new NumberKind(-1e6, 1e6, unit: "degrees"), 0,
        "`Gabor` image type: orientation θ (degrees)",
        s => s.Ibsi2Filters.GaborTheta, (s, v) => s with { Ibsi2Filters = s.Ibsi2Filters with { GaborTheta = v } });

    public static readonly SettingKey<double?> GaborThetaStep = new(
        "gaborThetaStep", SettingStage.Ibsi2Filters, new OptionalKind<double>(new NumberKind(0, 360, minimumExclusive: true, unit: "degrees")), 22.5,
        "`Gabor` image type: orientation step Δθ (degrees) for orientation averaging; null: θ alone",
        s => s.Ibsi2Filters.GaborThetaStep, (s, v) => s with { Ibsi2Filters = s.Ibsi2Filters with { GaborThetaStep = v } });

    public static readonly SettingKey<string> Wavelet = new(
        "ibsiWavelet", SettingStage.Ibsi2Filters,
        new TextKind("a wavelet name (haar, db2, db3, coif1, …)", text => FilterNames.Known(text.ToLowerInvariant()) ? text.ToLowerInvariant() : null, ["haar", "db2", "db3", "coif1", "Coif2"]),
        "db3",
        "`IbsiWavelet` image type: the wavelet",
        s => s.Ibsi2Filters.Wavelet, (s, v) => s with { Ibsi2Filters = s.Ibsi2Filters with { Wavelet = v } });

    public static readonly SettingKey<WaveletBand> WaveletBand = new(
        "ibsiWaveletBand", SettingStage.Ibsi2Filters,
        new ChoiceKind<WaveletBand>(Enum.GetValues<WaveletBand>().Select(band => (band.ToString(), band)).ToArray()),
        Configuration.WaveletBand.LLH,
        "`IbsiWavelet` image type: sub-band, L or H per axis in axis order (three in 3D, two in 2D)",
        s => s.Ibsi2Filters.WaveletBand, (s, v) => s with { Ibsi2Filters = s.Ibsi2Filters with { WaveletBand = v } });

    public static readonly SettingKey<int> WaveletLevel = new(
        "ibsiWaveletLevel", SettingStage.Ibsi2Filters, new IntegerKind(1, 16), 1,
        "`IbsiWavelet` image type: undecimated decomposition level",
        s => s.Ibsi2Filters.WaveletLevel, (s, v) => s with { Ibsi2Filters = s.Ibsi2Filters with { WaveletLevel = v } });

    public static readonly SettingKey<RotationInvariance> WaveletRotationInvariance = new(
        "ibsiWaveletRotationInvariance", SettingStage.Ibsi2Filters, Pooling, RotationInvariance.Average,
        "`IbsiWavelet` image type: pooling over right-angle rotations",
        s => s.Ibsi2Filters.WaveletRotationInvariance, (s, v) => s with { Ibsi2Filters = s.Ibsi2Filters with { WaveletRotationInvariance = v } });

    public static readonly SettingKey<int> SimoncelliLevel = new(
        "simoncelliLevel", SettingStage.Ibsi2Filters, new IntegerKind(1, 16), 1,
        "`Simoncelli` image type: decomposition level",
        s => s.Ibsi2Filters.SimoncelliLevel, (s, v) => s with { Ibsi2Filters = s.Ibsi2Filters with { SimoncelliLevel = v } });

    public static IReadOnlyList<SettingKey> All { get; } =
    [
        Dimension, Padding, MeanSupport, LoGSigma, LoGCutoff, LawsKernel, LawsEnergyDistance, LawsRotationInvariance,
        GaborSigma, GaborLambda, GaborGamma, GaborTheta, GaborThetaStep, Wavelet, WaveletBand, WaveletLevel,
        WaveletRotationInvariance, SimoncelliLevel,
    ];
}
