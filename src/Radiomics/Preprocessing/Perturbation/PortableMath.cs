namespace Radiomics.Preprocessing.Perturbation;

/// <summary>
/// The natural logarithm and exponential from IEEE additions, multiplications and divisions only (no platform math
/// library, whose last bit differs between operating systems), so seeded noise and the supervoxels' smoothing kernel
/// are bit-identical everywhere. Accurate to a few ulp.
/// </summary>
/// <remarks>
/// Log: x = m · 2^e with m in [√½, √2) (from the bits of x); ln m = 2 atanh(f) = 2 (f + f³/3 + f⁵/5 + …) with
/// f = (m − 1)/(m + 1), |f| ≤ 0.1716, summed to f²⁷ (the next term is below 2⁻⁶⁰ of the sum); ln x = e · ln 2 + ln m
/// with ln 2 split in a high part exact in 32 bits and a low part (fdlibm's constants), so e · ln2Hi is exact.
/// Exp: x = k ln 2 + r with k = round(x / ln 2), |r| ≤ ½ ln 2 (r from the split ln 2), e^r by its Taylor series to r¹⁸
/// (the next term is below 2⁻⁶⁰), times 2^k built from its bits.
/// </remarks>
internal static class PortableMath
{
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double Sqrt2 = 1.4142135623730951;

    /// <summary>ln <paramref name="x"/> for a positive, finite, normal <paramref name="x"/> (the only values the noise draws pass).</summary>
    public static double Log(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exponent = (int)((bits >> 52) & 0x7FF) - 1023;
        double m = BitConverter.Int64BitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
        if (m > Sqrt2)
        {
            m *= 0.5;
            exponent++;
        }

        double f = (m - 1) / (m + 1);
        double f2 = f * f;
        double series = 1.0 / 27;
        for (int k = 25; k >= 3; k -= 2)
        {
            series = series * f2 + 1.0 / k;
        }

        double logM = 2 * f * (series * f2 + 1);
        return exponent * Ln2Hi + (logM + exponent * Ln2Lo);
    }

    /// <summary>e^<paramref name="x"/> for −700 ≤ x ≤ 700 (the kernel weights need x ≤ 0 only).</summary>
    public static double Exp(double x)
    {
        if (x < -700)
        {
            return 0;
        }

        double k = Math.Round(x / (Ln2Hi + Ln2Lo));
        double r = (x - k * Ln2Hi) - k * Ln2Lo;
        double sum = 1;
        for (int n = 18; n >= 1; n--)
        {
            sum = 1 + sum * r / n;
        }

        return sum * BitConverter.Int64BitsToDouble((long)(k + 1023) << 52);
    }
}
