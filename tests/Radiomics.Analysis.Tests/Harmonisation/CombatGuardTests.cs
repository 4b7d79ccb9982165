using Radiomics.Analysis.Harmonisation;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Tests.Harmonisation;

/// <summary>ComBat's guards: sva's behaviour where sva has one (fixtures), clear errors elsewhere.</summary>
public sealed class CombatGuardTests
{
    private static readonly CombatSettings Parametric = new() { BatchColumn = CombatFixture.Batch };

    [Fact]
    public void Fit_FeatureConstantWithinABatch_IsLeftUnchangedAndOutOfThePriors_AsSva()
    {
        FeatureTable input = CombatFixture.Input("guard_constant_in_batch.csv", withCovariates: false);

        CombatModel model = Combat.Fit(Parametric, input);
        FeatureTable harmonised = Combat.Apply(model, input);

        Assert.Equal(["feat_03"], model.FeaturesLeftUnchanged);
        Assert.Contains(model.Warnings, w => w.Contains("'feat_03'", StringComparison.Ordinal));
        int j = input.IndexOfFeature("feat_03");
        Assert.Equal(input.Column(j).ToArray(), harmonised.Column(j).ToArray());
        CombatFixture.AssertClose(CombatFixture.Expected("expected_guard_constant_in_batch.csv"), harmonised, 1e-8, "constant in batch");
    }

    [Fact]
    public void Fit_BatchWithOneSample_SwitchesToMeanOnly_AsSva()
    {
        FeatureTable input = CombatFixture.Input("guard_single_sample_batch.csv", withCovariates: false);

        CombatModel model = Combat.Fit(Parametric, input);

        Assert.True(model.MeanOnlyUsed);
        Assert.Contains(model.Warnings, w => w.Contains("'C'", StringComparison.Ordinal) && w.Contains("mean-only", StringComparison.Ordinal));
        Assert.All(model.Batches, b => Assert.All(b.DeltaStar, d => Assert.Equal(1.0, d)));
        CombatFixture.AssertClose(CombatFixture.Expected("expected_guard_single_sample_batch.csv"), Combat.Apply(model, input), 1e-8, "single-sample batch");
    }

    [Fact]
    public void Fit_OneBatchOnly_IsAnErrorNamingTheColumn()
    {
        FeatureTable input = Table(["A", "A", "A"], [1, 2, 3]);
        var e = Assert.Throws<FeatureTableException>(() => Combat.Fit(Parametric, input));
        Assert.Contains("'Batch'", e.Message);
        Assert.Contains("at least two", e.Message);
    }

    [Fact]
    public void Fit_NaN_IsAnErrorNamingFeatureAndSample()
    {
        FeatureTable input = Table(["A", "A", "B", "B"], [1, 2, double.NaN, 4]);
        var e = Assert.Throws<FeatureTableException>(() => Combat.Fit(Parametric, input));
        Assert.Contains("'f'", e.Message);
        Assert.Contains("'s3'", e.Message);
    }

    [Fact]
    public void Fit_UnknownReferenceBatch_IsAnError()
    {
        FeatureTable input = Table(["A", "A", "B", "B"], [1, 2, 3, 5]);
        var e = Assert.Throws<FeatureTableException>(() => Combat.Fit(Parametric with { ReferenceBatch = "Z" }, input));
        Assert.Contains("'Z'", e.Message);
    }

    [Fact]
    public void Fit_CovariateConfoundedWithBatch_IsAnError()
    {
        FeatureTable input = CombatFixture.Input("combat_input.csv", withCovariates: true);
        var settings = Parametric with { Covariates = [CombatFixture.Batch + "Copy"], CategoricalCovariates = [CombatFixture.Batch + "Copy"] };
        var withCopy = new FeatureTable(
            input.Ids,
            input.FeatureNames,
            Enumerable.Range(0, input.FeatureCount).Select(j => input.Column(j).ToArray()).ToArray(),
            input.OtherColumnNames.Select(n => KeyValuePair.Create(n, input.OtherColumn(n).ToArray()))
                .Append(KeyValuePair.Create(CombatFixture.Batch + "Copy", input.OtherColumn(CombatFixture.Batch).ToArray())),
            input.IdColumn);
        var e = Assert.Throws<FeatureTableException>(() => Combat.Fit(settings, withCopy));
        Assert.Contains("confounded", e.Message);
    }

    [Fact]
    public void Apply_UnseenBatch_IsAnErrorNamingIt()
    {
        CombatModel model = Combat.Fit(Parametric, Table(["A", "A", "B", "B"], [1, 2, 3, 5]));
        var e = Assert.Throws<FeatureTableException>(() => Combat.Apply(model, Table(["A", "Q"], [1, 2])));
        Assert.Contains("'Q'", e.Message);
        Assert.Contains("'s2'", e.Message);
    }

    [Fact]
    public void Apply_WithReferenceBatch_ReturnsNewReferenceSamplesUnchanged()
    {
        FeatureTable train = CombatFixture.Input("combat_train.csv", withCovariates: true);
        FeatureTable fresh = CombatFixture.Input("combat_new.csv", withCovariates: true);
        CombatModel model = Combat.Fit(CombatFixture.Settings("ref", true), train);

        FeatureTable harmonised = Combat.Apply(model, fresh);

        IReadOnlyList<string> batch = fresh.OtherColumn(CombatFixture.Batch);
        for (int i = 0; i < fresh.RowCount; i++)
        {
            for (int j = 0; j < fresh.FeatureCount; j++)
            {
                Assert.Equal(batch[i] == "B", fresh[i, j].Equals(harmonised[i, j]));
            }
        }
    }

    private static FeatureTable Table(string[] batches, double[] values) => new(
        batches.Select((_, i) => $"s{i + 1}").ToArray(),
        ["f", "g"],
        [values, values.Select((v, i) => (v * 3) + (i % 2) + 0.5).ToArray()],
        [KeyValuePair.Create(CombatFixture.Batch, batches)]);
}
