using System.Globalization;
using System.Text;
using Radiomics.Cli.Output;
using Radiomics.Extraction;

namespace Radiomics.Cli.Batch;

/// <summary>
/// Writes the final file of a batch from its records, in input order, in one of the <see cref="BatchFormat"/>s.
/// The output depends only on the records, so a run, a resumed run and a merge of shards give the same bytes.
/// </summary>
public static class BatchOutputWriter
{
    public static void Write(Stream stream, BatchFormat format, OutputLayout layout, IEnumerable<CaseRecord> records)
    {
        if (format == BatchFormat.Parquet)
        {
            ParquetOutput.Write(stream, layout, records);
            return;
        }

        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        switch (format)
        {
            case BatchFormat.Long:
                WriteLong(writer, layout, records);
                break;
            case BatchFormat.JsonLines:
                WriteJsonLines(writer, records);
                break;
            default:
                WriteWide(writer, layout, records);
                break;
        }
    }

    /// <summary>
    /// PyRadiomics' batch CSV (csv.DictWriter, <c>lineterminator='\n'</c>): one header, one row per record; a value a
    /// record lacks (a failed case, a feature only other cases have) is an empty field.
    /// </summary>
    public static void WriteWide(TextWriter writer, OutputLayout layout, IEnumerable<CaseRecord> records)
    {
        writer.Write(string.Join(",", layout.Columns.Concat(layout.EntryNames).Select(ResultFormats.CsvField)));
        writer.Write('\n');
        var line = new StringBuilder();
        foreach (CaseRecord record in records)
        {
            line.Clear();
            line.AppendJoin(',', record.Columns.Select(c => ResultFormats.CsvField(c.Value)));
            Dictionary<string, ResultValue> entries = OutputLayout.EntriesOf(record);
            foreach (string name in layout.EntryNames)
            {
                line.Append(',');
                if (entries.TryGetValue(name, out ResultValue value))
                {
                    line.Append(ResultFormats.CsvField(value.ToString()));
                }
            }

            writer.Write(line.Append('\n'));
        }
    }

    /// <summary>
    /// Long CSV: <c>case,feature,value</c> (with <c>Label</c> after <c>case</c> when the output has labels). <c>case</c>
    /// is the 1-based data row of the batch CSV; every other carried-over column, diagnostic and feature of the row
    /// becomes one (feature, value) line, in the wide layout's order. Failed records have no lines.
    /// </summary>
    public static void WriteLong(TextWriter writer, OutputLayout layout, IEnumerable<CaseRecord> records)
    {
        bool hasLabel = layout.Columns.Contains("Label");
        writer.Write(hasLabel ? "case,Label,feature,value\n" : "case,feature,value\n");
        var line = new StringBuilder();
        foreach (CaseRecord record in records)
        {
            if (record.Failed)
            {
                continue;
            }

            string key = (record.Row + 1).ToString(CultureInfo.InvariantCulture);
            if (hasLabel)
            {
                key += "," + ResultFormats.CsvField(record.Columns.First(c => c.Key == "Label").Value);
            }

            foreach (var (name, value) in record.Columns)
            {
                if (name != "Label")
                {
                    writer.Write(line.Clear().Append(key).Append(',').Append(ResultFormats.CsvField(name)).Append(',').Append(ResultFormats.CsvField(value)).Append('\n'));
                }
            }

            Dictionary<string, ResultValue> entries = OutputLayout.EntriesOf(record);
            foreach (string name in layout.EntryNames)
            {
                if (entries.TryGetValue(name, out ResultValue value))
                {
                    writer.Write(line.Clear().Append(key).Append(',').Append(ResultFormats.CsvField(name)).Append(',').Append(ResultFormats.CsvField(value.ToString())).Append('\n'));
                }
            }
        }
    }

    /// <summary>
    /// JSON lines, as PyRadiomics' <c>--format json</c> (json.dump per case): one object per record on one line, its
    /// carried-over columns then its own entries in extraction order; NaN and infinities as the strings "NaN",
    /// "Infinity", "-Infinity" (as <c>radiomics extract --format json</c>). A failed record has its columns only.
    /// </summary>
    public static void WriteJsonLines(TextWriter writer, IEnumerable<CaseRecord> records)
    {
        foreach (CaseRecord record in records)
        {
            writer.Write('{');
            bool first = true;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, value) in record.Columns)
            {
                Separator(ref first);
                seen.Add(name);
                ResultFormats.WriteJsonString(writer, name);
                writer.Write(": ");
                ResultFormats.WriteJsonString(writer, value);
            }

            foreach (var (name, value) in record.Entries)
            {
                if (seen.Add(name))
                {
                    Separator(ref first);
                    ResultFormats.WriteJsonString(writer, name);
                    writer.Write(": ");
                    ResultFormats.WriteJsonValue(writer, value);
                }
            }

            writer.Write("}\n");
        }

        void Separator(ref bool first)
        {
            if (!first)
            {
                writer.Write(", ");
            }

            first = false;
        }
    }

    /// <summary>
    /// The companion errors file (<c>OUT-STEM.errors.csv</c>): <c>case</c> (1-based data row), the carried-over
    /// columns, <c>error</c>; one line per failed record, in input order.
    /// </summary>
    public static void WriteErrors(Stream stream, OutputLayout layout, IEnumerable<CaseRecord> records)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.Write(string.Join(",", new[] { "case" }.Concat(layout.Columns).Append("error").Select(ResultFormats.CsvField)));
        writer.Write('\n');
        foreach (CaseRecord record in records.Where(r => r.Failed))
        {
            writer.Write(string.Join(",", new[] { (record.Row + 1).ToString(CultureInfo.InvariantCulture) }
                .Concat(record.Columns.Select(c => c.Value)).Append(record.Error!).Select(ResultFormats.CsvField)));
            writer.Write('\n');
        }
    }

    /// <summary>The errors file that goes with an output file: same folder and stem, <c>.errors.csv</c>.</summary>
    public static string ErrorsPathFor(string outputPath)
    {
        string full = Path.GetFullPath(outputPath);
        return Path.Combine(Path.GetDirectoryName(full) ?? ".", Path.GetFileNameWithoutExtension(full) + ".errors.csv");
    }
}
