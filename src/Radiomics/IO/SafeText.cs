using System.Globalization;
using System.Text;

namespace Radiomics.IO;

/// <summary>
/// User data quoted in messages (a header line, a setting's value, a ROI name, a path): control characters escaped, so
/// that a message cannot move the cursor, clear the terminal or split into several lines, and long values cut, so that
/// a message stays one readable line however large the bad value. Every message that quotes input goes through
/// <see cref="Quote"/> or <see cref="Escape"/>; the command-line tool passes each printed error through
/// <see cref="Escape"/> once more as a last guard.
/// </summary>
public static class SafeText
{
    /// <summary>The most characters of a quoted value kept in a message (then "…" and how many were left out).</summary>
    public const int MaxQuotedLength = 200;

    /// <summary><paramref name="value"/> escaped and cut (<see cref="Escape"/>) between single quotes.</summary>
    public static string Quote(string? value, int maxLength = MaxQuotedLength) => $"'{Escape(value, maxLength)}'";

    /// <summary>
    /// <paramref name="value"/> with C0 and C1 control characters, DEL, line and paragraph separators, bidirectional
    /// overrides and unpaired surrogates written as <c>\n</c>, <c>\t</c>, <c>\r</c>, <c>\0</c>, <c>\xNN</c> or
    /// <c>\uNNNN</c>, and cut after <paramref name="maxLength"/> characters of the original with
    /// "… (N more characters)". Null is written as an empty string.
    /// </summary>
    public static string Escape(string? value, int maxLength = MaxQuotedLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        int kept = Math.Min(value.Length, Math.Max(maxLength, 1));
        if (kept < value.Length && char.IsHighSurrogate(value[kept - 1]))
        {
            kept--; // do not cut a surrogate pair in two
        }

        if (kept == value.Length && !NeedsEscape(value))
        {
            return value;
        }

        var text = new StringBuilder(kept + 16);
        for (int i = 0; i < kept; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
                continue;
            }

            AppendEscaped(text, c);
        }

        if (kept < value.Length)
        {
            text.Append(CultureInfo.InvariantCulture, $"… ({value.Length - kept} more characters)");
        }

        return text.ToString();
    }

    private static bool NeedsEscape(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnsafe(char c) =>
        c < 0x20 || c is >= '\x7F' and <= '\x9F' || c is '\u2028' or '\u2029' || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069' || char.IsSurrogate(c);

    private static void AppendEscaped(StringBuilder text, char c)
    {
        if (!IsUnsafe(c))
        {
            text.Append(c);
            return;
        }

        switch (c)
        {
            case '\n':
                text.Append("\\n");
                break;
            case '\r':
                text.Append("\\r");
                break;
            case '\t':
                text.Append("\\t");
                break;
            case '\0':
                text.Append("\\0");
                break;
            default:
                text.Append(c <= '\xFF' ? $"\\x{(int)c:X2}" : $"\\u{(int)c:X4}");
                break;
        }
    }
}
