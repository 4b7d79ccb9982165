using System.Globalization;

namespace Radiomics.Dicom.Writing;

/// <summary>
/// Numbers as DICOM Decimal Strings (DS, PS3.5 Table 6.2-1): at most 16 characters, fixed point
/// (<c>-123.456</c>) or exponent form (<c>1.5E-7</c>). A value whose shortest round-trip form fits is written so
/// (it reads back as the same double); any other is written with the most significant digits that fit, correctly
/// rounded from the exact binary value (.NET's IEEE-exact formatting), in whichever of the two forms keeps more.
/// </summary>
internal static class DecimalString
{
    /// <summary>The longest value a DS may hold.</summary>
    public const int MaxLength = 16;

    /// <summary>
    /// <paramref name="value"/> as a DS of at most 16 characters. Negative zero is written "0". NaN and infinities
    /// have no DS form and are refused with <see cref="ArgumentOutOfRangeException"/> (an SR carries them as a
    /// numeric value qualifier instead).
    /// </summary>
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "NaN and infinities have no Decimal String form");
        }

        if (value == 0)
        {
            return "0";
        }

        string shortest = Normalise(value.ToString("R", CultureInfo.InvariantCulture));
        if (shortest.Length <= MaxLength)
        {
            return shortest;
        }

        for (int digits = MaxLength; digits >= 1; digits--)
        {
            string candidate = Normalise(value.ToString("E" + (digits - 1), CultureInfo.InvariantCulture));
            if (candidate.Length <= MaxLength)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"no Decimal String form found for {value:R}");
    }

    /// <summary>Several values, each formatted by <see cref="Format(double)"/>.</summary>
    public static string[] Format(ReadOnlySpan<double> values)
    {
        var text = new string[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            text[i] = Format(values[i]);
        }

        return text;
    }

    /// <summary>
    /// Rewrites .NET's "R" or "E" output (<c>-1.2345E+005</c>, <c>1E-07</c>, <c>123.5</c>) as the shorter of the fixed
    /// and the exponent form of the same decimal digits, trailing zeros of the significand dropped.
    /// </summary>
    private static string Normalise(string text)
    {
        bool negative = text[0] == '-';
        string body = negative ? text[1..] : text;
        int e = body.IndexOfAny(['E', 'e']);
        int exponent = e < 0 ? 0 : int.Parse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string mantissa = e < 0 ? body : body[..e];

        // Significant digits and the power of ten of the first one.
        int point = mantissa.IndexOf('.');
        string integerPart = point < 0 ? mantissa : mantissa[..point];
        string fraction = point < 0 ? string.Empty : mantissa[(point + 1)..];
        string all = (integerPart + fraction).TrimStart('0');
        int leadingZeros = (integerPart + fraction).Length - all.Length;
        int firstPower = integerPart.Length - 1 - leadingZeros + exponent;
        string digits = all.TrimEnd('0');
        if (digits.Length == 0)
        {
            return "0";
        }

        string fixedForm = FixedForm(digits, firstPower);
        string exponentForm = ExponentForm(digits, firstPower);
        string best = exponentForm.Length < fixedForm.Length ? exponentForm : fixedForm;
        return negative ? "-" + best : best;
    }

    private static string FixedForm(string digits, int firstPower)
    {
        if (firstPower < 0)
        {
            return "0." + new string('0', -firstPower - 1) + digits;
        }

        int integerDigits = firstPower + 1;
        if (digits.Length <= integerDigits)
        {
            return digits + new string('0', integerDigits - digits.Length);
        }

        return digits[..integerDigits] + "." + digits[integerDigits..];
    }

    private static string ExponentForm(string digits, int firstPower) =>
        (digits.Length == 1 ? digits : digits[0] + "." + digits[1..]) + "E" + firstPower.ToString(CultureInfo.InvariantCulture);
}
