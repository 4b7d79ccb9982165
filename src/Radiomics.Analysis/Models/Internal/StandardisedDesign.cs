namespace Radiomics.Analysis.Models.Internal;

/// <summary>
/// The predictor matrix as the penalised solvers see it, stored column by column in one array: each column centred on
/// its mean and divided by its standard deviation with the 1/n normaliser (glmnet's <c>standardize = TRUE</c>: mean 0 and
/// mean square 1 over the rows used). With standardisation off the columns are only centred (scale 1), which changes
/// neither the solution nor the intercept reported on the original scale. A column whose values are all equal is
/// <see cref="Usable"/> = false and keeps a zero coefficient, as glmnet drops constant columns.
/// </summary>
internal sealed class StandardisedDesign
{
    private readonly double[] _values;

    private StandardisedDesign(int rows, double[] values, double[] means, double[] scales, bool[] usable)
    {
        Rows = rows;
        _values = values;
        Means = means;
        Scales = scales;
        Usable = usable;
    }

    public int Rows { get; }

    public int Features => Means.Length;

    /// <summary>The column means (over the rows used).</summary>
    public double[] Means { get; }

    /// <summary>The 1/n standard deviations (1 for every column when standardisation is off).</summary>
    public double[] Scales { get; }

    /// <summary>False for a constant column.</summary>
    public bool[] Usable { get; }

    public ReadOnlySpan<double> Column(int feature) => _values.AsSpan(feature * Rows, Rows);

    public ReadOnlyMemory<double> ColumnMemory(int feature) => _values.AsMemory(feature * Rows, Rows);

    /// <summary>
    /// Builds the design from <paramref name="columns"/> (one array per feature over all rows of the source table),
    /// keeping the rows at <paramref name="rows"/> (all rows when null) in that order.
    /// </summary>
    public static StandardisedDesign Build(IReadOnlyList<double[]> columns, IReadOnlyList<int>? rows, bool standardise)
    {
        int p = columns.Count;
        int n = rows?.Count ?? (p == 0 ? 0 : columns[0].Length);
        var values = new double[(long)p * n];
        var means = new double[p];
        var scales = new double[p];
        var usable = new bool[p];
        for (int j = 0; j < p; j++)
        {
            Span<double> column = values.AsSpan(j * n, n);
            double[] source = columns[j];
            bool constant = true;
            for (int i = 0; i < n; i++)
            {
                column[i] = source[rows is null ? i : rows[i]];
                constant &= column[i] == column[0];
            }

            double mean = VectorKernels.Sum(column) / n;
            for (int i = 0; i < n; i++)
            {
                column[i] -= mean;
            }

            double variance = VectorKernels.Dot(column, column) / n;
            double sd = Math.Sqrt(variance);
            means[j] = mean;
            usable[j] = !constant && sd > 0;
            scales[j] = standardise && usable[j] ? sd : 1.0;
            if (!usable[j])
            {
                column.Clear();
            }

            if (standardise && usable[j])
            {
                double inverse = 1.0 / sd;
                for (int i = 0; i < n; i++)
                {
                    column[i] *= inverse;
                }
            }
        }

        return new StandardisedDesign(n, values, means, scales, usable);
    }
}
