namespace Radiomics.Configuration;

/// <summary>
/// <c>ibsiWaveletBand</c>: the sub-band of a separable wavelet, one letter per filtered axis in x, y, z order (L: low
/// pass, H: high pass): two letters for 2D filtering, three for 3D.
/// </summary>
public enum WaveletBand
{
    /// <summary>Low pass along x, low pass along y (2D).</summary>
    LL,
    /// <summary>Low pass along x, high pass along y (2D).</summary>
    LH,
    /// <summary>High pass along x, low pass along y (2D).</summary>
    HL,
    /// <summary>High pass along x, high pass along y (2D).</summary>
    HH,
    /// <summary>Low pass along x, low pass along y, low pass along z.</summary>
    LLL,
    /// <summary>Low pass along x, low pass along y, high pass along z.</summary>
    LLH,
    /// <summary>Low pass along x, high pass along y, low pass along z.</summary>
    LHL,
    /// <summary>Low pass along x, high pass along y, high pass along z.</summary>
    LHH,
    /// <summary>High pass along x, low pass along y, low pass along z.</summary>
    HLL,
    /// <summary>High pass along x, low pass along y, high pass along z.</summary>
    HLH,
    /// <summary>High pass along x, high pass along y, low pass along z.</summary>
    HHL,
    /// <summary>High pass along x, high pass along y, high pass along z.</summary>
    HHH,
}
