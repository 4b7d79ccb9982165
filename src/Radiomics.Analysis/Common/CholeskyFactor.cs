namespace Radiomics.Analysis.Common;

/// <summary>
/// The Cholesky factor L (lower triangular, A = L Lᵀ) of a small symmetric positive-definite matrix held row-major in a
/// p × p array, and what it gives: A⁻¹b, A⁻¹, log |A| and the squared Mahalanobis distance. The analysis layer's one
/// dense factorisation (Newton steps of the models, covariances of the Gaussian mixture).
/// </summary>
/// <remarks>
/// The plain row-by-row Cholesky–Banachiewicz order, O(p³/3), no pivoting. Only the lower triangle of the input is read.
/// A matrix is refused (<see cref="TryFactor"/> returns null) when a pivot is not positive or not finite: not positive
/// definite to working precision, or holding NaN or infinity.
/// </remarks>
internal sealed class CholeskyFactor
{
    private readonly double[] _lower;

    private CholeskyFactor(int size, double[] lower, double logDeterminant)
    {
        Size = size;
        _lower = lower;
        LogDeterminant = logDeterminant;
    }

    /// <summary>p, the matrix's order.</summary>
    public int Size { get; }

    /// <summary>log |A| = 2 Σ log Lᵢᵢ.</summary>
    public double LogDeterminant { get; }

    /// <summary>The factor of <paramref name="matrix"/> (p × p, row-major), or null when it is not (numerically) positive definite.</summary>
    public static CholeskyFactor? TryFactor(ReadOnlySpan<double> matrix, int p)
    {
        var lower = new double[p * p];
        double logDiagonal = 0;
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = matrix[i * p + j];
                for (int k = 0; k < j; k++)
                {
                    sum -= lower[i * p + k] * lower[j * p + k];
                }

                if (i == j)
                {
                    if (!(sum > 0) || !double.IsFinite(sum))
                    {
                        return null;
                    }

                    lower[i * p + i] = Math.Sqrt(sum);
                    logDiagonal += Math.Log(lower[i * p + i]);
                }
                else
                {
                    lower[i * p + j] = sum / lower[j * p + j];
                }
            }
        }

        return new CholeskyFactor(p, lower, 2 * logDiagonal);
    }

    /// <summary>Overwrites <paramref name="b"/> (p values) with A⁻¹b: forward substitution with L, then back substitution with Lᵀ.</summary>
    public void Solve(Span<double> b)
    {
        int p = Size;
        for (int r = 0; r < p; r++)
        {
            double sum = b[r];
            for (int k = 0; k < r; k++)
            {
                sum -= _lower[r * p + k] * b[k];
            }

            b[r] = sum / _lower[r * p + r];
        }

        for (int r = p - 1; r >= 0; r--)
        {
            double sum = b[r];
            for (int k = r + 1; k < p; k++)
            {
                sum -= _lower[k * p + r] * b[k];
            }

            b[r] = sum / _lower[r * p + r];
        }
    }

    /// <summary>A⁻¹ (p × p, row-major), column by column through <see cref="Solve"/>.</summary>
    public double[] Inverse()
    {
        int p = Size;
        var inverse = new double[p * p];
        var column = new double[p];
        for (int c = 0; c < p; c++)
        {
            Array.Clear(column);
            column[c] = 1;
            Solve(column);
            for (int r = 0; r < p; r++)
            {
                inverse[r * p + c] = column[r];
            }
        }

        return inverse;
    }

    /// <summary>(x − μ)ᵀ A⁻¹ (x − μ) = |L⁻¹ (x − μ)|², by forward substitution into <paramref name="scratch"/> (p values).</summary>
    public double Mahalanobis(ReadOnlySpan<double> x, ReadOnlySpan<double> mean, Span<double> scratch)
    {
        int p = Size;
        double total = 0;
        for (int i = 0; i < p; i++)
        {
            double sum = x[i] - mean[i];
            for (int k = 0; k < i; k++)
            {
                sum -= _lower[i * p + k] * scratch[k];
            }

            scratch[i] = sum / _lower[i * p + i];
            total += scratch[i] * scratch[i];
        }

        return total;
    }
}
