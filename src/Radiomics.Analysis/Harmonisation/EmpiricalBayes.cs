using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Harmonisation;

/// <summary>
/// ComBat's empirical Bayes step for one batch (sva's <c>it.sol</c>, <c>postmean</c>, <c>postvar</c>, <c>int.eprior</c>).
/// </summary>
internal static class EmpiricalBayes
{
    /// <summary>sva's <c>conv</c>: the iteration stops when the largest relative change is at most this.</summary>
    public const double Convergence = 1e-4;

    /// <summary>A safety stop sva does not have; reaching it is an error rather than an endless loop.</summary>
    public const int MaxIterations = 100_000;

    /// <summary>
    /// The parametric solution (sva's <c>it.sol</c>): from γ_old = γ̂, δ_old = δ̂, repeat
    /// γ_new = (τ² n γ̂ + δ_old γ̄)/(τ² n + δ_old), δ_new = (½ Σ_t (z_t - γ_new)² + b)/(n/2 + a - 1) for every feature, until
    /// the largest of |γ_new - γ_old|/γ_old and |δ_new - δ_old|/δ_old over all features (signed denominators, as sva
    /// writes it) is at most <see cref="Convergence"/>.
    /// </summary>
    /// <param name="batch">The batch's name, for messages.</param>
    /// <param name="block">The batch's standardised data, feature-major (feature f's n values at f·n).</param>
    /// <param name="n">The batch's sample count.</param>
    /// <param name="gammaHat">γ̂ per feature.</param>
    /// <param name="deltaHat">δ̂ per feature.</param>
    /// <param name="gammaBar">The prior mean γ̄ of the batch effects.</param>
    /// <param name="tau2">The prior variance τ² of the batch effects.</param>
    /// <param name="a">The inverse-gamma prior's shape a of the scale effects.</param>
    /// <param name="b">The inverse-gamma prior's scale b of the scale effects.</param>
    /// <exception cref="FeatureTableException">The iteration produced NaN (sva stops with an error there) or did not converge.</exception>
    public static (double[] GammaStar, double[] DeltaStar) Parametric(
        string batch, ReadOnlySpan<double> block, int n, double[] gammaHat, double[] deltaHat, double gammaBar, double tau2, double a, double b)
    {
        int g = gammaHat.Length;
        var gammaOld = (double[])gammaHat.Clone();
        var deltaOld = (double[])deltaHat.Clone();
        for (int iteration = 1; iteration <= MaxIterations; iteration++)
        {
            double change = double.NegativeInfinity;
            bool nan = false;
            for (int f = 0; f < g; f++)
            {
                double gammaNew = ((tau2 * n * gammaHat[f]) + (deltaOld[f] * gammaBar)) / ((tau2 * n) + deltaOld[f]);
                double sum2 = 0;
                foreach (double z in block.Slice(f * n, n))
                {
                    sum2 += (z - gammaNew) * (z - gammaNew);
                }

                double deltaNew = ((0.5 * sum2) + b) / ((n / 2.0) + a - 1);
                double gammaChange = Math.Abs(gammaNew - gammaOld[f]) / gammaOld[f];
                double deltaChange = Math.Abs(deltaNew - deltaOld[f]) / deltaOld[f];
                nan |= double.IsNaN(gammaChange) || double.IsNaN(deltaChange);
                change = Math.Max(change, Math.Max(gammaChange, deltaChange));
                gammaOld[f] = gammaNew;
                deltaOld[f] = deltaNew;
            }

            if (nan)
            {
                throw new FeatureTableException($"ComBat: the empirical Bayes iteration for batch '{batch}' gave NaN (sva stops with an error here); check for features with no variance");
            }

            if (change <= Convergence)
            {
                return (gammaOld, deltaOld);
            }
        }

        throw new FeatureTableException($"ComBat: the empirical Bayes iteration for batch '{batch}' did not converge in {MaxIterations} iterations");
    }

    /// <summary>The parametric mean-only solution, exactly as sva calls <c>postmean(γ̂, γ̄, 1, 1, τ²)</c>: γ* = (τ² γ̂ + γ̄)/(τ² + 1); δ* = 1.</summary>
    public static (double[] GammaStar, double[] DeltaStar) ParametricMeanOnly(double[] gammaHat, double gammaBar, double tau2)
    {
        double[] gammaStar = gammaHat.Select(x => ((tau2 * x) + gammaBar) / (tau2 + 1)).ToArray();
        return (gammaStar, Enumerable.Repeat(1.0, gammaHat.Length).ToArray());
    }

    /// <summary>
    /// The non-parametric solution (sva's <c>int.eprior</c>): for feature f, the other features' (γ̂_j, δ̂_j) weighted by
    /// the likelihood of f's data under N(γ̂_j, δ̂_j), L_j = (2π δ̂_j)^(-n/2) exp(-Σ_t (z_t - γ̂_j)²/(2 δ̂_j)):
    /// γ* = Σ γ̂_j L_j / Σ L_j, δ* = Σ δ̂_j L_j / Σ L_j. Computed in log space (Σ_t (z_t - γ̂_j)² as the centred sum of
    /// squares plus n (z̄ - γ̂_j)²), which gives sva's ratio where sva's products stay within double range and a finite
    /// answer where they under- or overflow (sva returns NaN there). A NaN likelihood counts 0, as in sva.
    /// </summary>
    /// <param name="block">The batch's standardised data, feature-major (feature f's n values at f·n).</param>
    /// <param name="n">The batch's sample count.</param>
    /// <param name="gammaHat">γ̂ per feature.</param>
    /// <param name="deltaHat">δ̂ per feature.</param>
    /// <param name="meanOnly">δ̂ is taken as 1 throughout (sva sets it so for mean-only).</param>
    /// <param name="parallel">The degree of parallelism over features; the result does not depend on it.</param>
    public static (double[] GammaStar, double[] DeltaStar) NonParametric(
        double[] block, int n, double[] gammaHat, double[] deltaHat, bool meanOnly, ParallelOptions parallel)
    {
        int g = gammaHat.Length;
        double[] delta = meanOnly ? Enumerable.Repeat(1.0, g).ToArray() : deltaHat;
        double[] logNormaliser = delta.Select(d => -0.5 * n * Math.Log(2 * Math.PI * d)).ToArray();
        var gammaStar = new double[g];
        var deltaStar = new double[g];
        Parallel.For(0, g, parallel, f =>
        {
            ReadOnlySpan<double> z = block.AsSpan(f * n, n);
            double mean = 0;
            foreach (double v in z)
            {
                mean += v;
            }

            mean /= n;
            double centred = 0;
            foreach (double v in z)
            {
                centred += (v - mean) * (v - mean);
            }

            double top = double.NegativeInfinity;
            for (int j = 0; j < g; j++)
            {
                double logL = j == f ? double.NaN : LogLikelihood(j);
                if (logL > top)
                {
                    top = logL;
                }
            }

            double weights = 0, gammaSum = 0, deltaSum = 0;
            for (int j = 0; j < g; j++)
            {
                double logL = j == f ? double.NaN : LogLikelihood(j);
                if (double.IsNaN(logL))
                {
                    continue;
                }

                double w = Math.Exp(logL - top);
                weights += w;
                gammaSum += gammaHat[j] * w;
                deltaSum += delta[j] * w;
            }

            gammaStar[f] = gammaSum / weights;
            deltaStar[f] = deltaSum / weights;

            double LogLikelihood(int j)
            {
                double shift = mean - gammaHat[j];
                return logNormaliser[j] - ((centred + (n * shift * shift)) / (2 * delta[j]));
            }
        });

        return (gammaStar, deltaStar);
    }
}
