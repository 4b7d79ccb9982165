using System.Globalization;
using Radiomics.Extraction;

namespace Radiomics.Analysis.Reports;

/// <summary>Reads the <c>diagnostics_*</c> entries of a result by name: numbers, text, and tuples such as "(0.98, 0.98, 2.0)".</summary>
internal sealed class DiagnosticValues
{
    private readonly Dictionary<string, ResultValue> _entries = new(StringComparer.Ordinal);

    public DiagnosticValues(IEnumerable<KeyValuePair<string, ResultValue>> entries)
    {
        foreach (var (name, value) in entries)
        {
            _entries.TryAdd(name, value);
        }
    }

    public string? Text(string name) => _entries.TryGetValue(name, out ResultValue v) ? v.ToString() : null;

    /// <summary>The entry as a number (a number entry, or a text that parses as one), or null.</summary>
    public double? Number(string name)
    {
        if (!_entries.TryGetValue(name, out ResultValue v))
        {
            return null;
        }

        if (v.IsNumber)
        {
            return double.IsNaN(v.Number) ? null : v.Number;
        }

        return double.TryParse(v.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) ? parsed : null;
    }

    /// <summary>The entry as a tuple of numbers ("(a, b, c)"), or null when absent or not a tuple.</summary>
    public double[]? Tuple(string name)
    {
        string? text = Text(name)?.Trim();
        if (text is null || text.Length < 2 || text[0] != '(' || text[^1] != ')')
        {
            return null;
        }

        string[] parts = text[1..^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var numbers = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return numbers;
    }

    /// <summary>The first of <paramref name="names"/> present as a number.</summary>
    public double? FirstNumber(params string[] names)
    {
        foreach (string name in names)
        {
            if (Number(name) is { } value)
            {
                return value;
            }
        }

        return null;
    }
}
