using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Radiomics.Analysis.Models;
using Radiomics.Analysis.Plots;
using Radiomics.Analysis.Tables;
using Radiomics.Analysis.Validation;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;
using Radiomics.Cli.Json;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// <c>radiomics model evaluate PREDICTIONS (--outcome COLUMN | --time COLUMN --event COLUMN) --out metrics.json</c>:
/// discrimination (AUC with DeLong's CI, paired DeLong test; Harrell's C), calibration (val.prob) and, with
/// <c>--bootstrap</c>, Harrell's optimism-corrected index on the training data; <c>--plots DIR</c> draws ROC,
/// calibration and Kaplan–Meier figures.
/// </summary>
public sealed class ModelEvaluateCommand : AnalysisCommand
{
    private ModelOutcomeOptions _outcome = null!;
    private Option<string?> _score = null!;
    private Option<string?> _compare = null!;
    private Option<int?> _bootstrap = null!;
    private Option<long?> _seed = null!;
    private Option<string?> _train = null!;
    private Option<string?> _model = null!;
    private Option<string> _out = null!;
    private Option<string?> _plots = null!;

    public ModelEvaluateCommand()
        : base("evaluate", "measure a model's predictions: AUC with DeLong's CI, calibration, Harrell's C, bootstrap optimism, plots")
    {
    }

    protected override string TableDescription =>
        "one row per case with a score column and the outcome column(s), e.g. what 'radiomics model predict' writes (its outcome columns copied from the table)";

    protected override string FeaturesDefault => "every numeric column (the score and --compare columns are looked up among them)";

    protected override void DeclareOptions()
    {
        _outcome = new ModelOutcomeOptions();
        foreach (Option option in _outcome.All)
        {
            Add(option);
        }

        _score = Add(OptionValues.Text("--score", "COLUMN",
            "the score: higher = more likely a case (binary) or higher risk (survival); default probability when the table has it, else linear_predictor"));
        _compare = Add(OptionValues.Text("--compare", "COLUMN",
            "a second score on the same rows: its AUC and DeLong's paired test (delong_z, delong_p), or its C-index"));
        _bootstrap = Add(OptionValues.Integer("--bootstrap", "N", 2,
            "also Harrell's bootstrap optimism correction with N resamples of the training table (needs --train and --model; each resample repeats the whole fit)"));
        _seed = Add(ModelOptionValues.Seed("the seed of the bootstrap resamples (xoshiro256**, default 1)"));
        _train = Add(OptionValues.Text("--train", "TABLE", "the training table of --model, for --bootstrap (read with the same --id)"));
        _model = Add(OptionValues.Text("--model", "FILE", "the model trained on --train by 'radiomics model train', for --bootstrap; refitting must reproduce it"));
        _out = Add(new Option<string>("--out", "-o")
        {
            HelpName = "FILE",
            Description = "write the metrics to FILE (.json; written atomically): each figure under a plain name, the conventions and the provenance",
            Required = true,
        });
        _plots = Add(OptionValues.Text("--plots", "DIR",
            "also draw DIR/roc.png and DIR/calibration.png (binary) or DIR/km.png (survival: Kaplan-Meier by a median split of the score), each with an SVG"));
    }

    public override string Details =>
        "Binary outcome: auc, auc_se, auc_ci_low, auc_ci_high (pROC ci.auc(method = \"delong\"), clipped to [0, 1]); with --compare, delong_z "
        + "and delong_p (roc.test(method = \"delong\", paired = TRUE)); on the probability column (the score when it holds probabilities, else "
        + "a column named probability): brier, calibration_intercept, calibration_slope, spiegelhalter_z, spiegelhalter_p (rms::val.prob). "
        + "Survival outcome: c_index and c_index_se (survival::concordance(reverse = TRUE)), and the Kaplan-Meier medians of the two risk "
        + "groups (survfit). The direction is never guessed from the data. Details: docs/modelling.md.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics model evaluate tests/data/analysis/models/roc_predictions.csv --outcome y --score p1 --compare p2 --out metrics.json --plots plots",
            "AUC of p1 with its DeLong CI, the paired test against p2, calibration, ROC and calibration plots"),
        new("radiomics model evaluate tests/data/analysis/models/cindex_lung_efron_lp.csv --time time --event event --score score --out cindex.json",
            "Harrell's C of a Cox linear predictor"),
    ];

    protected override IEnumerable<string> FilesNamed(ParseResult parsed) =>
        [.. base.FilesNamed(parsed), parsed.GetRequiredValue(_out), .. new[] { parsed.GetValue(_train), parsed.GetValue(_model), parsed.GetValue(_plots) }.OfType<string>()];

    protected override int Analyse(ParseResult parsed, TextWriter output, TextWriter error)
    {
        ModelOutcome outcome = _outcome.Resolve(parsed);
        string outPath = parsed.GetRequiredValue(_out);
        string? plots = parsed.GetValue(_plots);
        CheckOptions(parsed, outPath, plots);

        string tablePath = Table.PathOf(parsed);
        FeatureTableReadSettings read = Table.Settings(parsed, [.. outcome.Columns()]);
        FeatureTable table = FeatureTableReader.Read(tablePath, read);
        string scoreName = parsed.GetValue(_score) ?? (table.IndexOfFeature("probability") >= 0 ? "probability" : "linear_predictor");
        double[] score = EvaluationOutcome.Score(table, scoreName, "--score");
        string? compareName = parsed.GetValue(_compare);
        double[]? compare = compareName is null ? null : EvaluationOutcome.Score(table, compareName, "--compare");

        var report = new MetricsReport()
            .Add("outcome", outcome.Label is null ? "survival" : "binary")
            .Add("score", scoreName)
            .Add("rows", table.RowCount);
        var conventions = new List<string>();
        var written = new List<string>();
        if (plots is not null)
        {
            Directory.CreateDirectory(plots);
        }

        if (outcome.Label is not null)
        {
            Binary(table, outcome, scoreName, score, compareName, compare, plots, report, conventions, written);
        }
        else
        {
            Survival(table, outcome, scoreName, score, compareName, compare, plots, report, conventions, written);
        }

        if (parsed.GetValue(_bootstrap) is { } replicates)
        {
            Bootstrap(parsed, replicates, report, conventions);
        }

        var files = InputFiles(tablePath, read, [.. new[] { ("train", parsed.GetValue(_train)), ("model", parsed.GetValue(_model)) }.Where(f => f.Item2 is not null).Select(f => (f.Item1, f.Item2!))]);
        var provenance = AnalysisRunProvenance.For("radiomics model evaluate", table,
            new Dictionary<string, object> { ["table"] = read, ["evaluate"] = new EvaluationRunSettings(outcome, scoreName, compareName, parsed.GetValue(_bootstrap), parsed.GetValue(_seed)) },
            files);
        report.Write(outPath, written, conventions, provenance);
        error.WriteLine($"radiomics model evaluate: {Headline(report)}; wrote {outPath}{(written.Count > 0 ? $" and {written.Count} plot files in {plots}" : "")}");
        return ExitCodes.Success;
    }

    private void CheckOptions(ParseResult parsed, string outPath, string? plots)
    {
        if (!Path.GetExtension(outPath).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"--out {outPath}: the metrics are written as JSON; give a .json file name");
        }

        OutputLocation.CheckFile("--out", outPath);
        if (plots is not null)
        {
            OutputLocation.CheckFolder("--plots", plots);
        }

        bool bootstrap = parsed.GetValue(_bootstrap) is not null;
        foreach (Option option in new Option[] { _train, _model, _seed })
        {
            if (!bootstrap && parsed.GetResult(option) is { Implicit: false })
            {
                throw new UsageException($"{option.Name} goes with --bootstrap N");
            }
        }

        if (bootstrap && (parsed.GetValue(_train) is null || parsed.GetValue(_model) is null))
        {
            throw new UsageException("--bootstrap needs the training table and its model: --train TABLE --model FILE");
        }
    }

    private static void Binary(FeatureTable table, ModelOutcome outcome, string scoreName, double[] score, string? compareName, double[]? compare,
        string? plots, MetricsReport report, List<string> conventions, List<string> written)
    {
        bool[] isCase = EvaluationOutcome.Binary(table, outcome);
        AucEstimate auc = Checked(() => DeLong.Auc(score, isCase));
        report.Add("cases", auc.Cases).Add("controls", auc.Controls)
            .Add("auc", auc.Auc).Add("auc_se", auc.StandardError).Add("auc_ci_low", auc.Lower).Add("auc_ci_high", auc.Upper)
            .Add("auc_ci_low_unclipped", auc.LowerUnclipped).Add("auc_ci_high_unclipped", auc.UpperUnclipped).Add("confidence_level", auc.ConfidenceLevel);
        conventions.Add($"AUC: higher score = case (pROC direction \"<\"), cases = '{outcome.PositiveLabel}' in '{outcome.Label}'; DeLong SE; "
            + "95% CI = AUC +- z*SE clipped to [0, 1] (pROC 1.18 ci.auc(method = \"delong\")); the unclipped bounds too");
        var curves = new List<RocScore> { new(scoreName, score, auc) };
        if (compare is not null)
        {
            PairedAucComparison paired = Checked(() => DeLong.PairedTest(score, compare, isCase));
            report.Add("compare", compareName!).Add("compare_auc", paired.Second.Auc).Add("compare_auc_se", paired.Second.StandardError)
                .Add("compare_auc_ci_low", paired.Second.Lower).Add("compare_auc_ci_high", paired.Second.Upper)
                .Add("auc_difference", paired.Difference).Add("delong_covariance", paired.Covariance).Add("delong_z", paired.Z).Add("delong_p", paired.P);
            conventions.Add("paired comparison: Z = (AUC1 - AUC2) / sqrt(var1 + var2 - 2 cov), two-sided p (pROC roc.test(method = \"delong\", paired = TRUE))");
            curves.Add(new(compareName!, compare, paired.Second));
        }

        string? calibrationName = score.All(p => p is >= 0 and <= 1) ? scoreName : table.IndexOfFeature("probability") >= 0 ? "probability" : null;
        CalibrationResult? calibration = null;
        if (calibrationName is not null)
        {
            double[] probability = calibrationName == scoreName ? score : EvaluationOutcome.Score(table, calibrationName, "probability");
            calibration = Checked(() => Radiomics.Analysis.Validation.Calibration.Evaluate(probability, isCase));
            report.Add("calibration_column", calibrationName).Add("brier", calibration.Brier).Add("calibration_intercept", calibration.Intercept)
                .Add("calibration_slope", calibration.Slope).Add("spiegelhalter_z", calibration.SpiegelhalterZ).Add("spiegelhalter_p", calibration.SpiegelhalterP)
                .Add("calibration_rows", calibration.RecalibrationRows);
            conventions.Add("calibration: rms 6.5 val.prob statistics; intercept and slope of logit P(y = 1) = a + b logit(p) at their maximum-likelihood fit; "
                + "rows with p exactly 0 or 1 are left out of that fit");
            if (plots is not null)
            {
                written.AddRange(Checked(() => CalibrationPlot.Write(Path.Combine(plots, "calibration"), probability, isCase, calibration)));
            }
        }
        else
        {
            conventions.Add($"calibration: not computed ('{scoreName}' is not a probability and the table has no 'probability' column)");
        }

        if (plots is not null)
        {
            written.InsertRange(0, Checked(() => RocPlot.Write(Path.Combine(plots, "roc"), curves, isCase)));
        }
    }

    private static void Survival(FeatureTable table, ModelOutcome outcome, string scoreName, double[] score, string? compareName, double[]? compare,
        string? plots, MetricsReport report, List<string> conventions, List<string> written)
    {
        var (time, died) = EvaluationOutcome.Survival(table, outcome);
        ConcordanceResult c = Checked(() => HarrellConcordance.Compute(time, died, score));
        report.Add("events", died.Count(d => d)).Add("censored", died.Count(d => !d))
            .Add("c_index", c.Concordance).Add("c_index_se", c.StandardError)
            .Add("concordant", c.Concordant).Add("discordant", c.Discordant).Add("tied_score", c.TiedScore).Add("tied_time", c.TiedTime).Add("tied_both", c.TiedBoth);
        conventions.Add("Harrell's C: higher score = higher risk (survival 3.5 concordance(Surv(time, event) ~ score, reverse = TRUE)); score ties count 1/2; "
            + "two events at the same time are not comparable; an event and a censoring at the same time are; SE = survival's infinitesimal jackknife");
        if (compare is not null)
        {
            ConcordanceResult other = Checked(() => HarrellConcordance.Compute(time, died, compare));
            report.Add("compare", compareName!).Add("compare_c_index", other.Concordance).Add("compare_c_index_se", other.StandardError);
        }

        bool[] high = SurvivalPlot.HighRisk(score);
        foreach (bool group in new[] { false, true })
        {
            int[] rows = Enumerable.Range(0, time.Length).Where(i => high[i] == group).ToArray();
            if (rows.Length == 0)
            {
                continue;
            }

            KaplanMeierCurve curve = KaplanMeier.Estimate(rows.Select(i => time[i]).ToArray(), rows.Select(i => died[i]).ToArray());
            string prefix = group ? "km_high_risk" : "km_low_risk";
            report.Add($"{prefix}_rows", rows.Length).Add($"{prefix}_events", curve.Events.Sum()).Add($"{prefix}_median", curve.Median);
        }

        conventions.Add("risk groups: high = score above the median of all scores, low = at or below; Kaplan-Meier product-limit curves and medians as "
            + "survival::survfit (median NaN when the curve does not reach 0.5)");
        if (plots is not null)
        {
            written.AddRange(Checked(() => SurvivalPlot.Write(Path.Combine(plots, "km"), time, died, score, scoreName)));
        }
    }

    private void Bootstrap(ParseResult parsed, int replicates, MetricsReport report, List<string> conventions)
    {
        string trainPath = parsed.GetValue(_train)!, modelPath = parsed.GetValue(_model)!;
        LinearPredictorModel model = ModelFailures.Run(modelPath, () => ModelJson.Read(modelPath));
        ModelSettings settings = ModelSettingsRecovery.From(model);
        string[] reserved = [.. model.Outcome.Columns(), .. settings.CrossValidation.FoldColumn is { } fold ? [fold] : Array.Empty<string>()];
        FeatureTableReadSettings read = Table.Settings(parsed, reserved, "^(?:" + string.Join("|", settings.Features!.Select(Regex.Escape)) + ")$") with { ClinicalPath = null };
        FeatureTable train = FeatureTableReader.Read(trainPath, read);
        LinearPredictorModel refit = ModelFailures.Run(trainPath, () => ModelTrainer.Train(train, settings));
        if (refit.Intercept != model.Intercept || !refit.Terms.Select(t => t.Coefficient).SequenceEqual(model.Terms.Select(t => t.Coefficient)))
        {
            throw new InputException($"--train {trainPath}: refitting {modelPath} on this table gives other coefficients; give the table the model was trained on");
        }

        var bootstrap = new BootstrapSettings { Replicates = replicates, Seed = (ulong)(parsed.GetValue(_seed) ?? 1) };
        OptimismCorrectedEstimate estimate = ModelFailures.Run(trainPath, () => BootstrapValidation.Run(train, settings, bootstrap));
        string index = model.Learner == Learner.Logistic ? "auc" : "c_index";
        report.Add("bootstrap_replicates", estimate.Requested).Add("bootstrap_used", estimate.Used).Add("bootstrap_seed", (long)bootstrap.Seed)
            .Add($"{index}_apparent", estimate.Apparent).Add($"{index}_optimism", estimate.Optimism).Add($"{index}_corrected", estimate.Corrected);
        conventions.Add($"bootstrap: Harrell's optimism correction of the training {estimate.Metric} of the linear predictor (rms::validate, method \"boot\"): "
            + $"each resample repeats the whole fit, cross-validated lambda included; {estimate.Generator}");
    }

    /// <summary>A statistic's refusal (one outcome class, too few cases) as an input error.</summary>
    private static T Checked<T>(Func<T> compute)
    {
        try
        {
            return compute();
        }
        catch (ArgumentException e)
        {
            throw new InputException($"cannot evaluate: {e.Message.TrimEnd('.')}");
        }
    }

    private static string Headline(MetricsReport report) => report["auc"] is double auc
        ? string.Create(CultureInfo.InvariantCulture, $"AUC {auc:F3} (95% CI {(double)report["auc_ci_low"]!:F3} to {(double)report["auc_ci_high"]!:F3})")
        : string.Create(CultureInfo.InvariantCulture, $"C-index {(double)report["c_index"]!:F3}");
}
