using Radiomics.Analysis.Models;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Tests.Models;

/// <summary>Penalised logistic regression against glmnet 4.1-6 (exact minimisers, see the fixtures' README).</summary>
public sealed class PenalisedLogisticTests
{
    private const double CoefficientTolerance = 1e-6;

    internal static FeatureTable BreastCancer() => FixtureCsv.Load("bc_wisconsin.csv", "y");

    internal static ModelSettings Fixed(double alpha, double lambda) => new()
    {
        Learner = Learner.Logistic,
        Outcome = ModelOutcome.Binary("y"),
        Penalty = new PenaltySettings { Alpha = alpha, Rule = LambdaRule.Fixed, Lambda = lambda },
    };

    [Theory]
    [InlineData(1, 0.005, "expected_glmnet_binomial_alpha1_lambda0.005.csv")]
    [InlineData(1, 0.02, "expected_glmnet_binomial_alpha1_lambda0.02.csv")]
    [InlineData(1, 0.05, "expected_glmnet_binomial_alpha1_lambda0.05.csv")]
    [InlineData(0.5, 0.02, "expected_glmnet_binomial_alpha0.5_lambda0.02.csv")]
    [InlineData(0, 0.05, "expected_glmnet_binomial_alpha0_lambda0.05.csv")]
    public void Train_FixedLambda_MatchesGlmnetExactMinimiser(double alpha, double lambda, string expectedFile)
    {
        LinearPredictorModel model = ModelTrainer.Train(BreastCancer(), Fixed(alpha, lambda));
        var expected = FixtureCsv.Records(expectedFile).ToDictionary(r => r["term"], r => FixtureCsv.Number(r["coef"]));

        Assert.Equal(expected["(Intercept)"], model.Intercept, CoefficientTolerance);
        foreach (ModelTerm term in model.Terms)
        {
            double want = expected[term.Feature];
            Assert.True(Math.Abs(want - term.Coefficient) <= CoefficientTolerance, $"{term.Feature}: {term.Coefficient} vs glmnet {want}");
            Assert.Equal(want == 0, term.Coefficient == 0);
        }

        Assert.True(model.Fit.Converged);
        Assert.True(model.Fit.StationarityResidual < 1e-12, $"KKT residual {model.Fit.StationarityResidual}");
    }
}
