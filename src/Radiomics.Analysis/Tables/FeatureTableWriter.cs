using System.Text;
using System.Text.Json;
using Radiomics.Analysis.Common;
using Radiomics.IO.Csv;

namespace Radiomics.Analysis.Tables;

/// <summary>
/// Writes an analysis output table, atomically (a temporary sibling renamed into place: nothing half-written on
/// failure). The format follows the extension: <c>.json</c> a JSON table object, <c>.jsonl</c>/<c>.ndjson</c> JSON
/// lines, anything else CSV. Columns: the ID column, the other (text) columns, then the features, in table order.
/// </summary>
/// <remarks>
/// CSV: RFC 4180 (<see cref="CsvWriter"/>), LF line ends, numbers in shortest round-trip form, NaN as <c>NaN</c>.
/// JSON table: <c>{"format":"radiomics-table","version":1,"provenance":{…},"rows":[{…},…]}</c>, one object per row,
/// text as strings, numbers as JSON numbers, NaN/±infinity as the strings <c>"NaN"</c>, <c>"Infinity"</c>,
/// <c>"-Infinity"</c> (as <c>radiomics extract --format json</c>). JSON lines: the row objects alone. Provenance goes
/// into the JSON table only; a CSV has no place for it. <see cref="FeatureTableReader"/> reads all three back.
/// </remarks>
public static class FeatureTableWriter
{
    /// <summary>Writes <paramref name="table"/> to <paramref name="path"/> atomically: .json a JSON table, .jsonl/.ndjson JSON lines, anything else CSV.</summary>
    /// <param name="table">The table to write.</param>
    /// <param name="path">The output file; its extension selects the format.</param>
    /// <param name="provenance">
    /// Written into a JSON table as its <c>provenance</c> object (<see cref="AnalysisJson"/> conventions, the runtime
    /// type's properties): an <see cref="AnalysisProvenance"/>, or a richer record of the caller's (the command-line
    /// tool adds the command and its settings). Ignored for CSV and JSON lines.
    /// </param>
    /// <exception cref="FeatureTableException">The folder does not exist or the file cannot be written.</exception>
    public static void Write(FeatureTable table, string path, object? provenance = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        string extension = Path.GetExtension(path).ToLowerInvariant();
        AnalysisFiles.WriteAtomically(path, stream =>
        {
            switch (extension)
            {
                case ".json":
                    WriteJsonTable(table, stream, provenance);
                    break;
                case ".jsonl" or ".ndjson":
                    WriteJsonLines(table, stream);
                    break;
                default:
                    WriteCsv(table, stream);
                    break;
            }
        }, FeatureTableReader.Fail);
    }

    /// <summary>Writes <paramref name="table"/> as CSV to <paramref name="stream"/> (left open).</summary>
    public static void WriteCsv(FeatureTable table, Stream stream)
    {
        using var csv = new CsvWriter(new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true));
        csv.WriteField(table.IdColumn);
        foreach (string name in table.OtherColumnNames)
        {
            csv.WriteField(name);
        }

        foreach (string name in table.FeatureNames)
        {
            csv.WriteField(name);
        }

        csv.EndRecord();
        var others = table.OtherColumnNames.Select(table.OtherColumn).ToArray();
        for (int row = 0; row < table.RowCount; row++)
        {
            csv.WriteField(table.Ids[row]);
            foreach (IReadOnlyList<string> column in others)
            {
                csv.WriteField(column[row]);
            }

            for (int j = 0; j < table.FeatureCount; j++)
            {
                csv.WriteField(table[row, j]);
            }

            csv.EndRecord();
        }
    }

    private static void WriteJsonTable(FeatureTable table, Stream stream, object? provenance)
    {
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("format", "radiomics-table");
        json.WriteNumber("version", 1);
        if (provenance is not null)
        {
            json.WritePropertyName("provenance");
            AnalysisJson.Serialize(json, provenance, AnalysisJson.Options);
        }

        json.WriteStartArray("rows");
        for (int row = 0; row < table.RowCount; row++)
        {
            WriteRow(json, table, row);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteJsonLines(FeatureTable table, Stream stream)
    {
        var newLine = "\n"u8.ToArray();
        for (int row = 0; row < table.RowCount; row++)
        {
            using (var json = new Utf8JsonWriter(stream))
            {
                WriteRow(json, table, row);
            }

            stream.Write(newLine);
        }
    }

    private static void WriteRow(Utf8JsonWriter json, FeatureTable table, int row)
    {
        json.WriteStartObject();
        json.WriteString(table.IdColumn, table.Ids[row]);
        foreach (string name in table.OtherColumnNames)
        {
            json.WriteString(name, table.OtherColumn(name)[row]);
        }

        for (int j = 0; j < table.FeatureCount; j++)
        {
            json.WritePropertyName(table.FeatureNames[j]);
            AnalysisJson.WriteNumber(json, table[row, j]);
        }

        json.WriteEndObject();
    }
}
