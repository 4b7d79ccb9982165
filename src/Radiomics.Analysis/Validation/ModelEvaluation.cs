using Radiomics.Analysis.Models;

namespace Radiomics.Analysis.Validation;

/// <summary>
/// A fitted model's performance on a table (typically new data): discrimination with DeLong's CI and calibration for a
/// logistic model, Harrell's C for a Cox model, with the conventions used named.
/// </summary>
/// <param name="Learner">The model's learner.</param>
/// <param name="Rows">The rows evaluated.</param>
/// <param name="Predictions">The model's predictions for those rows.</param>
/// <param name="Discrimination">Logistic: the AUC of the predicted probability with its DeLong CI.</param>
/// <param name="Calibration">Logistic: val.prob's calibration statistics.</param>
/// <param name="Concordance">Cox: Harrell's C of the linear predictor (higher = higher risk).</param>
/// <param name="Conventions">The conventions the numbers follow.</param>
public sealed record ModelEvaluation(
    Learner Learner,
    int Rows,
    ModelPredictions Predictions,
    AucEstimate? Discrimination,
    CalibrationResult? Calibration,
    ConcordanceResult? Concordance,
    IReadOnlyList<string> Conventions);
