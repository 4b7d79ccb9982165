using System.Globalization;
using System.Text.Json;
using Radiomics.Analysis.Models;
using Radiomics.Analysis.Tables;
using Radiomics.Analysis.Tests.Plots;
using Radiomics.Analysis.Validation;
using Radiomics.Cli.Tests.CommandLine;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Analysis;

/// <summary>model train → predict → evaluate end to end: the files equal what the library computes, the metrics match pROC and survival.</summary>
public sealed class ModelCommandTests : IDisposable
{
    private readonly CliWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    private static string Models(string file) => TestData.Require($"analysis/models/{file}");

    [Fact]
    public void Train_FixedFolds_WritesTheLibrarysModelByteForByte()
    {
        string table = Models("bc_wisconsin_folds.csv"), model = _work.Path("model.json");

        var run = CliRunner.Run("model", "train", table, "--outcome", "y", "--folds", "fold", "--out", model);

        Assert.True(run.ExitCode == 0, run.Error);
        FeatureTable read = FeatureTableReader.Read(table, new FeatureTableReadSettings { ReservedColumns = ["y", "fold"] });
        var settings = new ModelSettings
        {
            Learner = Learner.Logistic,
            Outcome = ModelOutcome.Binary("y"),
            Features = read.FeatureNames,
            CrossValidation = new CrossValidationSettings { FoldColumn = "fold" },
        };
        LinearPredictorModel expected = ModelTrainer.Train(read, settings);
        LinearPredictorModel written = ModelJson.Read(model);
        Assert.Equal(expected.Terms.Select(t => t.Coefficient), written.Terms.Select(t => t.Coefficient));
        Assert.Equal(expected.Intercept, written.Intercept);
        Assert.Equal(ModelJson.Serialise(expected), File.ReadAllText(model));
        Assert.Contains("lambda.1se", run.Error);
    }

    [Fact]
    public void TrainPredictEvaluate_EndToEnd_MatchesTheLibraryAndDrawsPlots()
    {
        string table = Models("bc_wisconsin_folds.csv"), model = _work.Path("model.json"), predictions = _work.Path("predictions.csv");
        Assert.Equal(0, CliRunner.Run("model", "train", table, "--outcome", "y", "--folds", "fold", "--cv", "10", "--lambda-rule", "min", "--out", model).ExitCode);

        var predict = CliRunner.Run("model", "predict", model, Models("bc_wisconsin.csv"), "--out", predictions);

        Assert.True(predict.ExitCode == 0, predict.Error);
        string[] lines = File.ReadAllLines(predictions);
        Assert.Equal("ID,linear_predictor,probability,y", lines[0]);
        LinearPredictorModel fitted = ModelJson.Read(model);
        ModelPredictions expected = ModelPredictor.Predict(fitted, FeatureTableReader.Read(Models("bc_wisconsin.csv"), new FeatureTableReadSettings { ReservedColumns = ["y"] }));
        for (int i = 0; i < expected.Ids.Count; i++)
        {
            string[] cells = lines[i + 1].Split(',');
            Assert.Equal(expected.Ids[i], cells[0]);
            Assert.Equal(expected.LinearPredictor[i], double.Parse(cells[1], CultureInfo.InvariantCulture));
            Assert.Equal(expected.Probability![i], double.Parse(cells[2], CultureInfo.InvariantCulture));
        }

        Assert.True(File.Exists(predictions + ".provenance.json"));

        string metrics = _work.Path("metrics.json"), plots = _work.Path("plots");
        var evaluate = CliRunner.Run("model", "evaluate", predictions, "--outcome", "y", "--out", metrics, "--plots", plots);

        Assert.True(evaluate.ExitCode == 0, evaluate.Error);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(metrics));
        ModelEvaluation evaluation = ModelEvaluator.Evaluate(fitted, FeatureTableReader.Read(Models("bc_wisconsin.csv"), new FeatureTableReadSettings { ReservedColumns = ["y"] }));
        Assert.Equal(evaluation.Discrimination!.Auc, json.RootElement.GetProperty("auc").GetDouble());
        Assert.Equal(evaluation.Discrimination.StandardError, json.RootElement.GetProperty("auc_se").GetDouble());
        Assert.Equal(evaluation.Calibration!.Slope, json.RootElement.GetProperty("calibration_slope").GetDouble());
        Assert.Equal(evaluation.Calibration.Brier, json.RootElement.GetProperty("brier").GetDouble());
        Assert.Equal("radiomics-metrics", json.RootElement.GetProperty("format").GetString());
        Assert.Equal("radiomics model evaluate", json.RootElement.GetProperty("provenance").GetProperty("command").GetString());
        PlotAssert.IsDrawnPng(Path.Combine(plots, "roc.png"));
        PlotAssert.IsDrawnPng(Path.Combine(plots, "calibration.png"));
        Assert.True(File.Exists(Path.Combine(plots, "roc.svg")));
    }

    [Fact]
    public void Evaluate_TwoScores_MatchesPRocDeLongAndPairedTest()
    {
        string metrics = _work.Path("metrics.json");

        var run = CliRunner.Run("model", "evaluate", Models("roc_predictions.csv"), "--outcome", "y", "--score", "p1", "--compare", "p2", "--out", metrics);

        Assert.True(run.ExitCode == 0, run.Error);
        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(Models("expected_roc_delong.json")));
        using JsonDocument actual = JsonDocument.Parse(File.ReadAllText(metrics));
        JsonElement score = expected.RootElement.GetProperty("score"), paired = expected.RootElement.GetProperty("paired");
        foreach (var (name, oracle) in new[] { ("auc", score.GetProperty("auc")), ("auc_se", score.GetProperty("se")), ("auc_ci_low", score.GetProperty("ci_low")),
                     ("auc_ci_high", score.GetProperty("ci_high")), ("compare_auc", expected.RootElement.GetProperty("compare").GetProperty("auc")),
                     ("delong_z", paired.GetProperty("z")), ("delong_p", paired.GetProperty("p")) })
        {
            Assert.Equal(oracle.GetDouble(), actual.RootElement.GetProperty(name).GetDouble(), 1e-9);
        }
    }

    [Fact]
    public void Evaluate_Survival_MatchesSurvivalConcordance_AndDrawsKaplanMeier()
    {
        string metrics = _work.Path("cindex.json"), plots = _work.Path("km-plots");

        var run = CliRunner.Run("model", "evaluate", Models("cindex_lung_efron_lp.csv"), "--time", "time", "--event", "event", "--score", "score", "--out", metrics, "--plots", plots);

        Assert.True(run.ExitCode == 0, run.Error);
        string[] header = File.ReadAllLines(Models("expected_concordance.csv"))[0].Split(',');
        string[] row = File.ReadAllLines(Models("expected_concordance.csv")).First(l => l.StartsWith("cindex_lung_efron_lp.csv", StringComparison.Ordinal)).Split(',');
        using JsonDocument actual = JsonDocument.Parse(File.ReadAllText(metrics));
        Assert.Equal(double.Parse(row[Array.IndexOf(header, "concordance")], CultureInfo.InvariantCulture), actual.RootElement.GetProperty("c_index").GetDouble(), 1e-12);
        Assert.Equal(double.Parse(row[Array.IndexOf(header, "std")], CultureInfo.InvariantCulture), actual.RootElement.GetProperty("c_index_se").GetDouble(), 1e-12);
        Assert.Equal(long.Parse(row[Array.IndexOf(header, "concordant")], CultureInfo.InvariantCulture), actual.RootElement.GetProperty("concordant").GetInt64());
        Assert.True(actual.RootElement.GetProperty("km_low_risk_rows").GetInt32() + actual.RootElement.GetProperty("km_high_risk_rows").GetInt32() == 213);
        PlotAssert.IsDrawnPng(Path.Combine(plots, "km.png"));
    }

    [Fact]
    public void Evaluate_Bootstrap_EqualsTheLibrarysOptimismCorrection()
    {
        string table = Models("lung_complete.csv"), model = _work.Path("cox.json"), predictions = _work.Path("cox-predictions.csv"), metrics = _work.Path("metrics.json");
        Assert.Equal(0, CliRunner.Run("model", "train", table, "--time", "time", "--event", "event", "--cv", "5", "--seed", "3", "--out", model).ExitCode);
        Assert.Equal(0, CliRunner.Run("model", "predict", model, table, "--out", predictions).ExitCode);

        var run = CliRunner.Run("model", "evaluate", predictions, "--time", "time", "--event", "event", "--out", metrics,
            "--bootstrap", "8", "--seed", "5", "--train", table, "--model", model);

        Assert.True(run.ExitCode == 0, run.Error);
        FeatureTable read = FeatureTableReader.Read(table, new FeatureTableReadSettings { ReservedColumns = ["time", "event"] });
        var settings = new ModelSettings
        {
            Learner = Learner.Cox,
            Outcome = ModelOutcome.Survival("time", "event"),
            Features = read.FeatureNames,
            Ties = CoxTies.Breslow,
            CrossValidation = new CrossValidationSettings { Folds = 5, Seed = 3 },
        };
        OptimismCorrectedEstimate expected = BootstrapValidation.Run(read, settings, new BootstrapSettings { Replicates = 8, Seed = 5 });
        using JsonDocument actual = JsonDocument.Parse(File.ReadAllText(metrics));
        Assert.Equal(expected.Corrected, actual.RootElement.GetProperty("c_index_corrected").GetDouble());
        Assert.Equal(expected.Apparent, actual.RootElement.GetProperty("c_index_apparent").GetDouble());

        var mismatch = CliRunner.Run("model", "evaluate", predictions, "--time", "time", "--event", "event", "--out", metrics,
            "--bootstrap", "8", "--train", Models("cindex_lung_efron_lp.csv"), "--model", model);
        OneLine.AssertError(mismatch, 1);
    }

    [Fact]
    public void Errors_AreOneLineNamingTheOptionOrFile()
    {
        string table = Models("bc_wisconsin.csv"), model = _work.Path("m.json");
        OneLine.AssertError(CliRunner.Run("model", "train", table, "--out", model), 2, "--outcome");
        OneLine.AssertError(CliRunner.Run("model", "train", table, "--outcome", "y", "--alpha", "0.5", "--out", model), 2, "--alpha");
        OneLine.AssertError(CliRunner.Run("model", "train", table, "--outcome", "y", "--learner", "elasticnet", "--out", model), 2, "--alpha");
        OneLine.AssertError(CliRunner.Run("model", "train", table, "--outcome", "y", "--learner", "cox", "--out", model), 2, "--learner cox");
        OneLine.AssertError(CliRunner.Run("model", "train", table, "--outcome", "y", "--lambda", "0.1", "--cv", "5", "--out", model), 2, "--cv");
        OneLine.AssertError(CliRunner.Run("model", "train", table, "--outcome", "y", "--lambda", "-1", "--out", model), 2, "--lambda");
        OneLine.AssertError(CliRunner.Run("model", "train", table, "--outcome", "y", "--learner", "logistic", "--ties", "efron", "--out", model), 2, "--ties");
        OneLine.AssertError(CliRunner.Run("model", "train", table, "--time", "mean_radius", "--event", "y", "--learner", "cox-lasso", "--ties", "efron", "--out", model), 2, "Breslow");
        OneLine.AssertError(CliRunner.Run("model", "train", table, "--outcome", "nope", "--out", model), 1, "nope");
        OneLine.AssertError(CliRunner.Run("model", "train", table, "--outcome", "y", "--out", _work.Path("m.txt")), 2, ".json");
        OneLine.AssertError(CliRunner.Run("model", "train", table, "--outcome", "y", "--feature-list", _work.Path("none.txt"), "--out", model), 1, "none.txt");

        Assert.Equal(0, CliRunner.Run("model", "train", table, "--outcome", "y", "--features", "^mean_", "--lambda", "0.01", "--out", model).ExitCode);
        string partial = AnalysisData.EditedCopy(table, _work.Path("partial.csv"), (_, cells) => cells[..3]);
        OneLine.AssertError(CliRunner.Run("model", "predict", model, partial), 1, "partial.csv");
        OneLine.AssertError(CliRunner.Run("model", "predict", _work.Path("missing.json"), table), 1, "missing.json");
        OneLine.AssertError(CliRunner.Run("model", "evaluate", Models("roc_predictions.csv"), "--outcome", "y", "--score", "p3", "--out", _work.Path("x.json")), 1, "p3");
        OneLine.AssertError(CliRunner.Run("model", "evaluate", Models("roc_predictions.csv"), "--outcome", "y", "--bootstrap", "5", "--out", _work.Path("x.json")), 2, "--train");
        OneLine.AssertError(CliRunner.Run("model", "evaluate", Models("roc_predictions.csv"), "--outcome", "ID", "--score", "p1", "--out", _work.Path("x.json")), 1, "--outcome ID");
    }
}
