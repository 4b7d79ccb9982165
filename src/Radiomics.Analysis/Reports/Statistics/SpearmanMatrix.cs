using Radiomics.Analysis.Selection;
using Radiomics.Analysis.Selection.Internal;
using Radiomics.Analysis.Statistics;

namespace Radiomics.Analysis.Reports.Statistics;

/// <summary>
/// Spearman's rank correlation between every pair of columns (Pearson's correlation of the average ranks), over the
/// rows where both values are finite (pairwise complete, as <c>pandas.DataFrame.corr(method="spearman")</c> and R's
/// <c>cor(use = "pairwise.complete.obs", method = "spearman")</c>). NaN when fewer than three rows remain or a column is
/// constant on them. Built from the analysis layer's own pieces: columns without a missing value go through the
/// feature selection's correlation matrix (ranks by <see cref="Ranks"/>, one blocked, thread-count-independent
/// product); a pair with a missing value through <see cref="Correlation.Spearman"/> on its complete rows.
/// </summary>
internal static class SpearmanMatrix
{
    /// <summary>The symmetric matrix (1 on the diagonal of non-constant columns), row-major, n × n.</summary>
    public static double[] Of(IReadOnlyList<double[]> columns)
    {
        int n = columns.Count;
        var matrix = new double[n * n];
        int[] complete = Enumerable.Range(0, n).Where(j => columns[j].All(double.IsFinite)).ToArray();
        var slot = Enumerable.Repeat(-1, n).ToArray();
        for (int k = 0; k < complete.Length; k++)
        {
            slot[complete[k]] = k;
        }

        double[] together = CompleteColumns(columns, complete);
        for (int a = 0; a < n; a++)
        {
            for (int b = a; b < n; b++)
            {
                double r = slot[a] >= 0 && slot[b] >= 0 ? together[slot[a] * complete.Length + slot[b]] : PairwiseComplete(columns[a], columns[b]);
                if (a == b && !double.IsNaN(r))
                {
                    r = 1;
                }

                matrix[a * n + b] = matrix[b * n + a] = r;
            }
        }

        return matrix;
    }

    /// <summary>The correlations among the complete columns; rows and columns of a constant one are NaN.</summary>
    private static double[] CompleteColumns(IReadOnlyList<double[]> columns, int[] complete)
    {
        int m = complete.Length;
        int rows = m > 0 ? columns[complete[0]].Length : 0;
        if (rows < 3)
        {
            return Enumerable.Repeat(double.NaN, m * m).ToArray();
        }

        ParallelOptions parallel = ParallelDefaults.OrDefault(null);
        double[][] selected = complete.Select(j => columns[j]).ToArray();
        double[] matrix = CorrelationMatrix.Compute(StandardisedRows.Of(selected, CorrelationMethod.Spearman, parallel), parallel);
        for (int k = 0; k < m; k++)
        {
            if (ValueRange.Of(selected[k]).IsConstant)
            {
                for (int other = 0; other < m; other++)
                {
                    matrix[k * m + other] = matrix[other * m + k] = double.NaN;
                }
            }
        }

        return matrix;
    }

    private static double PairwiseComplete(double[] x, double[] y)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (int i = 0; i < x.Length; i++)
        {
            if (double.IsFinite(x[i]) && double.IsFinite(y[i]))
            {
                xs.Add(x[i]);
                ys.Add(y[i]);
            }
        }

        return xs.Count < 3 ? double.NaN : Correlation.Spearman(xs.ToArray(), ys.ToArray(), MissingValueHandling.Error);
    }
}
