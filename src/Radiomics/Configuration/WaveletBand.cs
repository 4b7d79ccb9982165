namespace Radiomics.Configuration;

/// <summary>
/// <c>ibsiWaveletBand</c>: the sub-band of a separable wavelet, one letter per filtered axis in x, y, z order (L: low
/// pass, H: high pass): two letters for 2D filtering, three for 3D.
/// </summary>
public enum WaveletBand
{
    LL,
    LH,
    HL,
    HH,
    LLL,
    LLH,
    LHL,
    LHH,
    HLL,
    HLH,
    HHL,
    HHH,
}
