using System.Text;
using Radiomics.Extraction;
using Radiomics.IO.Csv;

namespace Radiomics.Cli.Output;

/// <summary>The single-case output formats of <c>radiomics extract</c>.</summary>
public static class ResultFormats
{
    /// <summary>
    /// One flat JSON object, name → value, in output order. Numbers are JSON numbers (shortest round-trip form);
    /// NaN and infinities, which JSON cannot hold, are written as the strings "NaN", "Infinity", "-Infinity"
    /// (as in the PyRadiomics reference files).
    /// </summary>
    public static void WriteJson(TextWriter writer, IEnumerable<KeyValuePair<string, ResultValue>> entries)
    {
        writer.Write('{');
        bool first = true;
        foreach (var (name, value) in entries)
        {
            writer.Write(first ? "\n  " : ",\n  ");
            first = false;
            WriteJsonString(writer, name);
            writer.Write(": ");
            WriteJsonValue(writer, value);
        }

        writer.Write(first ? "}\n" : "\n}\n");
    }

    public static void WriteJsonValue(TextWriter writer, ResultValue value)
    {
        if (!value.IsNumber)
        {
            WriteJsonString(writer, value.Text!);
        }
        else if (double.IsNaN(value.Number))
        {
            writer.Write("\"NaN\"");
        }
        else if (double.IsInfinity(value.Number))
        {
            writer.Write(value.Number > 0 ? "\"Infinity\"" : "\"-Infinity\"");
        }
        else
        {
            writer.Write(ResultValue.FormatNumber(value.Number));
        }
    }

    public static void WriteJsonString(TextWriter writer, string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        writer.Write(builder.Append('"').ToString());
    }

    /// <summary>
    /// PyRadiomics' single-case CSV (csv.DictWriter): a header row and one value row; the case columns
    /// (Image, Mask, …) come first. Numbers print as Python prints floats (shortest round trip, "nan").
    /// </summary>
    public static void WriteCsv(TextWriter writer, IReadOnlyList<KeyValuePair<string, string>> caseColumns, IReadOnlyList<KeyValuePair<string, ResultValue>> entries)
    {
        writer.Write(string.Join(",", caseColumns.Select(c => CsvField(c.Key)).Concat(entries.Select(e => CsvField(e.Key)))));
        writer.Write('\n');
        writer.Write(string.Join(",", caseColumns.Select(c => CsvField(c.Value)).Concat(entries.Select(e => CsvField(e.Value.ToString())))));
        writer.Write('\n');
    }

    /// <summary>Quotes a field as Python's csv module does (minimal quoting).</summary>
    public static string CsvField(string text) => CsvWriter.Quote(text);

    /// <summary>A readable two-column table for the console.</summary>
    public static void WriteTable(TextWriter writer, IReadOnlyList<KeyValuePair<string, ResultValue>> entries)
    {
        int width = entries.Count == 0 ? 0 : entries.Max(e => e.Key.Length);
        foreach (var (name, value) in entries)
        {
            writer.Write(name.PadRight(width + 2));
            writer.Write(value.IsNumber ? FormatForReading(value.Number) : value.Text);
            writer.Write('\n');
        }
    }

    private static string FormatForReading(double value) =>
        double.IsFinite(value) && value != Math.Floor(value)
            ? value.ToString("G10", System.Globalization.CultureInfo.InvariantCulture)
            : ResultValue.FormatNumber(value);
}
