using System.Text.Json;
using Radiomics.Analysis.Tables;
using Radiomics.IO;
using Radiomics.IO.Csv;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// Writes the rows of <c>model predict</c> and <c>bundle predict</c>, columns in the order given, each cell a text or
/// a number: <c>.csv</c> (RFC 4180, LF, numbers in shortest round-trip form, NaN as <c>NaN</c>; the provenance in the
/// sidecar <c>FILE.provenance.json</c>) or <c>.json</c> (a <c>radiomics-table</c> object whose <c>provenance</c> is
/// the run's, as the other analysis commands write it). Written atomically, the table first. Without a file, the CSV
/// goes to the console.
/// </summary>
internal static class PredictionOutput
{
    /// <summary>Checks, before any work, that <paramref name="path"/> has a table extension and can be written.</summary>
    public static void Check(string option, string path) => AnalysisOutput.CheckTable(option, path);

    /// <summary>
    /// Writes the rows to <paramref name="path"/> (or the console when null) with the provenance object that
    /// <paramref name="provenance"/> writes (a writer rather than an object to serialise, so that <c>bundle predict</c>
    /// need not start System.Text.Json's serializer).
    /// </summary>
    public static void Write(string? path, IReadOnlyList<string> columns, IReadOnlyList<object[]> rows, Action<Utf8JsonWriter> provenance, TextWriter console)
    {
        if (path is null)
        {
            WriteCsv(console, columns, rows);
            console.Flush();
            return;
        }

        if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            AtomicFile.WriteText(path, writer => WriteJson(writer, columns, rows, provenance));
            return;
        }

        AtomicFile.WriteText(path, writer => WriteCsv(writer, columns, rows));
        AtomicFile.WriteText(path + AnalysisOutput.SidecarSuffix, writer => writer.Write(Json(provenance)));
    }

    private static void WriteCsv(TextWriter writer, IReadOnlyList<string> columns, IReadOnlyList<object[]> rows)
    {
        using var csv = new CsvWriter(writer, leaveOpen: true);
        csv.WriteRecord(columns);
        foreach (object[] row in rows)
        {
            foreach (object cell in row)
            {
                if (cell is double number)
                {
                    csv.WriteField(number);
                }
                else
                {
                    csv.WriteField(cell as string ?? "");
                }
            }

            csv.EndRecord();
        }
    }

    private static void WriteJson(TextWriter writer, IReadOnlyList<string> columns, IReadOnlyList<object[]> rows, Action<Utf8JsonWriter> provenance) =>
        writer.Write(Json(json =>
        {
            json.WriteStartObject();
            json.WriteString("format", "radiomics-table");
            json.WriteNumber("version", 1);
            json.WritePropertyName("provenance");
            provenance(json);
            json.WriteStartArray("rows");
            foreach (object[] row in rows)
            {
                json.WriteStartObject();
                for (int c = 0; c < columns.Count; c++)
                {
                    json.WritePropertyName(columns[c]);
                    if (row[c] is double number)
                    {
                        AnalysisJson.WriteNumber(json, number);
                    }
                    else
                    {
                        json.WriteStringValue(row[c] as string ?? "");
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }));

    /// <summary>What <paramref name="write"/> writes, indented with LF line ends, and a final LF.</summary>
    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
