using Radiomics.Filters.Wavelets;

namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// Decomposition taps of a separable wavelet, from the shared PyWavelets-identical filter bank (<c>dec_lo</c>, <c>dec_hi</c>).
/// IBSI 2 uses haar, db2, db3 and coif1; any orthogonal wavelet of the bank works.
/// </summary>
internal static class WaveletTaps
{
    public static double[] LowPass(string wavelet) => Bank(wavelet).DecompositionLowPass.ToArray();

    public static double[] HighPass(string wavelet) => Bank(wavelet).DecompositionHighPass.ToArray();

    private static WaveletFilterBank Bank(string wavelet)
    {
        try
        {
            return WaveletFilterBank.Get(wavelet.ToLowerInvariant());
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException)
        {
            throw new ArgumentException($"Unknown wavelet '{wavelet}' (IBSI 2 uses haar, db2, db3, coif1).", nameof(wavelet), e);
        }
    }
}
