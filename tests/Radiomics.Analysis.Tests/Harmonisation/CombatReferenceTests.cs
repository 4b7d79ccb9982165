using System.Text.Json;
using Radiomics.Analysis.Harmonisation;
using Radiomics.Analysis.Tables;
using Radiomics.Analysis.Tests.Support;

namespace Radiomics.Analysis.Tests.Harmonisation;

/// <summary>
/// ComBat against Bioconductor sva 3.46.0 (tests/data/analysis/combat): harmonised values within 1e-8 in every mode;
/// sva's internal estimates within 1e-8 relative (absolute below 1, for the reference batch's γ̂, zero up to rounding).
/// </summary>
public sealed class CombatReferenceTests
{
    private const double Tolerance = 1e-8;

    public static TheoryData<string, bool> Modes => new()
    {
        { "par", true }, { "par", false },
        { "nonpar", true }, { "nonpar", false },
        { "meanonly", true }, { "meanonly", false },
        { "ref", true }, { "ref", false },
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public void FitThenApply_OnTheFittingTable_MatchesSva(string mode, bool withCovariates)
    {
        string tag = $"{mode}_{(withCovariates ? "cov" : "nocov")}";
        FeatureTable input = CombatFixture.Input("combat_input.csv", withCovariates);

        CombatModel model = Combat.Fit(CombatFixture.Settings(mode, withCovariates), input);
        FeatureTable harmonised = Combat.Apply(model, input);

        CombatFixture.AssertClose(CombatFixture.Expected($"expected_{tag}.csv"), harmonised, Tolerance, tag);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Fit_Estimates_MatchSvaInternals(string mode, bool withCovariates)
    {
        string tag = $"{mode}_{(withCovariates ? "cov" : "nocov")}";
        JsonElement e = CombatFixture.Estimates($"estimates_{tag}.json");
        CombatModel model = Combat.Fit(CombatFixture.Settings(mode, withCovariates), CombatFixture.Input("combat_input.csv", withCovariates));

        Assert.Equal(e.GetProperty("features").EnumerateArray().Select(x => x.GetString()), model.Features);
        Assert.Equal(e.GetProperty("mean_only_used").GetBoolean(), model.MeanOnlyUsed);
        Assert.Equal(e.GetProperty("covariate_columns").EnumerateArray().Select(x => x.GetString()), model.DesignColumns.Select(c => c.Name));
        AssertNumbers(e.GetProperty("grand_mean"), model.GrandMean, tag + " grand_mean");
        AssertNumbers(e.GetProperty("var_pooled"), model.PooledVariance, tag + " var_pooled");
        foreach (CombatDesignColumn column in model.DesignColumns)
        {
            AssertNumbers(e.GetProperty("beta_covariates").GetProperty(column.Name), column.Coefficients, $"{tag} beta {column.Name}");
        }

        foreach (CombatBatch batch in model.Batches)
        {
            string b = $"{tag} batch {batch.Name}";
            Assert.Equal(e.GetProperty("batch_sizes").GetProperty(batch.Name).GetInt32(), batch.SampleCount);
            AssertNumbers(e.GetProperty("gamma_hat").GetProperty(batch.Name), batch.GammaHat, b + " gamma_hat");
            AssertNumbers(e.GetProperty("delta_hat").GetProperty(batch.Name), batch.DeltaHat, b + " delta_hat");
            Close.Mixed(CombatFixture.Number(e.GetProperty("gamma_bar").GetProperty(batch.Name)), batch.GammaBar, Tolerance, b + " gamma_bar");
            Close.Mixed(CombatFixture.Number(e.GetProperty("t2").GetProperty(batch.Name)), batch.Tau2, Tolerance, b + " t2");
            // The reference batch's δ̂ is n/(n - 1) for every feature (its residuals define σ²), so its priors divide by a
            // variance that is rounding noise (~1e-30); sva never uses them (its γ*, δ* are set to 0 and 1).
            if (mode != "ref" || batch.Name != "B")
            {
                Close.Mixed(CombatFixture.Number(e.GetProperty("a_prior").GetProperty(batch.Name)), batch.APrior, Tolerance, b + " a_prior");
                Close.Mixed(CombatFixture.Number(e.GetProperty("b_prior").GetProperty(batch.Name)), batch.BPrior, Tolerance, b + " b_prior");
                AssertNumbers(e.GetProperty("gamma_star").GetProperty(batch.Name), batch.GammaStar, b + " gamma_star");
                AssertNumbers(e.GetProperty("delta_star").GetProperty(batch.Name), batch.DeltaStar, b + " delta_star");
            }
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Apply_ReferenceBatchRows_AreBitIdenticalToTheInput(bool withCovariates)
    {
        FeatureTable input = CombatFixture.Input("combat_input.csv", withCovariates);
        FeatureTable harmonised = Combat.Apply(Combat.Fit(CombatFixture.Settings("ref", withCovariates), input), input);

        IReadOnlyList<string> batch = input.OtherColumn(CombatFixture.Batch);
        int referenceRows = 0;
        for (int i = 0; i < input.RowCount; i++)
        {
            if (batch[i] != "B")
            {
                continue;
            }

            referenceRows++;
            for (int j = 0; j < input.FeatureCount; j++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(input[i, j]), BitConverter.DoubleToInt64Bits(harmonised[i, j]));
            }
        }

        Assert.Equal(10, referenceRows);
    }

    [Fact]
    public void FitOnTrain_ApplyToNew_MatchesSvaEstimatesAppliedToTheNewSamples()
    {
        CombatModel model = Combat.Fit(CombatFixture.Settings("par", true), CombatFixture.Input("combat_train.csv", true));

        CombatFixture.AssertClose(
            CombatFixture.Expected("expected_fit_train_par_cov.csv"), Combat.Apply(model, CombatFixture.Input("combat_train.csv", true)), Tolerance, "train");
        CombatFixture.AssertClose(
            CombatFixture.Expected("expected_apply_new_par_cov.csv"), Combat.Apply(model, CombatFixture.Input("combat_new.csv", true)), Tolerance, "new");
    }

    private static void AssertNumbers(JsonElement expected, double[] actual, string what)
    {
        double[] values = CombatFixture.Numbers(expected);
        Assert.Equal(values.Length, actual.Length);
        for (int i = 0; i < values.Length; i++)
        {
            Close.Mixed(values[i], actual[i], Tolerance, $"{what}[{i}]");
        }
    }
}
