using System.Globalization;
using System.Text.Json;
using Radiomics.Configuration;
using Radiomics.Extraction;

namespace Radiomics.Analysis.Reports;

/// <summary>
/// Reads the tables a batch writes, already split into cells (header first): the wide feature table (PyRadiomics'
/// batch CSV) and the errors file. In the wide table, <c>diagnostics_*</c> columns are diagnostics; a column is a
/// feature when its name has two underscores (<c>original_firstorder_Mean</c>), it is none of the batch's own columns
/// (Image, Mask, Label, label_channel, ROI, ID) and every non-empty cell is a number (or nan/inf); every other column
/// is carried over.
/// </summary>
public static class ResultTable
{
    private static readonly string[] BatchColumns = ["Image", "Mask", "Label", "label_channel", "Label_channel", "ROI", "ID"];

    /// <summary>The rows of a wide feature table.</summary>
    /// <exception cref="FormatException">The table is empty or a row has more cells than the header.</exception>
    public static IReadOnlyList<TableCase> Read(IReadOnlyList<IReadOnlyList<string>> rows, string source)
    {
        if (rows.Count == 0)
        {
            throw new FormatException($"{source}: the table is empty; it needs a header row.");
        }

        IReadOnlyList<string> header = rows[0];
        var kinds = new ColumnKind[header.Count];
        for (int c = 0; c < header.Count; c++)
        {
            kinds[c] = header[c].StartsWith("diagnostics_", StringComparison.Ordinal) ? ColumnKind.Diagnostic
                : IsFeature(rows, c, header[c]) ? ColumnKind.Feature
                : ColumnKind.Carried;
        }

        int id = IndexOf(header, "ID"), label = IndexOf(header, "Label");
        var cases = new List<TableCase>(rows.Count - 1);
        for (int r = 1; r < rows.Count; r++)
        {
            IReadOnlyList<string> row = rows[r];
            if (row.Count > header.Count)
            {
                throw new FormatException($"{source}: row {r + 1} has {row.Count} cells, the header {header.Count}.");
            }

            var columns = new List<KeyValuePair<string, string>>();
            var entries = new List<KeyValuePair<string, ResultValue>>();
            for (int c = 0; c < header.Count; c++)
            {
                string cell = c < row.Count ? row[c] : "";
                switch (kinds[c])
                {
                    case ColumnKind.Carried:
                        columns.Add(KeyValuePair.Create(header[c], cell));
                        break;
                    case ColumnKind.Feature when cell.Length > 0:
                        entries.Add(KeyValuePair.Create(header[c], (ResultValue)ParseNumber(cell)!.Value));
                        break;
                    case ColumnKind.Diagnostic when cell.Length > 0:
                        entries.Add(KeyValuePair.Create(header[c], ParseNumber(cell) is { } number ? (ResultValue)number : cell));
                        break;
                }
            }

            string caseId = id >= 0 && id < row.Count && row[id].Length > 0 ? row[id] : r.ToString(CultureInfo.InvariantCulture);
            int? labelValue = label >= 0 && label < row.Count && int.TryParse(row[label], NumberStyles.Integer, CultureInfo.InvariantCulture, out int l) ? l : null;
            cases.Add(new TableCase(r, caseId, labelValue, columns, entries));
        }

        return cases;
    }

    /// <summary>The failures listed by a batch's errors file (<c>case</c>, the carried-over columns, <c>error</c>).</summary>
    /// <exception cref="FormatException">The header lacks <c>case</c> or <c>error</c>.</exception>
    public static IReadOnlyList<CaseFailure> ReadErrors(IReadOnlyList<IReadOnlyList<string>> rows, string source)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        IReadOnlyList<string> header = rows[0];
        int caseColumn = IndexOf(header, "case"), error = IndexOf(header, "error");
        if (caseColumn < 0 || error < 0)
        {
            throw new FormatException($"{source}: an errors file needs columns 'case' and 'error'; found: {string.Join(", ", header)}.");
        }

        return rows.Skip(1).Select(row => new CaseFailure(
            Cell(row, caseColumn),
            Enumerable.Range(0, header.Count).Where(c => c != caseColumn && c != error).Select(c => KeyValuePair.Create(header[c], Cell(row, c))).ToList(),
            Cell(row, error))).ToList();
    }

    /// <summary>
    /// The settings an extraction recorded in <c>diagnostics_Configuration_Settings</c> (its canonical JSON, read as a
    /// parameter file's <c>setting</c> section), or <paramref name="fallback"/> when absent or unreadable.
    /// </summary>
    public static RadiomicsSettings SettingsOf(IEnumerable<KeyValuePair<string, ResultValue>> entries, RadiomicsSettings fallback)
    {
        string? json = entries.FirstOrDefault(e => e.Key == "diagnostics_Configuration_Settings").Value.Text;
        if (string.IsNullOrWhiteSpace(json))
        {
            return fallback;
        }

        Dictionary<string, string> values;
        try
        {
            using var document = JsonDocument.Parse(json);
            // Unset values (null, []) are the defaults; a parameter file may not spell them out.
            values = document.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind != JsonValueKind.Null && !(p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() == 0))
                .ToDictionary(p => p.Name, p => p.Value.GetRawText(), StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return fallback;
        }

        // Every setting; failing that (settings of a newer or older version), those the report uses.
        foreach (IEnumerable<string> keys in new[] { values.Keys, ReportKeys.Where(values.ContainsKey) })
        {
            try
            {
                string yaml = "setting:\n" + string.Concat(keys.Select(k => $"  {k}: {values[k]}\n"));
                return PipelineParameters.Parse(yaml, "diagnostics_Configuration_Settings").Settings;
            }
            catch (ParameterException)
            {
            }
        }

        return fallback;
    }

    /// <summary>The settings the report reads: label selection, geometry checks, resampling, normalisation, re-segmentation, discretisation.</summary>
    private static readonly string[] ReportKeys =
    [
        "label", "label_channel", "geometryTolerance", "correctMask", "resampledPixelSpacing", "normalize", "normalizeScale",
        "resegmentRange", "resegmentMode", "binWidth", "binCount", "binningOrigin",
    ];

    private static bool IsFeature(IReadOnlyList<IReadOnlyList<string>> rows, int column, string name)
    {
        if (BatchColumns.Contains(name) || name.Count(c => c == '_') < 2)
        {
            return false;
        }

        for (int r = 1; r < rows.Count; r++)
        {
            if (column < rows[r].Count && rows[r][column].Length > 0 && ParseNumber(rows[r][column]) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A number as our writers and PyRadiomics print them (round-trip, "nan", "inf", "-inf", "NaN", "Infinity"), or null.</summary>
    private static double? ParseNumber(string text) => text switch
    {
        "nan" or "NaN" => double.NaN,
        "inf" or "Infinity" => double.PositiveInfinity,
        "-inf" or "-Infinity" => double.NegativeInfinity,
        _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : null,
    };

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (int c = 0; c < header.Count; c++)
        {
            if (header[c] == name)
            {
                return c;
            }
        }

        return -1;
    }

    private static string Cell(IReadOnlyList<string> row, int c) => c < row.Count ? row[c] : "";

    private enum ColumnKind
    {
        Carried,
        Diagnostic,
        Feature,
    }
}
