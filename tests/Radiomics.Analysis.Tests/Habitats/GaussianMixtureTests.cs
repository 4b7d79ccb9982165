using System.Text.Json;
using Radiomics.Analysis.Habitats;

namespace Radiomics.Analysis.Tests.Habitats;

/// <summary>The Gaussian mixture against mclust::me(modelName = "VVV") from the same hard start (habitat-table fixture).</summary>
public class GaussianMixtureTests
{
    [Fact]
    public void Vvv_FromGivenMeans_MatchesMclust()
    {
        GaussianMixtureResult fit = Fit();
        JsonElement r = HabitatFixtures.Json($"{HabitatFixtures.Table}/gmm_r.json");
        HabitatFixtures.Near(r.GetProperty("loglik").GetDouble(), fit.LogLikelihood, 1e-6, "log-likelihood");
        Assert.Equal(r.GetProperty("n_parameters").GetInt32(), fit.ParameterCount);
        HabitatFixtures.Near(r.GetProperty("bic_mclust_sign").GetDouble(), fit.Bic, 1e-6, "BIC (mclust sign)");
        double[] weights = HabitatFixtures.Doubles(r.GetProperty("weights"));
        double[][] means = r.GetProperty("means").EnumerateArray().Select(HabitatFixtures.Doubles).ToArray();
        for (int g = 0; g < 3; g++)
        {
            HabitatFixtures.Near(weights[g], fit.Weights[g], 1e-6, $"weight {g}");
            for (int a = 0; a < 2; a++)
            {
                Assert.True(Math.Abs(means[g][a] - fit.Means[g][a]) <= 1e-6, $"mean {g}, {a}: {fit.Means[g][a]} vs {means[g][a]}");
            }
        }

        Assert.True(fit.Converged);
    }

    [Fact]
    public void Vvv_MostProbableLabels_MatchMclustMap()
    {
        GaussianMixtureResult fit = Fit();
        int[] expected = FixtureCsv.Read($"{HabitatFixtures.Table}/gmm_labels_r.csv").Numbers("cluster").Select(v => (int)v - 1).ToArray();
        Assert.Equal(expected, fit.Labels);
        Assert.Equal(expected, GaussianMixture.Predict(fit, HabitatFixtures.ZScoredFeatures()));
    }

    [Fact]
    public void Vvv_SameWhateverTheThreadCount()
    {
        GaussianMixtureResult one = Fit(new ParallelOptions { MaxDegreeOfParallelism = 1 });
        GaussianMixtureResult many = Fit(new ParallelOptions { MaxDegreeOfParallelism = 3 });
        Assert.Equal(one.LogLikelihood, many.LogLikelihood);
        Assert.Equal(one.Labels, many.Labels);
    }

    [Fact]
    public void SingularComponent_IsAnErrorUnlessRegularised()
    {
        // A constant second feature makes every covariance singular.
        var data = VoxelFeatureMatrix.FromRows(Enumerable.Range(0, 30).Select(i => new[] { i % 3 * 5.0 + 0.1 * i, 1.0 }).ToArray());
        var options = new GaussianMixtureOptions { ComponentCount = 2, Seed = 1 };
        Assert.Throws<HabitatException>(() => GaussianMixture.Fit(data, options));
        Assert.True(double.IsFinite(GaussianMixture.Fit(data, options with { CovarianceRegularisation = 1e-6 }).LogLikelihood));
    }

    private static GaussianMixtureResult Fit(ParallelOptions? parallel = null)
    {
        var init = FixtureCsv.Read($"{HabitatFixtures.Table}/gmm_init_means.csv");
        double[] f1 = init.Numbers("f1"), f2 = init.Numbers("f2");
        var options = new GaussianMixtureOptions
        {
            ComponentCount = 3,
            Initialisation = GaussianMixtureInitialisation.GivenMeans,
            InitialMeans = f1.Select((v, i) => new[] { v, f2[i] }).ToArray(),
            Tolerance = 1e-13,
        };
        return GaussianMixture.Fit(HabitatFixtures.ZScoredFeatures(), options, parallel);
    }
}
