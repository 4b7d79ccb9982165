using System.Globalization;
using System.Text.RegularExpressions;
using Radiomics.Analysis.Models;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// The <see cref="ModelSettings"/> a model was trained with, as far as <c>model.json</c> records them (learner, outcome,
/// predictors, alpha, lambda rule or fixed lambda, standardisation, ties, and the folds: a fold column, or K and the
/// seed), the solver settings at their defaults (what <c>radiomics model train</c> uses). <c>model evaluate
/// --bootstrap</c> refits with them and checks that the refit reproduces the model.
/// </summary>
internal static partial class ModelSettingsRecovery
{
    public static ModelSettings From(LinearPredictorModel model)
    {
        PenaltySettings? penalty = model.Penalised
            ? new PenaltySettings
            {
                Alpha = model.Alpha ?? 1,
                Rule = model.LambdaRule ?? LambdaRule.OneStandardError,
                Lambda = model.LambdaRule == LambdaRule.Fixed ? model.Lambda : null,
                Standardise = model.Standardised,
            }
            : null;
        var crossValidation = new CrossValidationSettings();
        if (model.CrossValidation is { } curve)
        {
            crossValidation = ColumnFolds().Match(curve.Folds) is { Success: true } column
                ? new CrossValidationSettings { FoldColumn = column.Groups[1].Value, Folds = curve.FoldCount }
                : new CrossValidationSettings
                {
                    Folds = curve.FoldCount,
                    Seed = SeededFolds().Match(curve.Folds) is { Success: true } seed ? ulong.Parse(seed.Groups[1].Value, CultureInfo.InvariantCulture) : 1,
                };
        }

        return new ModelSettings
        {
            Learner = model.Learner,
            Outcome = model.Outcome,
            Features = model.Terms.Select(t => t.Feature).ToArray(),
            Penalty = penalty,
            Ties = model.Ties,
            CrossValidation = crossValidation,
        };
    }

    [GeneratedRegex("^column '(.*)' \\(\\d+ folds\\)$")]
    private static partial Regex ColumnFolds();

    [GeneratedRegex("seed (\\d+)$")]
    private static partial Regex SeededFolds();
}
