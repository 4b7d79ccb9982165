using System.Globalization;
using System.Numerics;
using Radiomics.Dicom.Writing;

namespace Radiomics.Dicom.Tests;

/// <summary><see cref="DecimalString.Format(double)"/>: at most 16 characters, valid DS grammar, correctly rounded.</summary>
public sealed class DecimalStringFormatTests
{
    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(-49.0, "-49")]
    [InlineData(367000.0, "367000")]
    [InlineData(1e-7, "1E-7")]
    [InlineData(1.5e300, "1.5E300")]
    [InlineData(-0.0, "0")]
    [InlineData(0.97699999809265, "0.97699999809265")]
    [InlineData(double.Epsilon, "5E-324")]
    public void Format_WhenTheShortestRoundTripFits_WritesIt(double value, string expected)
    {
        Assert.Equal(expected, DecimalString.Format(value));
    }

    /// <summary>Rounded by hand from the exact values (π = 3.14159265358979323846…, 1/3, 2/3, double.MaxValue, 10⁻²⁰/3).</summary>
    [Theory]
    [InlineData(Math.PI, "3.14159265358979")]
    [InlineData(-Math.PI, "-3.1415926535898")]
    [InlineData(1.0 / 3, "0.33333333333333")]
    [InlineData(2.0 / 3, "0.66666666666667")]
    [InlineData(-2.0 / 3, "-0.6666666666667")]
    [InlineData(123456789.123456789, "123456789.123457")]
    [InlineData(-double.MaxValue, "-1.797693135E308")]
    [InlineData(1e-20 / 3, "3.3333333333E-21")]
    public void Format_WhenTooLong_RoundsToTheMostDigitsThatFit(double value, string expected)
    {
        Assert.Equal(expected, DecimalString.Format(value));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Format_NonFinite_IsRefused(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DecimalString.Format(value));
    }

    /// <summary>
    /// Random doubles over the whole exponent range: each DS has at most 16 characters, is a valid DS, and differs from
    /// the exact binary value by at most half a unit of its last digit (checked in exact integer arithmetic).
    /// </summary>
    [Fact]
    public void Format_RandomDoubles_AreValidAndWithinHalfAUnitOfTheLastDigit()
    {
        var random = new Random(20260101);
        for (int i = 0; i < 20000; i++)
        {
            double value = BitConverter.Int64BitsToDouble(random.NextInt64());
            if (!double.IsFinite(value))
            {
                continue;
            }

            string text = DecimalString.Format(value);
            Assert.True(text.Length <= 16, $"{value:R} → '{text}'");
            Assert.Null(DicomValueRules.Problem("DS", text));
            Assert.True(WithinHalfUnit(value, text), $"{value:R} → '{text}' is not correctly rounded");
        }
    }

    [Fact]
    public void Format_WhenTheShortestRoundTripFits_ReadsBackAsTheSameDouble()
    {
        var random = new Random(7);
        for (int i = 0; i < 5000; i++)
        {
            double value = Math.Round(random.NextDouble() * 2000 - 1000, random.Next(0, 10));
            string text = DecimalString.Format(value);
            if (value.ToString("R", CultureInfo.InvariantCulture).Length <= 16)
            {
                Assert.Equal(value, double.Parse(text, CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>2 |v − s| ≤ 10^q, with v the double exactly and s = D·10^q the decimal string.</summary>
    private static bool WithinHalfUnit(double value, string text)
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
