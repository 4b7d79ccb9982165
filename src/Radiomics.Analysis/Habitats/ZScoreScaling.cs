namespace Radiomics.Analysis.Habitats;

/// <summary>
/// Per-feature z-scoring with the population standard deviation (ddof = 0, numpy's <c>std()</c>):
/// <c>(x − mean) / sd</c>. Fitted on one patient's voxels or on every patient's pooled, applied to any matrix with the
/// same features. A feature with sd = 0 (constant) becomes 0 everywhere.
/// </summary>
/// <param name="Means">The mean of each feature.</param>
/// <param name="StandardDeviations">The population SD of each feature (0 for a constant feature).</param>
public sealed record ZScoreScaling(IReadOnlyList<double> Means, IReadOnlyList<double> StandardDeviations)
{
    /// <summary>Means and population SDs over all rows of all <paramref name="matrices"/> (pooled; sums in row order).</summary>
    /// <exception cref="ArgumentException">No rows, or the matrices have different feature counts.</exception>
    public static ZScoreScaling Fit(params IReadOnlyList<VoxelFeatureMatrix> matrices)
    {
        ArgumentNullException.ThrowIfNull(matrices);
        int columns = matrices.Count > 0 ? matrices[0].Columns : 0;
        long rows = 0;
        var sums = new double[columns];
        foreach (VoxelFeatureMatrix matrix in matrices)
        {
            if (matrix.Columns != columns)
            {
                throw new ArgumentException($"Matrices with {columns} and {matrix.Columns} features cannot be scaled together.", nameof(matrices));
            }

            for (int i = 0; i < matrix.Rows; i++)
            {
                ReadOnlySpan<double> row = matrix.Row(i);
                for (int j = 0; j < columns; j++)
                {
                    sums[j] += row[j];
                }
            }

            rows += matrix.Rows;
        }

        if (rows == 0)
        {
            throw new ArgumentException("No rows to scale.", nameof(matrices));
        }

        var means = sums.Select(s => s / rows).ToArray();
        var squares = new double[columns];
        foreach (VoxelFeatureMatrix matrix in matrices)
        {
            for (int i = 0; i < matrix.Rows; i++)
            {
                ReadOnlySpan<double> row = matrix.Row(i);
                for (int j = 0; j < columns; j++)
                {
                    double d = row[j] - means[j];
                    squares[j] += d * d;
                }
            }
        }

        return new ZScoreScaling(means, squares.Select(s => Math.Sqrt(s / rows)).ToArray());
    }

    /// <summary>The z-scored copy of <paramref name="matrix"/>.</summary>
    public VoxelFeatureMatrix Apply(VoxelFeatureMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.Columns != Means.Count)
        {
            throw new ArgumentException($"The scaling has {Means.Count} features, the matrix {matrix.Columns}.", nameof(matrix));
        }

        var values = new double[matrix.Values.Length];
        ReadOnlySpan<double> source = matrix.Values;
        for (int i = 0; i < values.Length; i++)
        {
            int j = i % matrix.Columns;
            values[i] = StandardDeviations[j] > 0 ? (source[i] - Means[j]) / StandardDeviations[j] : 0.0;
        }

        return new VoxelFeatureMatrix(matrix.Rows, matrix.Columns, values, matrix.FeatureNames);
    }
}
