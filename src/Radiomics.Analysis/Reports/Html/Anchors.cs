using System.Text;

namespace Radiomics.Analysis.Reports.Html;

/// <summary>
/// Element ids for link targets: a prefix and the name reduced to letters, digits, '-' and '_' (others become '-'),
/// made unique with a counter. The same names in the same order give the same ids.
/// </summary>
internal sealed class Anchors
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), string> _given = [];

    /// <summary>The id for <paramref name="name"/> under <paramref name="prefix"/> (the same id when asked again).</summary>
    public string For(string prefix, string name)
    {
        if (_given.TryGetValue((prefix, name), out string? known))
        {
            return known;
        }

        var builder = new StringBuilder(prefix).Append('-');
        foreach (char c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        string id = builder.ToString(), candidate = id;
        for (int k = 2; !_used.Add(candidate); k++)
        {
            candidate = $"{id}-{k}";
        }

        _given[(prefix, name)] = candidate;
        return candidate;
    }
}
