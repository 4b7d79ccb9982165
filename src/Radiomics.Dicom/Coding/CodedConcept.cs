namespace Radiomics.Dicom.Coding;

/// <summary>
/// A coded concept as DICOM carries it (Code Sequence Macro, PS3.3 Table 8.8-1): a code value, the designator of
/// its coding scheme (<c>DCM</c>, <c>SCT</c>, <c>UCUM</c>, or a private <c>99…</c> scheme) and a human-readable
/// meaning. Values longer than 16 characters are written as Long Code Value (0008,0119) instead of Code Value
/// (0008,0100). Equality is by value and scheme only: the meaning is a label, not part of the identity.
/// </summary>
public sealed record CodedConcept(string Value, string Scheme, string Meaning)
{
    /// <summary>True when both concepts have the same value and scheme (their meanings may differ).</summary>
    public bool Matches(CodedConcept? other) => other is not null && Value == other.Value && Scheme == other.Scheme;

    /// <summary>True when this concept has code value <paramref name="value"/> in scheme <paramref name="scheme"/> (ordinal comparison; the meaning is ignored).</summary>
    public bool Matches(string value, string scheme) => Value == value && Scheme == scheme;

    /// <summary>As <c>dsrdump</c> prints a code: <c>(value,scheme,"meaning")</c>.</summary>
    public override string ToString() => $"({Value},{Scheme},\"{Meaning}\")";
}
