namespace Radiomics.Analysis.Harmonisation;

/// <summary>
/// The standardisation and the per-batch estimates of sva's <c>ComBat</c>, for the harmonised features:
/// B̂ = (XᵀX)⁻¹Xᵀy; α = Σ_b (n_b/N) B̂_b (with a reference batch r: α = B̂_r); σ² = mean of the squared residuals
/// y - XB̂ over all samples (over the reference batch's samples with a reference); stand = α + covariate part of XB̂;
/// z = (y - stand)/σ; γ̂_b = the least-squares batch effect of z (the batch mean; relative to the reference batch's
/// mean with a reference); δ̂_b = the batch's variance of z (divisor n_b - 1; 1 with mean-only); and the priors
/// γ̄_b, τ²_b (mean and variance over features of γ̂_b), a_b = (2s² + m²)/s², b_b = (m s² + m³)/s² for δ̂_b's
/// mean m and variance s² over features.
/// </summary>
internal sealed class CombatEstimation
{
    public required double[] GrandMean { get; init; }

    public required double[] PooledVariance { get; init; }

    /// <summary>Coefficients[column][feature] of the covariate columns.</summary>
    public required double[][] CovariateCoefficients { get; init; }

    /// <summary>Standardised[batch][feature · n_b + t]: z of the batch's t-th sample, each batch's block feature-major.</summary>
    public required double[][] Standardised { get; init; }

    public required double[][] GammaHat { get; init; }

    public required double[][] DeltaHat { get; init; }

    public required double[] GammaBar { get; init; }

    public required double[] Tau2 { get; init; }

    public required double[] APrior { get; init; }

    public required double[] BPrior { get; init; }

    /// <summary>Standardises the data and estimates every batch's location and scale effects and their priors.</summary>
    /// <param name="features">The harmonised features' values, features[g][sample], all finite.</param>
    /// <param name="batches">The batch of every sample.</param>
    /// <param name="design">The design matrix: batch indicators, then the covariates' columns.</param>
    /// <param name="reference">The reference batch's index (sva's <c>ref.batch</c>), or null.</param>
    /// <param name="meanOnly">sva's <c>mean.only</c>: no scale effect (δ̂ = 1).</param>
    public static CombatEstimation Run(IReadOnlyList<double[]> features, BatchAssignment batches, CombatDesign design, int? reference, bool meanOnly)
    {
        int g = features.Count, n = batches.BatchOf.Length, nb = batches.Levels.Length, p = design.Columns;
        var grand = new double[g];
        var pooled = new double[g];
        var coefficients = new double[p - nb][];
        for (int c = 0; c < coefficients.Length; c++)
        {
            coefficients[c] = new double[g];
        }

        var standardised = new double[nb][];
        for (int b = 0; b < nb; b++)
        {
            standardised[b] = new double[g * batches.Members[b].Length];
        }

        var beta = new double[p];
        var z = new double[n];
        for (int f = 0; f < g; f++)
        {
            Standardise(features[f], design, batches, reference, beta, z, out grand[f], out pooled[f]);
            for (int c = 0; c < coefficients.Length; c++)
            {
                coefficients[c][f] = beta[nb + c];
            }

            for (int b = 0; b < nb; b++)
            {
                int[] members = batches.Members[b];
                Span<double> block = standardised[b].AsSpan(f * members.Length, members.Length);
                for (int t = 0; t < members.Length; t++)
                {
                    block[t] = z[members[t]];
                }
            }
        }

        var gammaHat = new double[nb][];
        var deltaHat = new double[nb][];
        for (int b = 0; b < nb; b++)
        {
            int size = batches.Members[b].Length;
            gammaHat[b] = new double[g];
            deltaHat[b] = new double[g];
            for (int f = 0; f < g; f++)
            {
                ReadOnlySpan<double> block = standardised[b].AsSpan(f * size, size);
                gammaHat[b][f] = Mean(block);
                deltaHat[b][f] = meanOnly ? 1 : Variance(block);
            }
        }

        if (reference is int r)
        {
            for (int b = 0; b < nb; b++)
            {
                if (b != r)
                {
                    for (int f = 0; f < g; f++)
                    {
                        gammaHat[b][f] -= gammaHat[r][f];
                    }
                }
            }
        }

        double[] aPrior = deltaHat.Select(d => APriorOf(d)).ToArray();
        double[] bPrior = deltaHat.Select(d => BPriorOf(d)).ToArray();
        return new CombatEstimation
        {
            GrandMean = grand,
            PooledVariance = pooled,
            CovariateCoefficients = coefficients,
            Standardised = standardised,
            GammaHat = gammaHat,
            DeltaHat = deltaHat,
            GammaBar = gammaHat.Select(x => Mean(x)).ToArray(),
            Tau2 = gammaHat.Select(x => Variance(x)).ToArray(),
            APrior = aPrior,
            BPrior = bPrior,
        };
    }

    /// <summary>sva's <c>aprior</c>: (2s² + m²)/s².</summary>
    public static double APriorOf(ReadOnlySpan<double> deltaHat)
    {
        double m = Mean(deltaHat), s2 = Variance(deltaHat);
        return ((2 * s2) + (m * m)) / s2;
    }

    /// <summary>sva's <c>bprior</c>: (m s² + m³)/s².</summary>
    public static double BPriorOf(ReadOnlySpan<double> deltaHat)
    {
        double m = Mean(deltaHat), s2 = Variance(deltaHat);
        return ((m * s2) + (m * m * m)) / s2;
    }

    public static double Mean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }

    /// <summary>The sample variance (divisor n - 1), two-pass; NaN for fewer than two values.</summary>
    public static double Variance(ReadOnlySpan<double> values)
    {
        double mean = Mean(values), sum = 0;
        foreach (double v in values)
        {
            sum += (v - mean) * (v - mean);
        }

        return sum / (values.Length - 1);
    }

    private static void Standardise(
        double[] y, CombatDesign design, BatchAssignment batches, int? reference, double[] beta, double[] z, out double grand, out double pooled)
    {
        int n = y.Length, p = design.Columns, nb = design.BatchColumns;
        double[,] solver = design.Solver, x = design.X;
        for (int c = 0; c < p; c++)
        {
            double sum = 0;
            for (int i = 0; i < n; i++)
            {
                sum += solver[c, i] * y[i];
            }

            beta[c] = sum;
        }

        if (reference is int r)
        {
            grand = beta[r];
        }
        else
        {
            grand = 0;
            for (int b = 0; b < nb; b++)
            {
                grand += (double)batches.Members[b].Length / n * beta[b];
            }
        }

        double squares = 0;
        for (int i = 0; i < n; i++)
        {
            double fitted = 0;
            for (int c = 0; c < p; c++)
            {
                fitted += x[i, c] * beta[c];
            }

            if (reference is not int rr || batches.BatchOf[i] == rr)
            {
                squares += (y[i] - fitted) * (y[i] - fitted);
            }
        }

        pooled = squares / (reference is int rb ? batches.Members[rb].Length : n);
        double sd = Math.Sqrt(pooled);
        for (int i = 0; i < n; i++)
        {
            double stand = grand;
            for (int c = nb; c < p; c++)
            {
                stand += x[i, c] * beta[c];
            }

            z[i] = (y[i] - stand) / sd;
        }
    }
}
