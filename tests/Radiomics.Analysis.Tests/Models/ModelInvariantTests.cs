using Radiomics.Analysis.Models;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Tests.Models;

/// <summary>Properties every fit must have, whatever the reference data.</summary>
public sealed class ModelInvariantTests
{
    [Fact]
    public void Train_LambdaAtOrAboveLambdaMax_GivesAllZeroCoefficientsAndTheNullIntercept()
    {
        var table = PenalisedLogisticTests.BreastCancer();
        double lambdaMax = ModelTrainer.FitPath(table, PenalisedLogisticTests.Fixed(1, 1) with { Penalty = new PenaltySettings() }).Lambda[0];
        double[] y = table.OtherColumn("y").Select(FixtureCsv.Number).ToArray();
        double mean = y.Average();

        foreach (double lambda in new[] { lambdaMax * (1 + 1e-9), lambdaMax * 2 })
        {
            LinearPredictorModel model = ModelTrainer.Train(table, PenalisedLogisticTests.Fixed(1, lambda));
            Assert.All(model.Terms, t => Assert.Equal(0, t.Coefficient));
            Assert.Equal(Math.Log(mean / (1 - mean)), model.Intercept, 1e-14);
        }

        LinearPredictorModel below = ModelTrainer.Train(table, PenalisedLogisticTests.Fixed(1, lambdaMax * 0.99));
        Assert.Single(below.NonZeroCoefficients());
    }

    [Fact]
    public void Train_RowsPermuted_GivesTheSameModel()
    {
        FeatureTable table = PenalisedLogisticTests.BreastCancer();
        var order = Enumerable.Range(0, table.RowCount).Reverse().ToArray();
        FeatureTable permuted = table.SelectRows(order);

        LinearPredictorModel a = ModelTrainer.Train(table, PenalisedLogisticTests.Fixed(0.5, 0.01));
        LinearPredictorModel b = ModelTrainer.Train(permuted, PenalisedLogisticTests.Fixed(0.5, 0.01));

        Assert.Equal(a.Intercept, b.Intercept, 1e-12);
        foreach (var (x, z) in a.Terms.Zip(b.Terms))
        {
            Assert.Equal(x.Coefficient, z.Coefficient, 1e-10);
            Assert.Equal(x.Coefficient == 0, z.Coefficient == 0);
        }
    }

    [Fact]
    public void Train_UnpenalisedLogistic_MatchesGlmOfTheCalibrationFixture()
    {
        FeatureTable table = PenalisedLogisticTests.BreastCancer().SelectRows(Enumerable.Range(0, 400).ToArray());
        var expected = FixtureCsv.Json("expected_valprob.json").GetProperty("model_coefficients");
        var settings = new ModelSettings
        {
            Learner = Learner.Logistic,
            Outcome = ModelOutcome.Binary("y"),
            Features = ["mean_radius", "mean_texture", "mean_smoothness"],
            Penalty = null,
        };

        LinearPredictorModel model = ModelTrainer.Train(table, settings);

        Assert.Equal(expected.GetProperty("(Intercept)").GetDouble(), model.Intercept, 1e-6);
        foreach (ModelTerm term in model.Terms)
        {
            Assert.Equal(expected.GetProperty(term.Feature).GetDouble(), term.Coefficient, 1e-7);
            Assert.True(term.StandardError > 0);
        }
    }

    [Fact]
    public void Train_ConstantFeature_KeepsZeroCoefficientUnderPenalty()
    {
        FeatureTable table = PenalisedLogisticTests.BreastCancer();
        var constant = Enumerable.Repeat(0.1, table.RowCount).ToArray();
        var withConstant = new FeatureTable(
            table.Ids,
            [.. table.FeatureNames, "constant"],
            [.. table.FeatureNames.Select(f => table.Column(table.IndexOfFeature(f)).ToArray()), constant],
            [KeyValuePair.Create("y", table.OtherColumn("y").ToArray())]);

        LinearPredictorModel model = ModelTrainer.Train(withConstant, PenalisedLogisticTests.Fixed(1, 0.02));

        Assert.Equal(0, model.Terms.Single(t => t.Feature == "constant").Coefficient);
        Assert.True(model.Fit.Converged);
    }
}
