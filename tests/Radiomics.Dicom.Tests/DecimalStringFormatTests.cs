using System.Globalization;
using Radiomics.Dicom.Tests.Support;
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
            Assert.True(DecimalStringOracle.WithinHalfUnit(value, text), $"{value:R} → '{text}' is not correctly rounded");
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
}
