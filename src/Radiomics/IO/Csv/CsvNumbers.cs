using System.Globalization;

namespace Radiomics.IO.Csv;

/// <summary>
/// Doubles as CSV text, culture-invariant: written in the shortest form that reads back as the same double
/// (.NET's round-trip "R" form: <c>0.1</c>, <c>1E-05</c>, <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>), and read
/// back from that form or from the spellings Python and R write.
/// </summary>
public static class CsvNumbers
{
    /// <summary>The longest text <see cref="TryFormat"/> writes (a negative 17-digit mantissa with a 3-digit exponent fits easily).</summary>
    public const int MaxLength = 32;

    /// <summary><paramref name="value"/> in the shortest round-trip form.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Writes <paramref name="value"/> in the shortest round-trip form; false when <paramref name="destination"/> is too short.</summary>
    public static bool TryFormat(double value, Span<char> destination, out int written) =>
        value.TryFormat(destination, out written, "R", CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses a number written in invariant culture (leading/trailing blanks allowed, exponent allowed). Also accepts,
    /// ignoring case, <c>nan</c> (Python, PyRadiomics), <c>inf</c>/<c>-inf</c>/<c>+inf</c> (Python) and
    /// <c>Infinity</c>/<c>-Infinity</c>/<c>+Infinity</c> (.NET, JSON-ish writers). Empty text is not a number.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        ReadOnlySpan<char> trimmed = text.Trim();
        bool negative = false;
        if (trimmed.Length > 0 && (trimmed[0] == '-' || trimmed[0] == '+'))
        {
            negative = trimmed[0] == '-';
            trimmed = trimmed[1..];
        }

        if (trimmed.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }

        if (trimmed.Equals("inf", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        value = 0;
        return false;
    }
}
