namespace Radiomics.Compliance;

/// <summary>How a reference table's tolerance is applied.</summary>
public enum ToleranceRule
{
    /// <summary>
    /// IBSI 2 (reference_values.csv, README-reference-data.md): passes when |value − reference| ≤ tolerance,
    /// bound inclusive.
    /// </summary>
    Absolute,

    /// <summary>
    /// IBSI 1 (reference tables): |value − reference| ≤ tolerance; a zero (or empty) tolerance means equal when both
    /// are rounded to the reference's last printed digit.
    /// </summary>
    AbsoluteOrLastPrintedDigit,
}
