using Radiomics.IO.Csv;

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
        using var csv = new CsvWriter(writer, leaveOpen: true);
        csv.WriteRecord(["dataset", "tag", "value"]);
        foreach (CheckRow row in rows.Where(r => r.Kind == CheckRowKind.Value))
        {
            csv.WriteField(row.Dataset);
            csv.WriteField(row.Tag);
            csv.WriteField(row.Value);
            csv.EndRecord();
        }
    }
}
