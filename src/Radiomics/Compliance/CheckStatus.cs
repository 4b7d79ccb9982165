namespace Radiomics.Compliance;

/// <summary>The outcome of comparing one reference value with the computed value.</summary>
public enum CheckStatus
{
    /// <summary>Within tolerance.</summary>
    Pass,

    /// <summary>Outside tolerance (or NaN).</summary>
    Fail,

    /// <summary>Outside tolerance and on the suite's documented known-deviation list (still a failure).</summary>
    KnownDeviation,

    /// <summary>The reference has no computed value.</summary>
    Missing,
}
