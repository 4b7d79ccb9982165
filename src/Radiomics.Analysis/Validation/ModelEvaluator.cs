using Radiomics.Analysis.Models;
using Radiomics.Analysis.Models.Internal;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Validation;

/// <summary>
/// Evaluates a fitted <see cref="LinearPredictorModel"/> on a table that holds the model's features and outcome columns
/// (named in the model): nothing is refitted, so on held-out data this is external validation.
/// </summary>
public static class ModelEvaluator
{
    /// <exception cref="ModelException">The table lacks a model feature or the outcome, or the outcome cannot be evaluated (e.g. one class).</exception>
    public static ModelEvaluation Evaluate(LinearPredictorModel model, FeatureTable table, double confidenceLevel = 0.95)
    {
        ModelPredictions predictions = ModelPredictor.Predict(model, table);
        try
        {
            if (model.Learner == Learner.Logistic)
            {
                double[] y = OutcomeReader.ReadBinary(table, model.Outcome.Label!, model.Outcome.PositiveLabel);
                bool[] isCase = y.Select(v => v == 1).ToArray();
                AucEstimate auc = DeLong.Auc(predictions.Probability!, isCase, ScoreDirection.HigherMeansCase, confidenceLevel);
                CalibrationResult calibration = Validation.Calibration.Evaluate(predictions.Probability!, isCase);
                return new ModelEvaluation(model.Learner, table.RowCount, predictions, auc, calibration, null,
                [
                    $"AUC: higher predicted probability = case (pROC direction \"<\"), cases = '{model.Outcome.PositiveLabel}' in '{model.Outcome.Label}'; "
                    + $"DeLong SE, {confidenceLevel:P0} CI = AUC +- z*SE clipped to [0, 1] (pROC ci.auc(method = \"delong\"))",
                    "calibration: rms::val.prob statistics; intercept and slope of the logistic recalibration at its maximum-likelihood fit",
                ]);
            }

            var (time, died) = OutcomeReader.ReadSurvival(table, model.Outcome);
            ConcordanceResult c = HarrellConcordance.Compute(time, died, predictions.LinearPredictor);
            return new ModelEvaluation(model.Learner, table.RowCount, predictions, null, null, c,
            [
                "Harrell's C: higher linear predictor = higher risk (survival::concordance(reverse = TRUE)); score ties count 1/2; "
                + "two events at the same time are not comparable; an event and a censoring at the same time are; SE = survival's infinitesimal jackknife",
            ]);
        }
        catch (ArgumentException e)
        {
            throw new ModelException($"Cannot evaluate the model on this table: {e.Message}", e);
        }
    }
}
