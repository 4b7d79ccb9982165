namespace Radiomics.Analysis.Models.Internal;

/// <summary>Cholesky factorisation of a small symmetric positive-definite matrix (row-major), solving and inverting with it.</summary>
internal sealed class DenseCholesky
{
    private readonly double[] _lower;

    private DenseCholesky(int size, double[] lower)
    {
        Size = size;
        _lower = lower;
    }

    public int Size { get; }

    /// <summary>Factorises <paramref name="matrix"/> (m × m, row-major; only the lower triangle is read); null when it is not positive definite.</summary>
    public static DenseCholesky? TryFactor(ReadOnlySpan<double> matrix, int m)
    {
        var l = new double[m * m];
        for (int r = 0; r < m; r++)
        {
            for (int c = 0; c <= r; c++)
            {
                double sum = matrix[r * m + c];
                for (int k = 0; k < c; k++)
                {
                    sum -= l[r * m + k] * l[c * m + k];
                }

                if (r == c)
                {
                    if (!(sum > 0))
                    {
                        return null;
                    }

                    l[r * m + r] = Math.Sqrt(sum);
                }
                else
                {
                    l[r * m + c] = sum / l[c * m + c];
                }
            }
        }

        return new DenseCholesky(m, l);
    }

    /// <summary>Overwrites <paramref name="b"/> with A⁻¹b.</summary>
    public void Solve(Span<double> b)
    {
        int m = Size;
        for (int r = 0; r < m; r++)
        {
            double sum = b[r];
            for (int k = 0; k < r; k++)
            {
                sum -= _lower[r * m + k] * b[k];
            }

            b[r] = sum / _lower[r * m + r];
        }

        for (int r = m - 1; r >= 0; r--)
        {
            double sum = b[r];
            for (int k = r + 1; k < m; k++)
            {
                sum -= _lower[k * m + r] * b[k];
            }

            b[r] = sum / _lower[r * m + r];
        }
    }

    /// <summary>A⁻¹ (row-major).</summary>
    public double[] Inverse()
    {
        int m = Size;
        var inverse = new double[m * m];
        var column = new double[m];
        for (int c = 0; c < m; c++)
        {
            Array.Clear(column);
            column[c] = 1;
            Solve(column);
            for (int r = 0; r < m; r++)
            {
                inverse[r * m + c] = column[r];
            }
        }

        return inverse;
    }
}
