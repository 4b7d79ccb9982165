using Radiomics.Analysis.Statistics;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Selection.Internal;

/// <summary>
/// Feature columns centred and scaled to unit length, one row per feature, each row padded with zeros to a multiple of
/// four values: the dot product of two rows is their Pearson correlation (of the ranks, for Spearman). A feature with
/// no variance is a row of zeros (correlation 0 with everything).
/// </summary>
internal sealed class StandardisedRows
{
    private StandardisedRows(double[] values, int count, int stride)
    {
        Values = values;
        Count = count;
        Stride = stride;
    }

    /// <summary>Row f occupies <c>Values[f * Stride .. f * Stride + Stride)</c>.</summary>
    public double[] Values { get; }

    public int Count { get; }

    public int Stride { get; }

    public ReadOnlySpan<double> Row(int f) => Values.AsSpan(f * Stride, Stride);

    /// <summary>The rows of <paramref name="features"/> (indices into <paramref name="table"/>), in that order.</summary>
    public static StandardisedRows Of(FeatureTable table, IReadOnlyList<int> features, CorrelationMethod method, ParallelOptions parallel) =>
        Of(features.Count, table.RowCount, f => table.Column(features[f]), method, parallel);

    /// <summary>The rows of <paramref name="columns"/> (each of the same length, no NaN), in that order.</summary>
    public static StandardisedRows Of(IReadOnlyList<double[]> columns, CorrelationMethod method, ParallelOptions parallel) =>
        Of(columns.Count, columns.Count > 0 ? columns[0].Length : 0, f => columns[f], method, parallel);

    private static StandardisedRows Of(int count, int n, ColumnSource columnOf, CorrelationMethod method, ParallelOptions parallel)
    {
        int stride = (n + 3) & ~3;
        var values = new double[count * stride];
        Parallel.For(0, count, parallel, f =>
        {
            Span<double> row = values.AsSpan(f * stride, n);
            ReadOnlySpan<double> column = columnOf(f);
            if (method == CorrelationMethod.Spearman)
            {
                Ranks.Average(column, row);
            }
            else
            {
                column.CopyTo(row);
            }

            Standardise(row);
        });
        return new StandardisedRows(values, count, stride);
    }

    private delegate ReadOnlySpan<double> ColumnSource(int index);

    /// <summary>One extra vector (an outcome) standardised the same way, padded to <paramref name="stride"/>.</summary>
    public static double[] Vector(ReadOnlySpan<double> values, int stride)
    {
        var row = new double[stride];
        values.CopyTo(row);
        Standardise(row.AsSpan(0, values.Length));
        return row;
    }

    // Two passes: the mean, then the centred sum of squares; constant rows (max = min) become zeros.
    private static void Standardise(Span<double> row)
    {
        ValueRange range = ValueRange.Of(row);
        if (range.IsConstant)
        {
            row.Clear();
            return;
        }

        double mean = range.Sum / row.Length;
        double squares = 0;
        for (int i = 0; i < row.Length; i++)
        {
            row[i] -= mean;
            squares += row[i] * row[i];
        }

        double scale = 1.0 / Math.Sqrt(squares);
        for (int i = 0; i < row.Length; i++)
        {
            row[i] *= scale;
        }
    }
}
