using Radiomics.Analysis.Models.Internal;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Models;

/// <summary>
/// Fits models (the estimator's <c>fit</c>): configuration in <see cref="ModelSettings"/>, data in a
/// <see cref="FeatureTable"/>, learned state out as a <see cref="LinearPredictorModel"/>. Penalised models follow glmnet
/// 4.1 (path, cross-validation as cv.glmnet, the exact minimiser at the chosen λ); unpenalised ones glm and
/// survival::coxph. Cross-validation folds run in parallel; results never depend on
/// the thread count (each method takes an optional <see cref="ParallelOptions"/>).
/// </summary>
public static class ModelTrainer
{
    /// <summary>Trains the model <paramref name="settings"/> describe on every row of <paramref name="table"/>.</summary>
    /// <exception cref="ModelException">Bad settings or data (named), or a fit that did not converge.</exception>
    public static LinearPredictorModel Train(FeatureTable table, ModelSettings settings, ParallelOptions? parallel = null)
    {
        settings.Validate();
        TrainingData data = TrainingData.From(table, settings);
        FoldAssignment? folds = settings.Penalty is { Rule: not LambdaRule.Fixed } ? FoldAssignment.For(table, settings.CrossValidation) : null;
        FitResult fit = Fitter.Fit(data, settings, folds, ParallelDefaults.OrDefault(parallel));
        return ModelAssembler.Assemble(data, settings, fit);
    }

    /// <summary>The cross-validation curve over the λ path (cv.glmnet) without the final fit; needs a penalty.</summary>
    public static CrossValidationCurve CrossValidate(FeatureTable table, ModelSettings settings, ParallelOptions? parallel = null)
    {
        settings.Validate();
        PenaltySettings penalty = settings.Penalty ?? throw new ModelException("Cross-validation over λ needs a penalty.");
        TrainingData data = TrainingData.From(table, settings);
        var (_, _, points) = Fitter.Path(data, penalty);
        return Fitter.CrossValidate(data, penalty, FoldAssignment.For(table, settings.CrossValidation), points, ParallelDefaults.OrDefault(parallel));
    }

    /// <summary>The regularisation path on all rows (glmnet's fit object); needs a penalty.</summary>
    public static RegularisationPath FitPath(FeatureTable table, ModelSettings settings)
    {
        settings.Validate();
        PenaltySettings penalty = settings.Penalty ?? throw new ModelException("A regularisation path needs a penalty.");
        TrainingData data = TrainingData.From(table, settings);
        var (design, _, points) = Fitter.Path(data, penalty);
        var intercepts = new double[points.Count];
        var coefficients = new IReadOnlyList<double>[points.Count];
        for (int l = 0; l < points.Count; l++)
        {
            (intercepts[l], coefficients[l]) = CrossValidationEngine.OriginalScale(design, points[l]);
        }

        bool logistic = settings.Learner == Learner.Logistic;
        return new RegularisationPath(
            data.FeatureNames,
            points.Select(p => p.Lambda).ToArray(),
            logistic ? intercepts : new double[points.Count],
            coefficients,
            points.Select(p => p.NonZero).ToArray(),
            points.Select(p => p.DevianceRatio).ToArray());
    }
}
