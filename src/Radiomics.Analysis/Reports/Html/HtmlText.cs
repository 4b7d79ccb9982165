using System.Globalization;
using System.Text;

namespace Radiomics.Analysis.Reports.Html;

/// <summary>Escaping and number formatting for the report's HTML and SVG (invariant culture, so the bytes never depend on the machine).</summary>
internal static class HtmlText
{
    /// <summary>Text safe in element content and in double-quoted attribute values.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>A value for reading: six significant digits; "NaN", "inf", "-inf" as such.</summary>
    public static string Number(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "inf"
        : double.IsNegativeInfinity(value) ? "-inf"
        : value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>A value for sorting (round-trip) or empty for NaN.</summary>
    public static string SortKey(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>A coordinate in SVG: at most two decimals.</summary>
    public static string Coordinate(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A data URI holding a PNG.</summary>
    public static string PngUri(byte[] png) => "data:image/png;base64," + Convert.ToBase64String(png);
}
