namespace Radiomics.Analysis.Habitats;

/// <summary>
/// The Cholesky factor L (lower, Σ = L Lᵀ) of a small symmetric positive-definite matrix held row-major in a p × p
/// array, with the log-determinant and the squared Mahalanobis distance it gives.
/// </summary>
internal sealed class Cholesky
{
    private readonly double[] _lower;
    private readonly int _p;

    private Cholesky(double[] lower, int p, double logDeterminant)
    {
        _lower = lower;
        _p = p;
        LogDeterminant = logDeterminant;
    }

    /// <summary>log |Σ| = 2 Σ log Lᵢᵢ.</summary>
    public double LogDeterminant { get; }

    /// <summary>The factor of <paramref name="matrix"/>, or null when it is not (numerically) positive definite.</summary>
    public static Cholesky? TryFactor(ReadOnlySpan<double> matrix, int p)
    {
        var lower = new double[p * p];
        double logDeterminant = 0;
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
                    logDeterminant += Math.Log(lower[i * p + i]);
                }
                else
                {
                    lower[i * p + j] = sum / lower[j * p + j];
                }
            }
        }

        return new Cholesky(lower, p, 2 * logDeterminant);
    }

    /// <summary>(x − μ)ᵀ Σ⁻¹ (x − μ) = |L⁻¹ (x − μ)|², by forward substitution into <paramref name="scratch"/> (p values).</summary>
    public double Mahalanobis(ReadOnlySpan<double> x, ReadOnlySpan<double> mean, Span<double> scratch)
    {
        double total = 0;
        for (int i = 0; i < _p; i++)
        {
            double sum = x[i] - mean[i];
            for (int k = 0; k < i; k++)
            {
                sum -= _lower[i * _p + k] * scratch[k];
            }

            scratch[i] = sum / _lower[i * _p + i];
            total += scratch[i] * scratch[i];
        }

        return total;
    }
}
