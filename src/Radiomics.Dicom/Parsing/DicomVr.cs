namespace Radiomics.Dicom.Parsing;

/// <summary>Value Representation facts from PS3.5 §6.2 and §7.1.2 that the parser needs.</summary>
internal static class DicomVr
{
    /// <summary>The VR written for elements read in implicit VR whose VR the parser does not know.</summary>
    public const string Unknown = "UN";

    /// <summary>
    /// VRs whose explicit-VR header is tag, VR, two reserved bytes and a 32-bit length (PS3.5 Table 7.1-1);
    /// every other VR has a 16-bit length.
    /// </summary>
    public static bool HasLongLength(byte a, byte b) => (a, b) switch
    {
        ((byte)'O', (byte)'B') or ((byte)'O', (byte)'D') or ((byte)'O', (byte)'F') or ((byte)'O', (byte)'L')
            or ((byte)'O', (byte)'V') or ((byte)'O', (byte)'W') or ((byte)'S', (byte)'Q') or ((byte)'S', (byte)'V')
            or ((byte)'U', (byte)'C') or ((byte)'U', (byte)'N') or ((byte)'U', (byte)'R') or ((byte)'U', (byte)'T')
            or ((byte)'U', (byte)'V') => true,
        _ => false,
    };

    /// <summary>True for the two upper-case letters of a VR defined in PS3.5 Table 6.2-1.</summary>
    public static bool IsKnown(byte a, byte b) => Name(a, b) is not null;

    /// <summary>The VR as a string, or null when the two bytes are not a defined VR.</summary>
    public static string? Name(byte a, byte b) => (char)a switch
    {
        'A' => b switch { (byte)'E' => "AE", (byte)'S' => "AS", (byte)'T' => "AT", _ => null },
        'C' => b == 'S' ? "CS" : null,
        'D' => b switch { (byte)'A' => "DA", (byte)'S' => "DS", (byte)'T' => "DT", _ => null },
        'F' => b switch { (byte)'L' => "FL", (byte)'D' => "FD", _ => null },
        'I' => b == 'S' ? "IS" : null,
        'L' => b switch { (byte)'O' => "LO", (byte)'T' => "LT", _ => null },
        'O' => b switch { (byte)'B' => "OB", (byte)'D' => "OD", (byte)'F' => "OF", (byte)'L' => "OL", (byte)'V' => "OV", (byte)'W' => "OW", _ => null },
        'P' => b == 'N' ? "PN" : null,
        'S' => b switch { (byte)'H' => "SH", (byte)'L' => "SL", (byte)'Q' => "SQ", (byte)'S' => "SS", (byte)'T' => "ST", (byte)'V' => "SV", _ => null },
        'T' => b == 'M' ? "TM" : null,
        'U' => b switch { (byte)'C' => "UC", (byte)'I' => "UI", (byte)'L' => "UL", (byte)'N' => "UN", (byte)'R' => "UR", (byte)'S' => "US", (byte)'T' => "UT", (byte)'V' => "UV", _ => null },
        _ => null,
    };

    /// <summary>
    /// The VR of a tag in implicit VR transfer syntax, as far as parsing needs it: the sequences this reader
    /// uses (an SQ of defined length must be known to be parsed as items) and pixel data. Undefined-length
    /// elements are always parsed as sequences, so unknown sequences of undefined length are still traversed.
    /// </summary>
    public static string ImplicitVr(DicomTag tag) => tag.Value switch
    {
        0x7FE00010 => "OW",
        0x00081115 or 0x00081140 or 0x00089124 or 0x00082112 or 0x0008114A or 0x00081199 or 0x00081250
            or 0x00209113 or 0x00209116 or 0x00209111 or 0x00209221 or 0x00209222 or 0x00289110 or 0x00289145
            or 0x00540016 or 0x52009229 or 0x52009230 or 0x30060010 or 0x30060012 or 0x30060014 or 0x30060016
            or 0x30060020 or 0x30060039 or 0x30060040 or 0x30060080 or 0x30060086 or 0x300600B0 or 0x00620002
            or 0x0062000A or 0x00082218 or 0x00082228 or 0x00620003 or 0x00540300 or 0x00400260
            // Structured reports (PS3.3 C.17, C.18) and the SEG's code sequences, for SRs stored in implicit VR with defined lengths.
            or 0x0040A730 or 0x0040A043 or 0x0040A168 or 0x0040A300 or 0x004008EA or 0x0040A301 or 0x0040A375 or 0x0040A385
            or 0x0040A504 or 0x00080110 or 0x00081111 or 0x0040A372 or 0x0040A170 or 0x00089215 or 0x0062000F or 0x00620011 => "SQ",
        _ => Unknown,
    };
}
