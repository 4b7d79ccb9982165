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
    public static StandardisedRows Of(FeatureTable table, IReadOnlyList<int> features, CorrelationMethod method, ParallelOptions parallel)
    {
        int n = table.RowCount;
        int stride = (n + 3) & ~3;
        var values = new double[features.Count * stride];
        Parallel.For(0, features.Count, parallel, f =>
        {
            Span<double> row = values.AsSpan(f * stride, n);
            ReadOnlySpan<double> column = table.Column(features[f]);
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
        return new StandardisedRows(values, features.Count, stride);
    }

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
