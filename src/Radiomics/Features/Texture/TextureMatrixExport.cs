using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Radiomics.Features.Texture;

/// <summary>
/// Writes texture matrices to a directory for inspection (the CLI's <c>--export-matrices DIR</c>): per family a
/// long-format CSV of the non-zero entries (<c>&lt;family&gt;_matrices.csv</c>: matrix, slice, direction, grey level,
/// column, count) and a JSON file with every matrix dense, with its axes (<c>&lt;family&gt;_matrices.json</c>).
/// </summary>
public static class TextureMatrixExport
{
    /// <summary>Writes the matrices of each family in <paramref name="families"/> (PyRadiomics semantics) to <paramref name="directory"/>.</summary>
    /// <returns>The paths written.</returns>
    public static IReadOnlyList<string> WriteAll(FeatureInput input, IEnumerable<string> families, string directory)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(families);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (string family in families)
        {
            if (!TextureMatrices.Families.Contains(family))
            {
                continue; // non-texture families have no matrices to export
            }

            IReadOnlyList<TextureMatrix> matrices = TextureMatrices.Export(input, family);
            string csv = Path.Combine(directory, $"{family}_matrices.csv");
            File.WriteAllText(csv, ToCsv(matrices), new UTF8Encoding(false));
            string json = Path.Combine(directory, $"{family}_matrices.json");
            File.WriteAllBytes(json, ToJson(matrices));
            written.Add(csv);
            written.Add(json);
        }

        return written;
    }

    /// <summary>Long-format CSV of the non-zero entries.</summary>
    public static string ToCsv(IReadOnlyList<TextureMatrix> matrices)
    {
        var text = new StringBuilder("matrix,slice,direction,grey_level,column_name,column,count\n");
        for (int m = 0; m < matrices.Count; m++)
        {
            TextureMatrix matrix = matrices[m];
            string slice = matrix.Slice?.ToString(CultureInfo.InvariantCulture) ?? "";
            string direction = matrix.Direction is { } d ? $"({d.X} {d.Y} {d.Z})" : "";
            for (int i = 0; i < matrix.GreyLevels.Count; i++)
            {
                for (int j = 0; j < matrix.Columns.Count; j++)
                {
                    double value = matrix[i, j];
                    if (value != 0)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"{m},{slice},{direction},{matrix.GreyLevels[i]},{matrix.ColumnName},{matrix.Columns[j]},{value:R}\n");
                    }
                }
            }
        }

        return text.ToString();
    }

    /// <summary>JSON: an array of matrices with family, slice, direction, row and column axes, and dense rows.</summary>
    public static byte[] ToJson(IReadOnlyList<TextureMatrix> matrices)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (TextureMatrix matrix in matrices)
            {
                writer.WriteStartObject();
                writer.WriteString("family", matrix.Family);
                if (matrix.Slice is int slice)
                {
                    writer.WriteNumber("slice", slice);
                }

                if (matrix.Direction is { } d)
                {
                    writer.WriteStartArray("direction");
                    writer.WriteNumberValue(d.X);
                    writer.WriteNumberValue(d.Y);
                    writer.WriteNumberValue(d.Z);
                    writer.WriteEndArray();
                }

                writer.WriteStartArray("grey_levels");
                foreach (int level in matrix.GreyLevels)
                {
                    writer.WriteNumberValue(level);
                }

                writer.WriteEndArray();
                writer.WriteString("column_name", matrix.ColumnName);
                writer.WriteStartArray("columns");
                foreach (string column in matrix.Columns)
                {
                    writer.WriteStringValue(column);
                }

                writer.WriteEndArray();
                writer.WriteStartArray("values");
                for (int i = 0; i < matrix.GreyLevels.Count; i++)
                {
                    writer.WriteStartArray();
                    for (int j = 0; j < matrix.Columns.Count; j++)
                    {
                        writer.WriteNumberValue(matrix[i, j]);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return stream.ToArray();
    }
}
