using Parquet;
using Parquet.Schema;
using Radiomics.Extraction;

namespace Radiomics.Cli.Batch;

/// <summary>
/// The batch output as Apache Parquet (Parquet.Net): the wide layout, carried-over columns as strings, each
/// diagnostic or feature as a nullable double (or a nullable string when some record holds text there); a missing
/// value (failed case, feature only other cases have) is null. Rows go out in row groups of
/// <see cref="RowGroupSize"/> records, so memory stays bounded whatever the study's size.
/// </summary>
public static class ParquetOutput
{
    public const int RowGroupSize = 1024;

    public static void Write(Stream stream, OutputLayout layout, IEnumerable<CaseRecord> records) =>
        WriteAsync(stream, layout, records).GetAwaiter().GetResult();

    private static async Task WriteAsync(Stream stream, OutputLayout layout, IEnumerable<CaseRecord> records)
    {
        var columnFields = layout.Columns.Select(c => new DataField(c, typeof(string), true)).ToArray();
        var entryFields = layout.EntryNames
            .Select(n => new DataField(n, layout.TextEntries.Contains(n) ? typeof(string) : typeof(double), true))
            .ToArray();
        var schema = new ParquetSchema(columnFields.Concat(entryFields).Cast<Field>().ToArray());
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(schema, stream, options);
        var group = new List<CaseRecord>(RowGroupSize);
        foreach (CaseRecord record in records)
        {
            group.Add(record);
            if (group.Count == RowGroupSize)
            {
                await WriteGroupAsync(writer, layout, columnFields, entryFields, group);
                group.Clear();
            }
        }

        if (group.Count > 0 || layout.Records == 0)
        {
            await WriteGroupAsync(writer, layout, columnFields, entryFields, group);
        }
    }

    private static async Task WriteGroupAsync(ParquetWriter writer, OutputLayout layout, DataField[] columnFields, DataField[] entryFields, List<CaseRecord> group)
    {
        using ParquetRowGroupWriter rowGroup = writer.CreateRowGroup();
        for (int c = 0; c < columnFields.Length; c++)
        {
            string?[] values = group.Select(r => c < r.Columns.Count ? r.Columns[c].Value : null).ToArray();
            await rowGroup.WriteAsync(columnFields[c], values);
        }

        var entries = group.Select(OutputLayout.EntriesOf).ToArray();
        foreach (DataField field in entryFields)
        {
            if (layout.TextEntries.Contains(field.Name))
            {
                string?[] values = entries.Select(e => e.TryGetValue(field.Name, out ResultValue v) ? v.ToString() : null).ToArray();
                await rowGroup.WriteAsync(field, values);
            }
            else
            {
                double?[] values = entries.Select(e => e.TryGetValue(field.Name, out ResultValue v) ? v.Number : (double?)null).ToArray();
                await rowGroup.WriteAsync<double>(field, values.AsMemory());
            }
        }

        rowGroup.CompleteValidate();
    }
}
