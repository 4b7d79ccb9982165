using System.Text.Json;
using static Radiomics.Analysis.Common.JsonFields;

namespace Radiomics.Analysis.Models.Internal;

/// <summary>
/// Reads a <see cref="LinearPredictorModel"/> from its JSON (as <see cref="ModelJson"/> writes it) member by member:
/// the one reader of model files (<see cref="ModelJson.Read"/>, <see cref="ModelJson.Deserialise"/>) and of the model a
/// bundle embeds. Written by hand rather than through System.Text.Json's serializer, whose first use costs a process
/// about 0.08 s of CPU time (reflection metadata, emitted accessors; measured on <c>bundle predict</c>, see
/// docs/performance.md), a quarter of a small extraction; enums are read by the snake_case names the writer's
/// <c>JsonStringEnumConverter</c> gives them. The tests check that a model read back serialises to the same text.
/// </summary>
internal static class ModelReader
{
    /// <summary>The model in <paramref name="e"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="ModelException">Not a model of a format version this library reads, or a member missing or of the wrong kind.</exception>
    public static LinearPredictorModel Read(JsonElement e, string source)
    {
        string? format = e.ValueKind == JsonValueKind.Object && e.TryGetProperty("format", out JsonElement f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
        if (format != LinearPredictorModel.FormatName)
        {
            throw new ModelException($"{source}: not a Radiomics.NET model (format '{format ?? "missing"}', expected '{LinearPredictorModel.FormatName}').");
        }

        int version = e.TryGetProperty("format_version", out JsonElement v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int parsed) ? parsed : 0;
        if (version < 1 || version > LinearPredictorModel.CurrentFormatVersion)
        {
            throw new ModelException($"{source}: model format version {version} is not supported (this library reads 1 to {LinearPredictorModel.CurrentFormatVersion}).");
        }

        try
        {
            return Members(e, format, version);
        }
        catch (Exception problem) when (IsShapeProblem(problem))
        {
            throw new ModelException($"{source}: not a valid model file ({problem.Message.Split('\n')[0].TrimEnd('.')}).", problem);
        }
    }

    private static LinearPredictorModel Members(JsonElement e, string format, int version)
    {
        JsonElement outcome = Member(e, "outcome"), training = Member(e, "training"), fit = Member(e, "fit"), provenance = Member(e, "provenance");
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
}
