using Radiomics.Analysis.Models;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Tests.Models;

/// <summary>Bad input is one clear line naming the column, row or setting.</summary>
public sealed class ModelInputErrorTests
{
    private static FeatureTable Table(string[] y, double[]? feature = null) =>
        new(
            Enumerable.Range(1, y.Length).Select(i => $"r{i}").ToArray(),
            ["a", "b"],
            [feature ?? Enumerable.Range(0, y.Length).Select(i => (double)i).ToArray(), Enumerable.Range(0, y.Length).Select(i => (double)(i % 3)).ToArray()],
            [KeyValuePair.Create("y", y)]);

    private static ModelException Fails(FeatureTable table, ModelSettings? settings = null) =>
        Assert.Throws<ModelException>(() => ModelTrainer.Train(table, settings ?? PenalisedLogisticTests.Fixed(1, 0.1)));

    [Fact]
    public void Train_OneOutcomeClass_SaysSo()
    {
        var error = Fails(Table(["0", "0", "0", "0"]));

        Assert.Contains("'y' has one class", error.Message);
    }

    [Fact]
    public void Train_ThirdOutcomeValue_NamesValueAndRow()
    {
        var error = Fails(Table(["0", "1", "2", "0"]));

        Assert.Contains("third value '2' in row 'r3'", error.Message);
    }

    [Fact]
    public void Train_MissingFeatureValue_NamesFeatureAndRow()
    {
        var error = Fails(Table(["0", "1", "1", "0"], [1, double.NaN, 3, 4]));

        Assert.Contains("Feature 'a'", error.Message);
        Assert.Contains("row 'r2'", error.Message);
    }

    [Fact]
    public void Train_UnknownOutcomeColumn_NamesIt()
    {
        var error = Fails(Table(["0", "1", "1", "0"]), PenalisedLogisticTests.Fixed(1, 0.1) with { Outcome = ModelOutcome.Binary("status") });

        Assert.Contains("no column 'status'", error.Message);
    }

    [Fact]
    public void Train_UnknownFeature_NamesIt()
    {
        var error = Fails(Table(["0", "1", "1", "0"]), PenalisedLogisticTests.Fixed(1, 0.1) with { Features = ["a", "zzz"] });

        Assert.Contains("'zzz'", error.Message);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    public void Validate_AlphaOutOfRange_NamesTheSetting(double alpha)
    {
        var error = Fails(Table(["0", "1", "1", "0"]), PenalisedLogisticTests.Fixed(alpha, 0.1));

        Assert.Contains("alpha", error.Message);
    }

    [Fact]
    public void Train_NegativeSurvivalTime_NamesColumnAndRow()
    {
        var table = new FeatureTable(["a", "b", "c"], ["x"], [[1.0, 2, 3]],
            [KeyValuePair.Create("time", new[] { "5", "-1", "7" }), KeyValuePair.Create("event", new[] { "1", "0", "1" })]);
        var settings = new ModelSettings { Learner = Learner.Cox, Outcome = ModelOutcome.Survival("time", "event"), Penalty = null };

        var error = Fails(table, settings);

        Assert.Contains("Time column 'time'", error.Message);
        Assert.Contains("row 'b'", error.Message);
    }

    [Fact]
    public void Train_OutcomeAsNumericFeatureColumn_IsReadAndNotUsedAsPredictor()
    {
        FeatureTable text = PenalisedLogisticTests.BreastCancer();
        var numeric = new FeatureTable(text.Ids, [.. text.FeatureNames, "y"],
            [.. text.FeatureNames.Select(f => text.Column(text.IndexOfFeature(f)).ToArray()), text.OtherColumn("y").Select(FixtureCsv.Number).ToArray()]);

        LinearPredictorModel a = ModelTrainer.Train(text, PenalisedLogisticTests.Fixed(1, 0.02));
        LinearPredictorModel b = ModelTrainer.Train(numeric, PenalisedLogisticTests.Fixed(1, 0.02));

        Assert.DoesNotContain(b.Terms, t => t.Feature == "y");
        Assert.Equal(a.Terms.Select(t => t.Coefficient), b.Terms.Select(t => t.Coefficient));
    }
}
