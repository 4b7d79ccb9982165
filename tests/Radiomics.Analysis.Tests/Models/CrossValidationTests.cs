using System.Text.Json;
using Radiomics.Analysis.Models;

namespace Radiomics.Analysis.Tests.Models;

/// <summary>cv.glmnet 4.1-6 on the breast-cancer table with the fixture's fixed folds.</summary>
public sealed class CrossValidationTests
{
    private static readonly JsonElement Expected = FixtureCsv.Json("expected_cv_glmnet_binomial.json");

    private static ModelSettings Settings(LambdaRule rule) => new()
    {
        Learner = Learner.Logistic,
        Outcome = ModelOutcome.Binary("y"),
        Penalty = new PenaltySettings { Rule = rule },
        CrossValidation = new CrossValidationSettings { FoldColumn = "fold" },
    };

    private static Radiomics.Analysis.Tables.FeatureTable Table() => FixtureCsv.Load("bc_wisconsin_folds.csv", "y", "fold");

    [Fact]
    public void CrossValidate_FixedFolds_ChoosesCvGlmnetLambdas()
    {
        CrossValidationCurve curve = ModelTrainer.CrossValidate(Table(), Settings(LambdaRule.Minimum));

        Assert.Equal(Expected.GetProperty("nfolds").GetInt32(), curve.FoldCount);
        Assert.Equal(Expected.GetProperty("index_min").GetInt32() - 1, curve.IndexMin);
        Assert.Equal(Expected.GetProperty("index_1se").GetInt32() - 1, curve.IndexOneSe);
        AssertRelative(Expected.GetProperty("lambda_min").GetDouble(), curve.LambdaMin, 1e-8);
        AssertRelative(Expected.GetProperty("lambda_1se").GetDouble(), curve.LambdaOneSe, 1e-8);
        Assert.Equal(Expected.GetProperty("nzero_min").GetInt32(), curve.NonZero[curve.IndexMin]);
        Assert.Equal(Expected.GetProperty("nzero_1se").GetInt32(), curve.NonZero[curve.IndexOneSe]);
        Assert.True(curve.Grouped);
    }

    [Fact]
    public void CrossValidate_FixedFolds_ReproducesCvGlmnetCurve()
    {
        CrossValidationCurve curve = ModelTrainer.CrossValidate(Table(), Settings(LambdaRule.Minimum));
        double[] lambda = FixtureCsv.Numbers(Expected.GetProperty("lambda"));
        double[] cvm = FixtureCsv.Numbers(Expected.GetProperty("cvm"));
        double[] cvsd = FixtureCsv.Numbers(Expected.GetProperty("cvsd"));
        int[] nzero = FixtureCsv.Numbers(Expected.GetProperty("nzero")).Select(v => (int)v).ToArray();

        Assert.Equal(lambda.Length, curve.Lambda.Count);
        for (int l = 0; l < lambda.Length; l++)
        {
            // The λ path is glmnet's to rounding; the curve is cv.glmnet's at its default threshold (we run the same
            // algorithm at the same threshold; a converged curve differs from it by up to 2e-3).
            AssertRelative(lambda[l], curve.Lambda[l], 1e-12);
            AssertRelative(cvm[l], curve.Mean[l], 1e-6);
            AssertRelative(cvsd[l], curve.StandardError[l], 1e-6);
            Assert.Equal(nzero[l], curve.NonZero[l]);
        }
    }

    [Theory]
    [InlineData(LambdaRule.Minimum, "lambda_min")]
    [InlineData(LambdaRule.OneStandardError, "lambda_1se")]
    public void Train_CrossValidatedRule_UsesChosenLambdaAndKeepsCurve(LambdaRule rule, string expectedName)
    {
        LinearPredictorModel model = ModelTrainer.Train(Table(), Settings(rule));

        AssertRelative(Expected.GetProperty(expectedName).GetDouble(), model.Lambda!.Value, 1e-8);
        Assert.NotNull(model.CrossValidation);
        Assert.True(model.Fit.Converged);
        Assert.DoesNotContain(model.Terms, t => t.Feature == "fold");
    }

    [Fact]
    public void CrossValidate_ThreadCount_DoesNotChangeBits()
    {
        var one = ModelTrainer.Train(Table(), Settings(LambdaRule.OneStandardError), new ParallelOptions { MaxDegreeOfParallelism = 1 });
        var four = ModelTrainer.Train(Table(), Settings(LambdaRule.OneStandardError), new ParallelOptions { MaxDegreeOfParallelism = 4 });

        Assert.Equal(ModelJson.Serialise(one), ModelJson.Serialise(four));
    }

    [Fact]
    public void CrossValidate_SeededFolds_AreReproducibleAndSeedDependent()
    {
        var table = PenalisedLogisticTests.BreastCancer();
        ModelSettings Seeded(ulong seed) => Settings(LambdaRule.Minimum) with { CrossValidation = new CrossValidationSettings { Folds = 5, Seed = seed } };

        var first = ModelTrainer.CrossValidate(table, Seeded(3));
        var again = ModelTrainer.CrossValidate(table, Seeded(3));
        var other = ModelTrainer.CrossValidate(table, Seeded(4));

        Assert.Equal(first.Mean, again.Mean);
        Assert.NotEqual(first.Mean, other.Mean);
        Assert.Contains("seed 3", first.Folds);
    }

    internal static void AssertRelative(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"{actual:R} vs {expected:R} (relative {Math.Abs(actual / expected - 1):E2} > {tolerance:E0})");
}
