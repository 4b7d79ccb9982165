using Radiomics.Configuration.Keys;

namespace Radiomics.Configuration;

/// <summary>The PyRadiomics image types (LoG, Wavelet, Gradient, LBP) and where filters run (<see cref="FilterKeys"/>).</summary>
public sealed record FilterSettings
{
    /// <summary><c>sigma</c>: LoG scales in mm, one image each.</summary>
    public ValueList<double> Sigma { get; init; } = FilterKeys.Sigma.Default;

    /// <summary><c>wavelet</c>: PyWavelets wavelet name, kept as written.</summary>
    public string Wavelet { get; init; } = FilterKeys.Wavelet.Default;

    /// <summary><c>start_level</c>: first wavelet level returned (0-based).</summary>
    public int WaveletStartLevel { get; init; } = FilterKeys.WaveletStartLevel.Default;

    /// <summary><c>level</c>: number of wavelet levels computed.</summary>
    public int WaveletLevel { get; init; } = FilterKeys.WaveletLevel.Default;

    /// <summary><c>gradientUseSpacing</c>: compute the gradient in physical units.</summary>
    public bool GradientUseSpacing { get; init; } = FilterKeys.GradientUseSpacing.Default;

    /// <summary><c>filterRegion</c> (Radiomics.NET): how much of the image filters run on (<see cref="Configuration.FilterRegion"/>).</summary>
    public FilterRegion Region { get; init; } = FilterKeys.Region.Default;

    /// <summary><c>lbp2DRadius</c>.</summary>
    public double Lbp2DRadius { get; init; } = FilterKeys.Lbp2DRadius.Default;

    /// <summary><c>lbp2DSamples</c>: 8, the default PyRadiomics' code applies (its docstring says 9).</summary>
    public int Lbp2DSamples { get; init; } = FilterKeys.Lbp2DSamples.Default;

    /// <summary><c>lbp2DMethod</c>: scikit-image's method.</summary>
    public LbpMethod Lbp2DMethod { get; init; } = FilterKeys.Lbp2DMethod.Default;

    /// <summary><c>lbp3DLevels</c>.</summary>
    public int Lbp3DLevels { get; init; } = FilterKeys.Lbp3DLevels.Default;

    /// <summary><c>lbp3DIcosphereRadius</c>.</summary>
    public double Lbp3DIcosphereRadius { get; init; } = FilterKeys.Lbp3DIcosphereRadius.Default;

    /// <summary><c>lbp3DIcosphereSubdivision</c>.</summary>
    public int Lbp3DIcosphereSubdivision { get; init; } = FilterKeys.Lbp3DIcosphereSubdivision.Default;
}
