using System.Globalization;

namespace Radiomics.Compliance.Ibsi1;

/// <summary>
/// The reference value of an IBSI 1 table row as the IBSI 1 manual prints it. The manual prints feature values of
/// magnitude 10³ and above in scientific notation with at most three significant digits and no trailing zeros
/// (e.g. <c>1.49 × 10³</c> for the digital phantom's <c>szm_lzhge_3D</c>, <c>6.6 × 10³</c>); the CSV tables write the
/// same numbers out in full (<c>1490</c>, <c>6600</c>). Under IBSI's rule "tolerance 0 = equal when rounded to the
/// last printed digit" the full form would demand the units digit the manual never gave, so a tolerance-0 feature row
/// is read back in the printed form. Diagnostic rows (image dimensions, voxel counts, intensity bounds) are exact
/// numbers in the manual as well and stay as they are.
/// </summary>
public static class Ibsi1PrintedReference
{
    /// <summary>
    /// <paramref name="text"/> as printed in the manual: for a feature row (<paramref name="family"/> not a
    /// "Diagnostics-…" family) with tolerance 0, an integer of magnitude ≥ 1000 becomes its mantissa without trailing
    /// zeros times a power of ten ("1490" → "1.49e3"); any other text is returned unchanged.
    /// </summary>
    public static string AsPrinted(string family, string text, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        if (tolerance != 0 || family.StartsWith("Diagnostics", StringComparison.Ordinal)
            || !long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)
            || Math.Abs(value) < 1000)
        {
            return text;
        }

        string sign = value < 0 ? "-" : "";
        string digits = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        string significant = digits.TrimEnd('0');
        int exponent = digits.Length - 1;
        string mantissa = significant.Length == 1 ? significant : significant[0] + "." + significant[1..];
        return $"{sign}{mantissa}e{exponent.ToString(CultureInfo.InvariantCulture)}";
    }
}
