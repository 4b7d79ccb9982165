using System.Globalization;

namespace Radiomics.Compliance;

/// <summary>
/// The computed values of a check as CSV rows <c>dataset,tag,value</c> (round-trip numbers, invariant culture, "\n"
/// line ends). Comparison scores (<see cref="CheckRowKind.Comparison"/>, e.g. a phase-1 map's normalised difference)
/// are not engine outputs and are left out.
/// </summary>
public static class ComplianceValuesCsv
{
    /// <summary>
    /// Writes the header <c>dataset,tag,value</c> and one line per <see cref="CheckRowKind.Value"/> row, in the given
    /// order; a field holding a comma or a quote is quoted (RFC 4180).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(IEnumerable<CheckRow> rows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("dataset,tag,value\n");
        foreach (CheckRow row in rows.Where(r => r.Kind == CheckRowKind.Value))
        {
            writer.Write($"{Quote(row.Dataset)},{Quote(row.Tag)},{row.Value.ToString("R", CultureInfo.InvariantCulture)}\n");
        }
    }

    private static string Quote(string text) => text.Contains(',') || text.Contains('"') ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
}
