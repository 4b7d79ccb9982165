using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Radiomics.Analysis.Bundles;
using Radiomics.Analysis.Models;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// <c>radiomics model train TABLE --outcome COLUMN | --time COLUMN --event COLUMN --out model.json</c>: fits a penalised
/// or unpenalised logistic or Cox model (<see cref="ModelTrainer.Train"/>, glmnet / glm / coxph) and writes it with
/// <see cref="ModelJson"/>.
/// </summary>
public sealed class ModelTrainCommand : AnalysisCommand
{
    private static readonly string[] Learners = ["lasso", "ridge", "elasticnet", "logistic", "cox-lasso", "cox"];

    private ModelOutcomeOptions _outcome = null!;
    private Option<string?> _learner = null!;
    private Option<double?> _alpha = null!;
    private Option<double?> _lambda = null!;
    private Option<int?> _cv = null!;
    private Option<string?> _folds = null!;
    private Option<long?> _seed = null!;
    private Option<string?> _rule = null!;
    private Option<string?> _ties = null!;
    private Option<string?> _featureList = null!;
    private Option<string> _out = null!;

    public ModelTrainCommand()
        : base("train", "fit a lasso, ridge, elastic-net or unpenalised logistic or Cox model and write it as model.json")
    {
    }

    protected override string TableDescription => "one row per case: the features and the outcome column(s) (and a fold column for --folds)";

    protected override string FeaturesDefault =>
        "every numeric column except the outcome and fold columns and diagnostics_*. Recommended: --features or --feature-list, so that numeric clinical columns are not predictors";

    protected override void DeclareOptions()
    {
        _outcome = new ModelOutcomeOptions();
        foreach (Option option in _outcome.All)
        {
            Add(option);
        }

        _learner = Add(OptionValues.Choice("--learner", "L",
            "lasso, ridge or elasticnet (penalised logistic, glmnet alpha 1, 0 or --alpha; default with --outcome: lasso), logistic (unpenalised, glm), "
            + "cox-lasso (penalised Cox, glmnet; default with --time) or cox (unpenalised, coxph)", Learners));
        _alpha = Add(ModelOptionValues.Number("--alpha", "A", "the elastic-net mixing alpha for --learner elasticnet (0 = ridge, 1 = lasso)", 0, 1));
        _lambda = Add(ModelOptionValues.Number("--lambda", "L", "a fixed penalty lambda (no cross-validation)", 0, double.PositiveInfinity, exclusiveMinimum: true));
        _cv = Add(OptionValues.Integer("--cv", "K", 3,
            "choose lambda by K-fold cross-validation (cv.glmnet, binomial or Cox deviance); the default for penalised learners, with K = 10"));
        _folds = Add(OptionValues.Text("--folds", "COLUMN", "the fold of each row from this column (cv.glmnet's foldid) instead of folds drawn with --seed"));
        _seed = Add(ModelOptionValues.Seed("the seed of the fold draw (xoshiro256**, default 1)"));
        _rule = Add(OptionValues.Choice("--lambda-rule", "R", "min (lambda.min) or 1se (lambda.1se, the default): which cross-validated lambda to keep", ["min", "1se"]));
        _ties = Add(OptionValues.Choice("--ties", "T", "Cox ties: efron (default for cox, coxph's) or breslow (default and only choice for cox-lasso, as glmnet)", ["breslow", "efron"]));
        _featureList = Add(OptionValues.Text("--feature-list", "FILE",
            "the predictors, in order: a selection output (its \"selected\" list) or a text file with one name a line; instead of --features"));
        _out = Add(new Option<string>("--out", "-o")
        {
            HelpName = "FILE",
            Description = "write the fitted model to FILE (.json; written atomically): coefficients on the original scale, the CV curve, diagnostics, provenance",
            Required = true,
        });
    }

    public override string Details =>
        "Penalised models follow glmnet 4.1 (columns standardised with the 1/n SD, coefficients reported on the original scale, the exact "
        + "minimiser at the chosen lambda); cross-validation follows cv.glmnet (type.measure = \"deviance\", each fold on its own lambda path); "
        + "unpenalised models follow glm(family = binomial) and survival::coxph. A missing value in a predictor is an error naming the "
        + "column and row. The result is the same, bit for bit, whatever the number of threads. Details: docs/modelling.md.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics model train tests/data/analysis/models/bc_wisconsin_folds.csv --outcome y --folds fold --features '^(mean|worst)_' --out model.json",
            "lasso logistic regression, lambda.1se from 10-fold cross-validation on the given folds"),
        new("radiomics model train tests/data/analysis/models/lung_complete.csv --time time --event event --learner cox --out cox.json",
            "an unpenalised Cox model (Efron ties, as coxph)"),
        new("radiomics model train tests/data/analysis/models/bc_wisconsin.csv --outcome y --learner elasticnet --alpha 0.5 --lambda 0.02 --out enet.json",
            "elastic net at a fixed lambda"),
    ];

    protected override IEnumerable<string> FilesNamed(ParseResult parsed) =>
        [.. base.FilesNamed(parsed), parsed.GetRequiredValue(_out), .. parsed.GetValue(_featureList) is { } list ? [list] : Array.Empty<string>()];

    protected override int Analyse(ParseResult parsed, TextWriter output, TextWriter error)
    {
        ModelOutcome outcome = _outcome.Resolve(parsed);
        string outPath = parsed.GetRequiredValue(_out);
        if (!Path.GetExtension(outPath).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"--out {outPath}: the model is written as JSON; give a .json file name");
        }

        OutputLocation.CheckFile("--out", outPath);
        ModelSettings settings = Settings(parsed, outcome);
        IReadOnlyList<string>? listed = null;
        if (parsed.GetValue(_featureList) is { } listPath)
        {
            if (parsed.GetValue(Table.Features) is not null)
            {
                throw new UsageException("give --features REGEX or --feature-list FILE, not both");
            }

            listed = ModelFailures.Run(listPath, () => SelectionList.Read(listPath));
        }

        string tablePath = Table.PathOf(parsed);
        string[] reserved = [.. outcome.Columns(), .. settings.CrossValidation.FoldColumn is { } fold ? [fold] : Array.Empty<string>()];
        FeatureTableReadSettings read = Table.Settings(parsed, reserved, listed is null ? null : ExactNames(listed));
        FeatureTable table = FeatureTableReader.Read(tablePath, read);
        if (listed is not null && listed.FirstOrDefault(name => table.IndexOfFeature(name) < 0) is { } absent)
        {
            throw new InputException($"{tablePath}: no numeric column '{absent}', which --feature-list names");
        }

        settings = settings with { Features = listed ?? table.FeatureNames };
        CheckFoldCount(parsed, table, settings);
        LinearPredictorModel model = ModelFailures.Run(tablePath, () => ModelTrainer.Train(table, settings));
        ModelFailures.Run(outPath, () => ModelJson.Write(model, outPath));

        int nonZero = model.Terms.Count(t => t.Coefficient != 0);
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"radiomics model train: {model.Description}; {nonZero} of {model.Terms.Count} coefficients non-zero; {Outcomes(model.Training)}; wrote {outPath}"));
        return ExitCodes.Success;
    }

    /// <summary>The model settings the options give (the features are set once the table is read).</summary>
    private ModelSettings Settings(ParseResult parsed, ModelOutcome outcome)
    {
        bool survival = outcome.Time is not null;
        string learner = parsed.GetValue(_learner) ?? (survival ? "cox-lasso" : "lasso");
        bool cox = learner.StartsWith("cox", StringComparison.Ordinal);
        if (cox != survival)
        {
            throw new UsageException(cox ? $"--learner {learner} needs a survival outcome (--time COLUMN --event COLUMN)" : $"--learner {learner} needs a binary outcome (--outcome COLUMN)");
        }

        double? alpha = parsed.GetValue(_alpha);
        if (learner == "elasticnet" && alpha is null)
        {
            throw new UsageException("--learner elasticnet needs --alpha A (0 = ridge, 1 = lasso)");
        }

        if (learner != "elasticnet" && alpha is not null)
        {
            throw new UsageException($"--alpha goes with --learner elasticnet (--learner {learner} has alpha {(learner == "ridge" ? "0" : "1")}{(learner is "logistic" or "cox" ? ", and no penalty" : "")})");
        }

        bool penalised = learner is not ("logistic" or "cox");
        double? lambda = parsed.GetValue(_lambda);
        Option[] crossValidation = [_cv, _folds, _seed, _rule];
        if (!penalised || lambda is not null)
        {
            if (crossValidation.FirstOrDefault(o => parsed.GetResult(o) is { Implicit: false }) is { } given)
            {
                throw new UsageException(penalised ? $"{given.Name} chooses lambda by cross-validation; it cannot go with --lambda" : $"{given.Name} needs a penalised learner (--learner {learner} has no penalty)");
            }

            if (!penalised && lambda is not null)
            {
                throw new UsageException($"--lambda needs a penalised learner (--learner {learner} has no penalty)");
            }
        }

        if (parsed.GetValue(_folds) is not null && parsed.GetValue(_seed) is not null)
        {
            throw new UsageException("--seed draws the folds; it cannot go with --folds COLUMN, which gives them");
        }

        string? ties = parsed.GetValue(_ties);
        if (ties is not null && !cox)
        {
            throw new UsageException("--ties applies to Cox models (--learner cox or cox-lasso)");
        }

        var settings = new ModelSettings
        {
            Learner = cox ? Learner.Cox : Learner.Logistic,
            Outcome = outcome,
            Penalty = penalised
                ? new PenaltySettings
                {
                    Alpha = learner switch { "ridge" => 0, "elasticnet" => alpha!.Value, _ => 1 },
                    Rule = lambda is not null ? LambdaRule.Fixed : parsed.GetValue(_rule) == "min" ? LambdaRule.Minimum : LambdaRule.OneStandardError,
                    Lambda = lambda,
                }
                : null,
            Ties = cox ? (ties ?? (penalised ? "breslow" : "efron")) == "efron" ? CoxTies.Efron : CoxTies.Breslow : null,
            CrossValidation = new CrossValidationSettings
            {
                Folds = parsed.GetValue(_cv) ?? 10,
                Seed = (ulong)(parsed.GetValue(_seed) ?? 1),
                FoldColumn = parsed.GetValue(_folds),
            },
        };
        ModelFailures.CheckSettings(settings.Validate);
        return settings;
    }

    /// <summary>With both --cv K and --folds COLUMN, the column must hold K folds.</summary>
    private void CheckFoldCount(ParseResult parsed, FeatureTable table, ModelSettings settings)
    {
        if (settings.CrossValidation.FoldColumn is not { } column || parsed.GetValue(_cv) is not { } k || !table.HasColumn(column))
        {
            return;
        }

        int count = table.OtherColumn(column).Distinct(StringComparer.Ordinal).Count();
        if (count != k)
        {
            throw new UsageException($"--cv {k}: the fold column '{column}' holds {count} folds");
        }
    }

    private static string Outcomes(TrainingSummary training) => training.Positives is { } cases
        ? $"{training.Rows} rows ({cases} cases, {training.Negatives} controls)"
        : $"{training.Rows} rows ({training.Events} events, {training.Censored} censored)";

    private static string ExactNames(IEnumerable<string> names) => "^(?:" + string.Join("|", names.Select(Regex.Escape)) + ")$";
}
