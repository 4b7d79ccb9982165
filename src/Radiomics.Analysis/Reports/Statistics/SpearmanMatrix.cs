namespace Radiomics.Analysis.Reports.Statistics;

/// <summary>
/// Spearman's rank correlation between every pair of columns (Pearson's correlation of the ranks, ties given their
/// average rank), over the rows where both values are finite (pairwise complete, as
/// <c>pandas.DataFrame.corr(method="spearman")</c>). NaN when fewer than three rows remain or a column is constant
/// on them. Columns without missing values are ranked once; a pair with missing values is re-ranked on its rows.
/// </summary>
internal static class SpearmanMatrix
{
    /// <summary>The symmetric matrix (1 on the diagonal of non-constant columns), row-major, n × n.</summary>
    public static double[] Of(IReadOnlyList<double[]> columns)
    {
        int n = columns.Count;
        var matrix = new double[n * n];
        var complete = new bool[n];
        var ranks = new double[n][];
        for (int j = 0; j < n; j++)
        {
            complete[j] = columns[j].All(double.IsFinite);
            ranks[j] = complete[j] ? Centred(Ranks(columns[j])) : [];
        }

        for (int a = 0; a < n; a++)
        {
            for (int b = a; b < n; b++)
            {
                double r = complete[a] && complete[b] ? Pearson(ranks[a], ranks[b]) : PairwiseComplete(columns[a], columns[b]);
                if (a == b && !double.IsNaN(r))
                {
                    r = 1;
                }

                matrix[a * n + b] = matrix[b * n + a] = r;
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

        return Pearson(Centred(Ranks([.. xs])), Centred(Ranks([.. ys])));
    }

    /// <summary>Pearson's r of two centred vectors; NaN below three values or for a constant vector.</summary>
    private static double Pearson(double[] x, double[] y)
    {
        if (x.Length < 3)
        {
            return double.NaN;
        }

        double xy = 0, xx = 0, yy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            xy += x[i] * y[i];
            xx += x[i] * x[i];
            yy += y[i] * y[i];
        }

        return xx > 0 && yy > 0 ? Math.Clamp(xy / Math.Sqrt(xx * yy), -1, 1) : double.NaN;
    }

    /// <summary>1-based ranks, ties sharing their average rank (scipy.stats.rankdata's "average").</summary>
    internal static double[] Ranks(double[] values)
    {
        int[] order = Enumerable.Range(0, values.Length).ToArray();
        Array.Sort(order, (p, q) => values[p].CompareTo(values[q]) is var c && c != 0 ? c : p.CompareTo(q));
        var ranks = new double[values.Length];
        for (int i = 0; i < order.Length;)
        {
            int end = i + 1;
            while (end < order.Length && values[order[end]] == values[order[i]])
            {
                end++;
            }

            double rank = (i + end + 1) / 2.0; // mean of ranks i+1 … end
            for (int k = i; k < end; k++)
            {
                ranks[order[k]] = rank;
            }

            i = end;
        }

        return ranks;
    }

    private static double[] Centred(double[] values)
    {
        double mean = values.Length > 0 ? values.Average() : 0;
        return [.. values.Select(v => v - mean)];
    }
}
