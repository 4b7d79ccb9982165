using Parquet;
using Parquet.Schema;

namespace Radiomics.Cli.Tests.Batch;

/// <summary>Reads one double column of a Parquet file back (all row groups), for checking the batch's Parquet output.</summary>
internal static class ParquetColumn
{
    public static double?[] ReadDoubles(string path, string column) => ReadAsync(path, column).GetAwaiter().GetResult();

    private static async Task<double?[]> ReadAsync(string path, string column)
    {
        await using ParquetReader reader = await ParquetReader.CreateAsync(path);
        DataField field = reader.Schema.GetDataFields().Single(f => f.Name == column);
        var values = new List<double?>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
            var buffer = new double?[group.RowCount];
            await group.ReadAsync<double>(field, buffer.AsMemory());
            values.AddRange(buffer);
        }

        return values.ToArray();
    }
}
