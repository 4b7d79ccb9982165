using System.Text.Json;
using Radiomics.Analysis.Harmonisation;
using Radiomics.Analysis.Models;
using Radiomics.Analysis.Tables;
using static Radiomics.Analysis.Bundles.JsonFields;

namespace Radiomics.Analysis.Bundles;

/// <summary>
/// Reads a bundle's model and ComBat estimates from their JSON (as <see cref="ModelJson"/> and
/// <see cref="CombatModelJson"/> write them) member by member. Written by hand rather than through System.Text.Json's
/// serializer, whose first use costs a process about 100 ms of start-up (reflection metadata, emitted accessors) — more
/// than the 10% of a CT extraction that <c>bundle predict</c> may add; enums are read by their written names (snake_case
/// for the model, camelCase for ComBat, as the two writers' JsonStringEnumConverter names them) without reflection. The tests check that both readers give records
/// that serialise back to the same text as <see cref="ModelJson.Deserialise"/> and <see cref="CombatModelJson.Deserialize"/>.
/// </summary>
internal static class BundleModelReader
{
    /// <exception cref="BundleException">Not a model of a format version this library reads.</exception>
    public static LinearPredictorModel Model(JsonElement e, string source)
    {
        string? format = OptionalText(e, "format");
        if (format != LinearPredictorModel.FormatName)
        {
            throw new BundleException($"{source}: not a Radiomics.NET model (format '{format ?? "missing"}', expected '{LinearPredictorModel.FormatName}')");
        }

        int version = OptionalInt(e, "format_version") ?? 0;
        if (version < 1 || version > LinearPredictorModel.CurrentFormatVersion)
        {
            throw new BundleException($"{source}: model format version {version} is not supported (this library reads 1 to {LinearPredictorModel.CurrentFormatVersion})");
        }

        JsonElement outcome = e.GetProperty("outcome"), training = e.GetProperty("training"), fit = e.GetProperty("fit"), provenance = e.GetProperty("provenance");
        return new LinearPredictorModel
        {
            Format = format,
            FormatVersion = version,
            Learner = Text(e, "learner") switch { "logistic" => Learner.Logistic, "cox" => Learner.Cox, var x => Unknown<Learner>("learner", x) },
            Description = Text(e, "description"),
            Outcome = new ModelOutcome
            {
                Label = OptionalText(outcome, "label"),
                PositiveLabel = Text(outcome, "positive_label"),
                Time = OptionalText(outcome, "time"),
                Event = OptionalText(outcome, "event"),
                EventValue = Text(outcome, "event_value"),
            },
            Penalised = Bool(e, "penalised"),
            Alpha = OptionalNumber(e, "alpha"),
            Lambda = OptionalNumber(e, "lambda"),
            LambdaRule = OptionalText(e, "lambda_rule") switch { null => null, "fixed" => LambdaRule.Fixed, "minimum" => LambdaRule.Minimum, "one_standard_error" => LambdaRule.OneStandardError, var x => Unknown<LambdaRule>("lambda_rule", x) },
            Standardised = Bool(e, "standardised"),
            Ties = OptionalText(e, "ties") switch { null => null, "breslow" => CoxTies.Breslow, "efron" => CoxTies.Efron, var x => Unknown<CoxTies>("ties", x) },
            Intercept = Number(e, "intercept"),
            Terms = Objects(e, "terms", t => new ModelTerm(
                Text(t, "feature"), Number(t, "coefficient"), Number(t, "standardised_coefficient"), Number(t, "mean"), Number(t, "scale"),
                OptionalNumber(t, "standard_error"))),
            Training = new TrainingSummary(Int(training, "rows"), OptionalInt(training, "positives"), OptionalInt(training, "negatives"),
                OptionalInt(training, "events"), OptionalInt(training, "censored"), OptionalNumber(training, "median_time")),
            CrossValidation = Optional(e, "cross_validation") is { } cv
                ? new CrossValidationCurve(Text(cv, "measure"), Int(cv, "fold_count"), Text(cv, "folds"), Bool(cv, "grouped"), Numbers(cv, "lambda"),
                    Numbers(cv, "mean"), Numbers(cv, "standard_error"), Ints(cv, "non_zero"), Int(cv, "index_min"), Int(cv, "index_one_se"))
                : null,
            Fit = new FitDiagnostics(Text(fit, "method"), Bool(fit, "converged"), Int(fit, "iterations"), Number(fit, "log_likelihood"),
                Number(fit, "null_log_likelihood"), OptionalNumber(fit, "stationarity_residual"), OptionalNumber(fit, "smallest_zero_gap")),
            Provenance = new ModelProvenance(Text(provenance, "tool"), Text(provenance, "tool_version"), Text(provenance, "settings_sha256"),
                Text(provenance, "training_data_sha256"), Texts(provenance, "conventions")),
        };
    }

    /// <exception cref="BundleException">Not a ComBat model of the version this library reads.</exception>
    public static CombatModel Combat(JsonElement e, string source)
    {
        if (OptionalText(e, "format") != CombatModel.FormatName)
        {
            throw new BundleException($"{source}: not a ComBat model (expected \"format\": \"{CombatModel.FormatName}\")");
        }

        if (OptionalInt(e, "version") != CombatModel.CurrentVersion)
        {
            throw new BundleException($"{source}: ComBat model version {(Optional(e, "version") is { } v ? v.GetRawText() : "missing")}; this version reads version {CombatModel.CurrentVersion}");
        }

        JsonElement settings = e.GetProperty("settings"), provenance = e.GetProperty("provenance");
        return new CombatModel
        {
            Settings = new CombatSettings
            {
                BatchColumn = Text(settings, "batchColumn"),
                Covariates = Texts(settings, "covariates"),
                CategoricalCovariates = Texts(settings, "categoricalCovariates"),
                Prior = Text(settings, "prior") switch { "parametric" => CombatPrior.Parametric, "nonParametric" => CombatPrior.NonParametric, var x => Unknown<CombatPrior>("prior", x) },
                MeanOnly = Bool(settings, "meanOnly"),
                ReferenceBatch = OptionalText(settings, "referenceBatch"),
            },
            Features = Texts(e, "features"),
            FeaturesLeftUnchanged = Texts(e, "featuresLeftUnchanged"),
            MeanOnlyUsed = Bool(e, "meanOnlyUsed"),
            Batches = Objects(e, "batches", b => new CombatBatch(
                Text(b, "name"), Int(b, "sampleCount"), Numbers(b, "gammaHat"), Numbers(b, "deltaHat"), Number(b, "gammaBar"), Number(b, "tau2"),
                Number(b, "aPrior"), Number(b, "bPrior"), Numbers(b, "gammaStar"), Numbers(b, "deltaStar"))),
            Covariates = Objects(e, "covariates", c => new CombatCovariate(Text(c, "name"), Text(c, "kind") switch { "numeric" => CovariateKind.Numeric, "categorical" => CovariateKind.Categorical, var x => Unknown<CovariateKind>("kind", x) }, Texts(c, "levels"))),
            DesignColumns = Objects(e, "designColumns", d => new CombatDesignColumn(Text(d, "name"), Text(d, "covariate"), OptionalText(d, "level"), Numbers(d, "coefficients"))),
            GrandMean = Numbers(e, "grandMean"),
            PooledVariance = Numbers(e, "pooledVariance"),
            SampleCount = Int(e, "sampleCount"),
            Warnings = Texts(e, "warnings"),
            Provenance = new AnalysisProvenance(Text(provenance, "tool"), Text(provenance, "toolVersion"), Text(provenance, "inputSha256"), Text(provenance, "settingsSha256")),
        };
    }

    private static T Unknown<T>(string member, string value) => throw new InvalidOperationException($"'{member}' has the unknown value '{value}'");
}
