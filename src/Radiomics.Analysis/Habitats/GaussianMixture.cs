using Radiomics.Analysis.Common;

namespace Radiomics.Analysis.Habitats;

/// <summary>
/// Gaussian-mixture clustering by EM with full covariances, matching <c>mclust::me(modelName = "VVV", z = unmap(start))</c>:
/// the start is a hard assignment taken as the first E-step; each iteration is an M-step (weights = mean
/// responsibilities, weighted means, weighted ML covariances) then an E-step (responsibilities and the log-likelihood
/// ℓ, by log-sum-exp); EM stops when |ℓ − ℓ_previous| / (1 + |ℓ|) ≤ <see cref="GaussianMixtureOptions.Tolerance"/>.
/// </summary>
/// <remarks>
/// Deterministic: the E-step runs in parallel over fixed blocks of rows, every row alone; the M-step's sums and ℓ are
/// summed in row order. A component with no weight or a singular covariance stops the fit with a
/// <see cref="HabitatException"/> (mclust returns NA), unless regularisation keeps it positive definite.
/// </remarks>
public static class GaussianMixture
{
    private const int BlockRows = 1024;

    /// <summary>Fits the mixture to the rows of <paramref name="data"/>.</summary>
    /// <exception cref="HabitatException">Invalid options, a non-finite value, an empty or singular component.</exception>
    public static GaussianMixtureResult Fit(VoxelFeatureMatrix data, GaussianMixtureOptions options, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(data.Rows, data.Columns);
        data.RequireFinite("Gaussian mixture");
        ParallelOptions threads = ParallelDefaults.OrDefault(parallel);
        int n = data.Rows, g = options.ComponentCount;
        int[] start = options.Initialisation == GaussianMixtureInitialisation.GivenMeans
            ? KMeans.Predict(data, options.InitialMeans!, threads)
            : KMeans.Fit(data, new KMeansOptions { ClusterCount = g, Seed = options.Seed }, threads).Labels;
        var responsibilities = new double[n * g];
        for (int i = 0; i < n; i++)
        {
            responsibilities[i * g + start[i]] = 1.0;
        }

        var pointLikelihoods = new double[n];
        double previous = double.NaN, logLikelihood = double.NaN;
        Components components = null!;
        int iterations = 0;
        bool converged = false;
        while (iterations < options.MaxIterations)
        {
            iterations++;
            components = MaximisationStep(data, responsibilities, g, options.CovarianceRegularisation, iterations);
            ExpectationStep(data, components, responsibilities, pointLikelihoods, threads);
            logLikelihood = 0;
            foreach (double l in pointLikelihoods)
            {
                logLikelihood += l;
            }

            if (iterations > 1 && Math.Abs(previous - logLikelihood) / (1 + Math.Abs(logLikelihood)) <= options.Tolerance)
            {
                converged = true;
                break;
            }

            previous = logLikelihood;
        }

        int p = data.Columns;
        int parameters = (g - 1) + g * p + g * p * (p + 1) / 2;
        return new GaussianMixtureResult(
            components.Weights,
            components.Means,
            components.Covariances,
            logLikelihood,
            parameters,
            2 * logLikelihood - parameters * Math.Log(n),
            MostProbable(responsibilities, n, g),
            iterations,
            converged);
    }

    /// <summary>The most probable component (0-based) of every row of <paramref name="data"/> under a fitted mixture.</summary>
    public static int[] Predict(GaussianMixtureResult mixture, VoxelFeatureMatrix data, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        ArgumentNullException.ThrowIfNull(data);
        int g = mixture.ComponentCount;
        var components = Components.Factor(mixture.Weights, mixture.Means, mixture.Covariances, data.Columns, 0);
        var responsibilities = new double[data.Rows * g];
        ExpectationStep(data, components, responsibilities, new double[data.Rows], ParallelDefaults.OrDefault(parallel));
        return MostProbable(responsibilities, data.Rows, g);
    }

    private static Components MaximisationStep(VoxelFeatureMatrix data, double[] z, int g, double regularisation, int iteration)
    {
        int n = data.Rows, p = data.Columns;
        var totals = new double[g];
        var means = new double[g][];
        var covariances = new double[g][];
        for (int c = 0; c < g; c++)
        {
            means[c] = new double[p];
            covariances[c] = new double[p * p];
        }

        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> row = data.Row(i);
            for (int c = 0; c < g; c++)
            {
                double w = z[i * g + c];
                totals[c] += w;
                for (int a = 0; a < p; a++)
                {
                    means[c][a] += w * row[a];
                }
            }
        }

        for (int c = 0; c < g; c++)
        {
            if (!(totals[c] > 0))
            {
                throw new HabitatException($"Gaussian mixture: component {c + 1} of {g} has no voxels at iteration {iteration}; start from other means or use fewer components.");
            }

            for (int a = 0; a < p; a++)
            {
                means[c][a] /= totals[c];
            }
        }

        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> row = data.Row(i);
            for (int c = 0; c < g; c++)
            {
                double w = z[i * g + c];
                double[] mean = means[c], covariance = covariances[c];
                for (int a = 0; a < p; a++)
                {
                    double da = w * (row[a] - mean[a]);
                    for (int b = 0; b <= a; b++)
                    {
                        covariance[a * p + b] += da * (row[b] - mean[b]);
                    }
                }
            }
        }

        var weights = new double[g];
        for (int c = 0; c < g; c++)
        {
            weights[c] = totals[c] / n;
            double[] covariance = covariances[c];
            for (int a = 0; a < p; a++)
            {
                for (int b = 0; b <= a; b++)
                {
                    covariance[a * p + b] /= totals[c];
                    covariance[b * p + a] = covariance[a * p + b];
                }

                covariance[a * p + a] += regularisation;
            }
        }

        return Components.Factor(weights, means, covariances, p, iteration);
    }

    private static void ExpectationStep(VoxelFeatureMatrix data, Components components, double[] z, double[] pointLikelihoods, ParallelOptions parallel)
    {
        int g = components.Weights.Length, p = data.Columns;
        double constant = p * Math.Log(2 * Math.PI);
        int blocks = (data.Rows + BlockRows - 1) / BlockRows;
        Parallel.For(0, blocks, parallel, block =>
        {
            Span<double> scratch = stackalloc double[p];
            Span<double> logs = g <= 64 ? stackalloc double[g] : new double[g];
            int end = Math.Min(data.Rows, (block + 1) * BlockRows);
            for (int i = block * BlockRows; i < end; i++)
            {
                ReadOnlySpan<double> row = data.Row(i);
                double largest = double.NegativeInfinity;
                for (int c = 0; c < g; c++)
                {
                    double m = components.Factors[c].Mahalanobis(row, components.Means[c], scratch);
                    logs[c] = Math.Log(components.Weights[c]) - 0.5 * (constant + components.Factors[c].LogDeterminant + m);
                    largest = Math.Max(largest, logs[c]);
                }

                double sum = 0;
                for (int c = 0; c < g; c++)
                {
                    sum += Math.Exp(logs[c] - largest);
                }

                double total = largest + Math.Log(sum);
                pointLikelihoods[i] = total;
                for (int c = 0; c < g; c++)
                {
                    z[i * g + c] = Math.Exp(logs[c] - total);
                }
            }
        });
    }

    private static int[] MostProbable(double[] z, int n, int g)
    {
        var labels = new int[n];
        for (int i = 0; i < n; i++)
        {
            int best = 0;
            for (int c = 1; c < g; c++)
            {
                if (z[i * g + c] > z[i * g + best])
                {
                    best = c;
                }
            }

            labels[i] = best;
        }

        return labels;
    }

    /// <summary>One M-step's parameters with the covariances' Cholesky factors.</summary>
    private sealed record Components(double[] Weights, double[][] Means, double[][] Covariances, CholeskyFactor[] Factors)
    {
        public static Components Factor(double[] weights, double[][] means, double[][] covariances, int p, int iteration)
        {
            var factors = new CholeskyFactor[weights.Length];
            for (int c = 0; c < weights.Length; c++)
            {
                factors[c] = CholeskyFactor.TryFactor(covariances[c], p)
                    ?? throw new HabitatException($"Gaussian mixture: component {c + 1} of {weights.Length} has a singular covariance at iteration {iteration}; set CovarianceRegularisation above 0 or use fewer components.");
            }

            return new Components(weights, means, covariances, factors);
        }
    }
}
