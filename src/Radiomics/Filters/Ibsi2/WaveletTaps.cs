namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// Decomposition low-pass taps of the separable wavelets IBSI 2 uses, as PyWavelets publishes them (<c>dec_lo</c>);
/// the high-pass is the quadrature mirror <c>dec_hi[k] = (−1)^(k+1) dec_lo[N−1−k]</c>.
/// </summary>
internal static class WaveletTaps
{
    public static double[] LowPass(string wavelet)
    {
        double s3 = Math.Sqrt(3), d = 4 * Math.Sqrt(2);
        return wavelet.ToLowerInvariant() switch
        {
            "haar" or "db1" => [Math.Sqrt(0.5), Math.Sqrt(0.5)],
            "db2" => [(1 - s3) / d, (3 - s3) / d, (3 + s3) / d, (1 + s3) / d],
            "db3" =>
            [
                0.03522629188570953, -0.08544127388202666, -0.13501102001025458,
                0.45987750211849154, 0.8068915093110925, 0.33267055295008263,
            ],
            "coif1" =>
            [
                -0.015655728135464041, -0.0727326195128539, 0.38486484686420286,
                0.8525720202122554, 0.3378976624578092, -0.0727326195128539,
            ],
            _ => throw new ArgumentException($"Unknown wavelet '{wavelet}'; expected haar, db2, db3 or coif1.", nameof(wavelet)),
        };
    }

    public static double[] HighPass(string wavelet)
    {
        double[] low = LowPass(wavelet);
        int n = low.Length;
        var high = new double[n];
        for (int k = 0; k < n; k++)
        {
            high[k] = (k % 2 == 0 ? -1 : 1) * low[n - 1 - k];
        }

        return high;
    }
}
