using System.Globalization;

namespace Radiomics.Dicom.Writing;

/// <summary>
/// The value rules of PS3.5 Table 6.2-1 for the string VRs the writers use: maximum length (in characters) and
/// character repertoire of one value, whether a VR may hold several values (separated by backslashes), and the
/// padding byte (NUL for UI, space for the others, PS3.5 §6.2).
/// </summary>
internal static class DicomValueRules
{
    /// <summary>True for the VRs whose value is text (and is padded to even length).</summary>
    public static bool IsText(string vr) => vr is "AE" or "AS" or "CS" or "DA" or "DS" or "DT" or "IS" or "LO" or "LT" or "PN" or "SH" or "ST" or "TM"
        or "UC" or "UI" or "UR" or "UT";

    /// <summary>True for text VRs that cannot hold several values: a backslash in them is text (PS3.5 §6.4).</summary>
    public static bool IsSingleValued(string vr) => vr is "LT" or "ST" or "UT" or "UR";

    /// <summary>The byte a text value of <paramref name="vr"/> is padded with to even length.</summary>
    public static byte PaddingOf(string vr) => vr == "UI" ? (byte)0 : (byte)' ';

    /// <summary>
    /// Why <paramref name="value"/> (one value, without padding) is not a valid <paramref name="vr"/> value, or null when
    /// it is. Empty values are always valid (an empty Type 2 attribute).
    /// </summary>
    public static string? Problem(string vr, string value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        return vr switch
        {
            "AE" => Length(value, 16) ?? NoControl(value, allowBackslash: false),
            "AS" => value.Length == 4 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) && char.IsAsciiDigit(value[2]) && value[3] is 'D' or 'W' or 'M' or 'Y'
                ? null : "is not an age string (nnnD, nnnW, nnnM or nnnY)",
            "CS" => Length(value, 16) ?? (value.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or ' ' or '_')
                ? null : "holds characters other than upper-case letters, digits, space and underscore"),
            "DA" => value.Length == 8 && DateTime.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? null : "is not a date YYYYMMDD",
            "DS" => Length(value, 16) ?? (IsDecimal(value.Trim(' ')) ? null : "is not a decimal number"),
            "DT" => Length(value, 26) ?? (value.All(c => char.IsAsciiDigit(c) || c is '.' or '+' or '-') ? null : "is not a date-time"),
            "IS" => Length(value, 12) ?? (long.TryParse(value.Trim(' '), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) && n is >= int.MinValue and <= int.MaxValue
                ? null : "is not an integer in the range of a 32-bit signed number"),
            "LO" => Length(value, 64) ?? NoControl(value, allowBackslash: false),
            "LT" => Length(value, 10240) ?? NoControl(value, allowBackslash: true, allowFormatting: true),
            "PN" => PersonName(value),
            "SH" => Length(value, 16) ?? NoControl(value, allowBackslash: false),
            "ST" => Length(value, 1024) ?? NoControl(value, allowBackslash: true, allowFormatting: true),
            "TM" => IsTime(value) ? null : "is not a time HHMMSS.FFFFFF",
            "UC" => NoControl(value, allowBackslash: false),
            "UI" => Length(value, 64) ?? (IsUid(value) ? null : "is not a UID (digits in dot-separated components, no leading zeros)"),
            "UR" => value.Contains(' ') ? "holds a space" : null,
            "UT" => NoControl(value, allowBackslash: true, allowFormatting: true),
            _ => null,
        };
    }

    /// <summary>True for a UID: components of digits separated by dots, none empty and none with a leading zero.</summary>
    public static bool IsUid(string value)
    {
        if (value.Length is 0 or > 64)
        {
            return false;
        }

        foreach (string component in value.Split('.'))
        {
            if (component.Length == 0 || !component.All(char.IsAsciiDigit) || (component.Length > 1 && component[0] == '0'))
            {
                return false;
            }
        }

        return true;
    }

    private static string? Length(string value, int maximum) =>
        value.Length > maximum ? $"is {value.Length} characters long, more than the {maximum} allowed" : null;

    private static string? NoControl(string value, bool allowBackslash, bool allowFormatting = false)
    {
        foreach (char c in value)
        {
            if (c == '\\' && !allowBackslash)
            {
                return "holds a backslash, the value separator";
            }

            bool formatting = c is '\r' or '\n' or '\f' or '\t';
            if (char.IsControl(c) && c != '\u001B' && !(allowFormatting && formatting))
            {
                return $"holds the control character U+{(int)c:X4}";
            }
        }

        return null;
    }

    private static string? PersonName(string value)
    {
        foreach (string group in value.Split('='))
        {
            if (Length(group, 64) is { } problem)
            {
                return "has a component group that " + problem;
            }
        }

        return value.Split('=').Length > 3 ? "has more than three component groups"
            : value.Split('=').Any(g => g.Split('^').Length > 5) ? "has more than five name components"
            : NoControl(value, allowBackslash: false);
    }

    private static bool IsDecimal(string text)
    {
        int i = 0;
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }

        int digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            digits++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                digits++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            int exponentDigits = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                exponentDigits++;
            }

            if (exponentDigits == 0)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static bool IsTime(string value)
    {
        string whole = value.Split('.')[0];
        if (value.Length > 14 || whole.Length is not (2 or 4 or 6) || !whole.All(char.IsAsciiDigit))
        {
            return false;
        }

        int hours = int.Parse(whole[..2], CultureInfo.InvariantCulture);
        int minutes = whole.Length >= 4 ? int.Parse(whole[2..4], CultureInfo.InvariantCulture) : 0;
        int seconds = whole.Length == 6 ? int.Parse(whole[4..6], CultureInfo.InvariantCulture) : 0;
        bool fractionValid = !value.Contains('.') || (whole.Length == 6 && value.Split('.') is [_, var f] && f.Length is >= 1 and <= 6 && f.All(char.IsAsciiDigit));
        return hours < 24 && minutes < 60 && seconds < 61 && fractionValid;
    }
}
