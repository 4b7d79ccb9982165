using System.Globalization;

namespace Radiomics.Compliance;

/// <summary>
/// One reference value of a compliance suite: dataset and tag (matching a <see cref="CheckRow"/>), the value as
/// printed in the reference table, its tolerance and the table's tolerance rule. <see cref="Section"/> groups rows in
/// reports (e.g. "Phase 2 — intensity statistics").
/// </summary>
public sealed record ReferenceValue(string Section, string Dataset, string Tag, string ReferenceText, double Tolerance, ToleranceRule Rule)
{
    /// <summary>The reference value (parsed from <see cref="ReferenceText"/>, invariant culture).</summary>
    public double Reference { get; } = double.Parse(ReferenceText, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>
    /// Applies the rule. NaN never passes. The relative 1e-12 guard only absorbs the binary representation of the
    /// decimal numbers in the table (e.g. 0.1 + 0.02), it does not widen any tolerance in a meaningful way.
    /// </summary>
    public bool Accepts(double value)
    {
        if (double.IsNaN(value))
        {
            return false;
        }

        double guard = 1e-12 * Math.Max(Math.Abs(Reference), Tolerance);
        if (Rule == ToleranceRule.Absolute || Tolerance > 0)
        {
            return Math.Abs(value - Reference) <= Tolerance + guard;
        }

        int decimals = DecimalsOf(ReferenceText);
        return RoundTo(value, decimals) == RoundTo(Reference, decimals);
    }

    private static double RoundTo(double value, int decimals) =>
        decimals is >= 0 and <= 15
            ? Math.Round(value, decimals, MidpointRounding.AwayFromZero)
            : Math.Round(value * Math.Pow(10, decimals), MidpointRounding.AwayFromZero);

    /// <summary>The number of decimals printed in <paramref name="text"/>, exponent included ("1.5e3" → −2).</summary>
    internal static int DecimalsOf(string text)
    {
        string[] parts = text.Trim().Split('e', 'E');
        string mantissa = parts[0];
        int dot = mantissa.IndexOf('.');
        int exponent = parts.Length > 1 ? int.Parse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        return (dot < 0 ? 0 : mantissa.Length - dot - 1) - exponent;
    }
}
