namespace Radiomics.Analysis.Statistics;

/// <summary>Names and parsing of <see cref="IccType"/>.</summary>
public static class IccTypes
{
    /// <summary>All six forms, in psych's order.</summary>
    public static IReadOnlyList<IccType> All { get; } = Enum.GetValues<IccType>();

    /// <summary>The accepted spellings of <see cref="Parse"/>.</summary>
    public const string Spellings = "1, 2, 3, 1k, 2k, 3k or all";

    /// <summary>Shrout &amp; Fleiss' name, as written in outputs: <c>ICC(1,1)</c> … <c>ICC(3,k)</c>.</summary>
    public static string Label(IccType type) => type switch
    {
        IccType.Icc1 => "ICC(1,1)",
        IccType.Icc2 => "ICC(2,1)",
        IccType.Icc3 => "ICC(3,1)",
        IccType.Icc1k => "ICC(1,k)",
        IccType.Icc2k => "ICC(2,k)",
        IccType.Icc3k => "ICC(3,k)",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary><c>psych::ICC</c>'s name: ICC1, ICC2, ICC3, ICC1k, ICC2k, ICC3k.</summary>
    public static string PsychName(IccType type) => type.ToString().ToUpperInvariant().Replace("K", "k", StringComparison.Ordinal);

    /// <summary>McGraw &amp; Wong's name: ICC(1), ICC(A,1), ICC(C,1), ICC(k), ICC(A,k), ICC(C,k).</summary>
    public static string McGrawWongName(IccType type) => type switch
    {
        IccType.Icc1 => "ICC(1)",
        IccType.Icc2 => "ICC(A,1)",
        IccType.Icc3 => "ICC(C,1)",
        IccType.Icc1k => "ICC(k)",
        IccType.Icc2k => "ICC(A,k)",
        IccType.Icc3k => "ICC(C,k)",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>Whether the form is an average-measures (k raters) form.</summary>
    public static bool IsAverage(IccType type) => type >= IccType.Icc1k;

    /// <summary>
    /// Parses a comma-separated list of <c>1</c>, <c>2</c>, <c>3</c>, <c>1k</c>, <c>2k</c>, <c>3k</c> and <c>all</c>
    /// (case-insensitive; also <c>ICC2</c>, <c>ICC(2,1)</c>, <c>ICC(A,1)</c> … as written in outputs) into forms in psych's order, without repeats.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown spelling; the message names it and the accepted ones.</exception>
    public static IReadOnlyList<IccType> Parse(string text)
    {
        var chosen = new SortedSet<IccType>();
        foreach (string part in SplitOutsideParentheses(text))
        {
            if (part.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                chosen.UnionWith(All);
                continue;
            }

            IccType? match = All.Cast<IccType?>().FirstOrDefault(t =>
                part.Equals(ShortName(t!.Value), StringComparison.OrdinalIgnoreCase) || part.Equals(PsychName(t.Value), StringComparison.OrdinalIgnoreCase) ||
                part.Equals(Label(t.Value), StringComparison.OrdinalIgnoreCase) || part.Equals(McGrawWongName(t.Value), StringComparison.OrdinalIgnoreCase));
            chosen.Add(match ?? throw new ArgumentException($"ICC type '{part}' is not one of {Spellings}.", nameof(text)));
        }

        return chosen.Count > 0 ? chosen.ToArray() : throw new ArgumentException($"No ICC type given (expected {Spellings}).", nameof(text));
    }

    private static string ShortName(IccType type) => PsychName(type)[3..];

    /// <summary>The comma-separated parts of <paramref name="text"/>, trimmed, keeping commas inside parentheses (<c>ICC(2,1)</c>).</summary>
    private static IEnumerable<string> SplitOutsideParentheses(string text)
    {
        int depth = 0, start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || (text[i] == ',' && depth == 0))
            {
                string part = text[start..i].Trim();
                if (part.Length > 0)
                {
                    yield return part;
                }

                start = i + 1;
            }
            else if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
        }
    }
}
