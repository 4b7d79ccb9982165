using Radiomics.Configuration.Keys;

namespace Radiomics.Configuration;

/// <summary>The IBSI 2 image types (docs/ibsi2-image-types.md; <see cref="Ibsi2FilterKeys"/>).</summary>
public sealed record Ibsi2FilterSettings
{
    /// <summary><c>ibsiFilterDimension</c>: 2D (slice by slice) or 3D application.</summary>
    public FilterDimension Dimension { get; init; } = Ibsi2FilterKeys.Dimension.Default;

    /// <summary><c>ibsiPadding</c>: boundary mode (zero, nearest, periodic, mirror).</summary>
    public BoundaryMode Padding { get; init; } = Ibsi2FilterKeys.Padding.Default;

    /// <summary><c>ibsiMeanSupport</c>: mean filter window width M in voxels (odd).</summary>
    public int MeanSupport { get; init; } = Ibsi2FilterKeys.MeanSupport.Default;

    /// <summary><c>ibsiLoGSigma</c>: IBSI LoG scales σ in mm, one image each.</summary>
    public ValueList<double> LoGSigma { get; init; } = Ibsi2FilterKeys.LoGSigma.Default;

    /// <summary><c>ibsiLoGCutoff</c>: IBSI LoG kernel cut-off in units of σ.</summary>
    public double LoGCutoff { get; init; } = Ibsi2FilterKeys.LoGCutoff.Default;

    /// <summary><c>lawsKernel</c>: Laws kernel combination in axis order, upper case (e.g. L5E5E5; two names for 2D).</summary>
    public string LawsKernel { get; init; } = Ibsi2FilterKeys.LawsKernel.Default;

    /// <summary><c>lawsEnergyDistance</c>: Chebyshev distance δ of the energy map; null for the plain response.</summary>
    public int? LawsEnergyDistance { get; init; } = Ibsi2FilterKeys.LawsEnergyDistance.Default;

    /// <summary><c>lawsRotationInvariance</c>: pooling over right-angle rotations.</summary>
    public RotationInvariance LawsRotationInvariance { get; init; } = Ibsi2FilterKeys.LawsRotationInvariance.Default;

    /// <summary><c>gaborSigma</c>: Gabor envelope σ in mm.</summary>
    public double GaborSigma { get; init; } = Ibsi2FilterKeys.GaborSigma.Default;

    /// <summary><c>gaborLambda</c>: Gabor wavelength λ in mm.</summary>
    public double GaborLambda { get; init; } = Ibsi2FilterKeys.GaborLambda.Default;

    /// <summary><c>gaborGamma</c>: Gabor spatial aspect ratio γ.</summary>
    public double GaborGamma { get; init; } = Ibsi2FilterKeys.GaborGamma.Default;

    /// <summary><c>gaborTheta</c>: Gabor orientation θ in degrees.</summary>
    public double GaborTheta { get; init; } = Ibsi2FilterKeys.GaborTheta.Default;

    /// <summary><c>gaborThetaStep</c>: orientation step Δθ in degrees for orientation averaging; null for θ alone.</summary>
    public double? GaborThetaStep { get; init; } = Ibsi2FilterKeys.GaborThetaStep.Default;

    /// <summary><c>ibsiWavelet</c>: separable wavelet name, lower case (haar, db2, db3, coif1, …).</summary>
    public string Wavelet { get; init; } = Ibsi2FilterKeys.Wavelet.Default;

    /// <summary><c>ibsiWaveletBand</c>: sub-band, letters in axis order (three in 3D, two in 2D).</summary>
    public WaveletBand WaveletBand { get; init; } = Ibsi2FilterKeys.WaveletBand.Default;

    /// <summary><c>ibsiWaveletLevel</c>: undecimated decomposition level (≥ 1).</summary>
    public int WaveletLevel { get; init; } = Ibsi2FilterKeys.WaveletLevel.Default;

    /// <summary><c>ibsiWaveletRotationInvariance</c>: pooling over right-angle rotations.</summary>
    public RotationInvariance WaveletRotationInvariance { get; init; } = Ibsi2FilterKeys.WaveletRotationInvariance.Default;

    /// <summary><c>simoncelliLevel</c>: Simoncelli wavelet decomposition level (≥ 1).</summary>
    public int SimoncelliLevel { get; init; } = Ibsi2FilterKeys.SimoncelliLevel.Default;
}
