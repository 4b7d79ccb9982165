using System.Globalization;
using Parquet;
using Parquet.Schema;
using Radiomics.Analysis.Common;

namespace Radiomics.Analysis.Tables;

/// <summary>
/// Loads a wide Parquet table (Parquet.Net): numeric columns (any integer or floating type) as numbers, a null as
/// missing; string columns as text, a null as empty; booleans as <c>true</c>/<c>false</c>. Nested, repeated or other
/// types are an error naming the column.
/// </summary>
internal static class ParquetTableLoader
{
    public static RawTable Load(string path) => LoadAsync(path).GetAwaiter().GetResult();

    private static async Task<RawTable> LoadAsync(string path)
    {
        try
        {
            await using FileStream stream = AnalysisFiles.OpenRead(path, "a table", FeatureTableReader.Fail);
            await using ParquetReader reader = await ParquetReader.CreateAsync(stream);
            DataField[] fields = reader.Schema.GetDataFields();
            if (fields.Length != reader.Schema.Fields.Count || fields.Any(f => f.IsArray))
            {
                throw new FeatureTableException($"{path}: nested or repeated Parquet columns are not a feature table");
            }

            var numbers = new List<double>[fields.Length];
            var texts = new TextColumn?[fields.Length];
            for (int c = 0; c < fields.Length; c++)
            {
                if (IsNumeric(fields[c].ClrType))
                {
                    numbers[c] = [];
                }
                else if (IsText(fields[c].ClrType) || fields[c].ClrType == typeof(bool))
                {
                    texts[c] = new TextColumn(fields[c].Name);
                }
                else
                {
                    throw new FeatureTableException($"{path}: column '{fields[c].Name}' has Parquet type {fields[c].ClrType.Name}, which a feature table cannot hold");
                }
            }

            long rows = 0;
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
                int count = checked((int)group.RowCount);
                for (int c = 0; c < fields.Length; c++)
                {
                    if (texts[c] is { } text)
                    {
                        await ReadTextAsync(group, fields[c], count, text);
                    }
                    else
                    {
                        numbers[c].AddRange(await ReadNumbersAsync(group, fields[c], count));
                    }
                }

                rows += count;
            }

            var table = new RawTable(path, "row");
            for (long r = 1; r <= rows; r++)
            {
                table.RowPositions.Add(r);
            }

            for (int c = 0; c < fields.Length; c++)
            {
                table.Columns.Add(texts[c] ?? (RawColumn)new NumberColumn(fields[c].Name, numbers[c].ToArray()));
            }

            table.CheckUniqueNames();
            return table;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException or Parquet.ParquetException)
        {
            throw new FeatureTableException($"{path}: not a readable Parquet file ({e.Message})", e);
        }
    }

    /// <summary>Parquet.Net 6 reports string columns as <see cref="ReadOnlyMemory{T}"/> of char.</summary>
    private static bool IsText(Type type) => type == typeof(string) || type == typeof(ReadOnlyMemory<char>);

    private static bool IsNumeric(Type type) =>
        type == typeof(double) || type == typeof(float) || type == typeof(decimal) || type == typeof(long) || type == typeof(int) ||
        type == typeof(short) || type == typeof(sbyte) || type == typeof(ulong) || type == typeof(uint) || type == typeof(ushort) ||
        type == typeof(byte);

    private static async Task ReadTextAsync(ParquetRowGroupReader group, DataField field, int count, TextColumn column)
    {
        if (field.ClrType == typeof(bool))
        {
            var flags = new bool?[count];
            await group.ReadAsync<bool>(field, flags.AsMemory());
            foreach (bool? flag in flags)
            {
                column.Add(flag is null ? "" : flag.Value ? "true" : "false");
            }

            return;
        }

        var values = new string?[count];
        await group.ReadAsync(field, values.AsMemory());
        foreach (string? value in values)
        {
            column.Add(value ?? "");
        }
    }

    private static async Task<double[]> ReadNumbersAsync(ParquetRowGroupReader group, DataField field, int count)
    {
        Type type = field.ClrType;
        return type == typeof(double) ? await ReadAsync<double>(group, field, count)
            : type == typeof(float) ? await ReadAsync<float>(group, field, count)
            : type == typeof(decimal) ? await ReadAsync<decimal>(group, field, count)
            : type == typeof(long) ? await ReadAsync<long>(group, field, count)
            : type == typeof(int) ? await ReadAsync<int>(group, field, count)
            : type == typeof(short) ? await ReadAsync<short>(group, field, count)
            : type == typeof(sbyte) ? await ReadAsync<sbyte>(group, field, count)
            : type == typeof(ulong) ? await ReadAsync<ulong>(group, field, count)
            : type == typeof(uint) ? await ReadAsync<uint>(group, field, count)
            : type == typeof(ushort) ? await ReadAsync<ushort>(group, field, count)
            : await ReadAsync<byte>(group, field, count);
    }

    private static async Task<double[]> ReadAsync<T>(ParquetRowGroupReader group, DataField field, int count)
        where T : struct, IConvertible
    {
        var values = new T?[count];
        await group.ReadAsync<T>(field, values.AsMemory());
        return values.Select(v => v is { } x ? x.ToDouble(CultureInfo.InvariantCulture) : double.NaN).ToArray();
    }
}
