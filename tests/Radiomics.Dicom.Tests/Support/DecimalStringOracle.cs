using System.Globalization;
using System.Numerics;

namespace Radiomics.Dicom.Tests.Support;

/// <summary>
/// An exact check of a Decimal String against the double it stands for, in integer arithmetic (no formatting routine
/// is trusted): the text is correctly rounded when it differs from the binary value by at most half a unit of its last
/// digit.
/// </summary>
public static class DecimalStringOracle
{
    /// <summary>2 |v − s| ≤ 10^q, with v the double exactly and s = D·10^q the decimal string.</summary>
    public static bool WithinHalfUnit(double value, string text)
    {
        (BigInteger digits, int power) = Decimal(text);
        long bits = BitConverter.DoubleToInt64Bits(value);
        int exponentBits = (int)((bits >> 52) & 0x7FF);
        BigInteger mantissa = bits & 0xFFFFFFFFFFFFFL;
        int exponent = exponentBits == 0 ? -1074 : exponentBits - 1075;
        if (exponentBits != 0)
        {
            mantissa += BigInteger.One << 52;
        }

        if (value < 0)
        {
            mantissa = -mantissa;
        }

        // Scale v = m·2^e and s = D·10^q to integers over the common denominator 2^max(0,−e)·10^max(0,−q).
        BigInteger v = mantissa * (exponent >= 0 ? BigInteger.Pow(2, exponent) : 1) * (power < 0 ? BigInteger.Pow(10, -power) : 1);
        BigInteger s = digits * (power >= 0 ? BigInteger.Pow(10, power) : 1) * (exponent < 0 ? BigInteger.Pow(2, -exponent) : 1);
        BigInteger unit = (power >= 0 ? BigInteger.Pow(10, power) : 1) * (exponent < 0 ? BigInteger.Pow(2, -exponent) : 1);
        return 2 * BigInteger.Abs(v - s) <= unit;
    }

    /// <summary>The integer of the digits of a DS and the power of ten of its last digit.</summary>
    private static (BigInteger Digits, int Power) Decimal(string text)
    {
        int e = text.IndexOfAny(['E', 'e']);
        int exponent = e < 0 ? 0 : int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
        string mantissa = e < 0 ? text : text[..e];
        int point = mantissa.IndexOf('.');
        int fractionDigits = point < 0 ? 0 : mantissa.Length - point - 1;
        return (BigInteger.Parse(mantissa.Replace(".", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture), exponent - fractionDigits);
    }
}
