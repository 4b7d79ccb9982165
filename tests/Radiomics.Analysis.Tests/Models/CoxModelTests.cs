using System.Text.Json;
using Radiomics.Analysis.Models;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Tests.Models;

/// <summary>Cox models on survival's lung (complete cases) against glmnet 4.1-6 (Breslow) and survival::coxph 3.5-3.</summary>
public sealed class CoxModelTests
{
    internal static FeatureTable Lung() => FixtureCsv.Load("lung_complete.csv", "time", "event");

    private static ModelSettings Cox(PenaltySettings? penalty, CoxTies? ties = null) => new()
    {
        Learner = Learner.Cox,
        Outcome = ModelOutcome.Survival("time", "event"),
        Penalty = penalty,
        Ties = ties,
        NewtonEpsilon = 1e-12,
    };

    [Fact]
    public void Train_PenalisedCoxFixedLambda_MatchesGlmnetBreslowExactMinimiser()
    {
        LinearPredictorModel model = ModelTrainer.Train(Lung(), Cox(new PenaltySettings { Rule = LambdaRule.Fixed, Lambda = 0.05 }));
        var expected = FixtureCsv.Records("expected_glmnet_cox_lambda0.05.csv").ToDictionary(r => r["term"], r => FixtureCsv.Number(r["coef"]));

        Assert.Equal(expected.Count, model.Terms.Count);
        foreach (ModelTerm term in model.Terms)
        {
            Assert.True(Math.Abs(expected[term.Feature] - term.Coefficient) <= 1e-6, $"{term.Feature}: {term.Coefficient} vs {expected[term.Feature]}");
            Assert.Equal(expected[term.Feature] == 0, term.Coefficient == 0);
        }

        Assert.Equal(0, model.Intercept);
        Assert.Equal(CoxTies.Breslow, model.Ties);
        Assert.True(model.Fit.Converged);
    }

    [Theory]
    [InlineData(CoxTies.Breslow, "breslow")]
    [InlineData(CoxTies.Efron, "efron")]
    public void Train_UnpenalisedCox_MatchesCoxph(CoxTies ties, string name)
    {
        LinearPredictorModel model = ModelTrainer.Train(Lung(), Cox(null, ties));
        JsonElement expected = FixtureCsv.Json("expected_coxph.json").GetProperty(name);

        foreach (ModelTerm term in model.Terms)
        {
            Assert.Equal(expected.GetProperty("coef").GetProperty(term.Feature).GetDouble(), term.Coefficient, 1e-8);
            Assert.Equal(expected.GetProperty("se").GetProperty(term.Feature).GetDouble(), term.StandardError!.Value, 1e-8);
        }

        Assert.Equal(expected.GetProperty("loglik").GetDouble(), model.Fit.LogLikelihood, 1e-8);
        Assert.Equal(expected.GetProperty("loglik_null").GetDouble(), model.Fit.NullLogLikelihood, 1e-8);
        Assert.Equal(expected.GetProperty("iterations").GetInt32(), model.Fit.Iterations);
        Assert.Equal(ties, model.Ties);
    }

    [Fact]
    public void Train_UnpenalisedCoxWithoutTies_DefaultsToEfronAsCoxph()
    {
        LinearPredictorModel model = ModelTrainer.Train(Lung(), Cox(null));

        Assert.Equal(CoxTies.Efron, model.Ties);
    }

    [Fact]
    public void Train_PenalisedCoxWithEfron_IsRejected()
    {
        var error = Assert.Throws<ModelException>(() => ModelTrainer.Train(Lung(), Cox(new PenaltySettings(), CoxTies.Efron)));

        Assert.Contains("Breslow", error.Message);
    }

    [Fact]
    public void CrossValidate_PenalisedCox_GivesAFiniteCurveIndependentOfThreads()
    {
        var settings = Cox(new PenaltySettings { Rule = LambdaRule.Minimum }) with { CrossValidation = new CrossValidationSettings { Folds = 5, Seed = 11 } };

        var one = ModelTrainer.Train(Lung(), settings, new ParallelOptions { MaxDegreeOfParallelism = 1 });
        var three = ModelTrainer.Train(Lung(), settings, new ParallelOptions { MaxDegreeOfParallelism = 3 });

        Assert.Equal(ModelJson.Serialise(one), ModelJson.Serialise(three));
        CrossValidationCurve curve = one.CrossValidation!;
        Assert.Equal("Partial Likelihood Deviance", curve.Measure);
        Assert.All(curve.Mean, m => Assert.True(double.IsFinite(m) && m > 0));
        Assert.Equal(0, curve.NonZero[0]);
    }
}
