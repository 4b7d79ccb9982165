using Radiomics.Analysis.Models;
using Radiomics.Analysis.Tests.Models;
using Radiomics.Analysis.Validation;

namespace Radiomics.Analysis.Tests.Validation;

/// <summary>Train on one part, evaluate on another: end to end against the fixtures.</summary>
public sealed class ModelEvaluatorTests
{
    [Fact]
    public void Evaluate_GlmTrainedOnFirst400Rows_ReproducesValProbOnTheRest()
    {
        var table = PenalisedLogisticTests.BreastCancer();
        var training = table.SelectRows(Enumerable.Range(0, 400).ToArray());
        var validation = table.SelectRows(Enumerable.Range(400, table.RowCount - 400).ToArray());
        var settings = new ModelSettings
        {
            Learner = Learner.Logistic,
            Outcome = ModelOutcome.Binary("y"),
            Features = ["mean_radius", "mean_texture", "mean_smoothness"],
            Penalty = null,
            NewtonEpsilon = 1e-14,
            NewtonMaxIterations = 50,
        };

        ModelEvaluation evaluation = ModelEvaluator.Evaluate(ModelTrainer.Train(training, settings), validation);

        var rows = FixtureCsv.Records("valprob_validation.csv");
        for (int i = 0; i < rows.Count; i++)
        {
            Assert.Equal(rows[i]["ID"], evaluation.Predictions.Ids[i]);
            Assert.Equal(FixtureCsv.Number(rows[i]["p"]), evaluation.Predictions.Probability![i], 1e-9);
        }

        var expected = FixtureCsv.Json("expected_valprob.json");
        Assert.Equal(expected.GetProperty("Slope_mle").GetDouble(), evaluation.Calibration!.Slope, 1e-7);
        Assert.Equal(expected.GetProperty("Brier").GetDouble(), evaluation.Calibration.Brier, 1e-9);
        Assert.Equal(expected.GetProperty("C (ROC)").GetDouble(), evaluation.Discrimination!.Auc, 1e-9);
        Assert.Null(evaluation.Concordance);
    }

    [Fact]
    public void Evaluate_CoxphEfronOnLung_GivesTheFixtureConcordance()
    {
        var settings = new ModelSettings { Learner = Learner.Cox, Outcome = ModelOutcome.Survival("time", "event"), Penalty = null, NewtonEpsilon = 1e-12 };
        var lung = CoxModelTests.Lung();

        ModelEvaluation evaluation = ModelEvaluator.Evaluate(ModelTrainer.Train(lung, settings), lung);

        var expected = FixtureCsv.Records("expected_concordance.csv").Single(r => r["fixture"] == "cindex_lung_efron_lp.csv");
        Assert.Equal(FixtureCsv.Number(expected["concordance"]), evaluation.Concordance!.Concordance, 1e-12);
        Assert.Equal(FixtureCsv.Number(expected["std"]), evaluation.Concordance.StandardError, 1e-12);
    }

    [Fact]
    public void Evaluate_TableWithoutOutcome_NamesTheColumn()
    {
        var model = ModelTrainer.Train(PenalisedLogisticTests.BreastCancer(), PenalisedLogisticTests.Fixed(1, 0.05));
        var source = PenalisedLogisticTests.BreastCancer();
        var table = new Radiomics.Analysis.Tables.FeatureTable(source.Ids, source.FeatureNames,
            source.FeatureNames.Select(f => source.Column(source.IndexOfFeature(f)).ToArray()).ToArray());

        var error = Assert.Throws<ModelException>(() => ModelEvaluator.Evaluate(model, table));

        Assert.Contains("'y'", error.Message);
    }
}
