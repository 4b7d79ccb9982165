namespace Radiomics.Analysis.Validation;

/// <summary>
/// Harrell's bootstrap internal validation of a discrimination index: the apparent value on the training data, the
/// mean optimism over the bootstrap resamples and the optimism-corrected value (apparent − optimism).
/// </summary>
/// <param name="Metric">"AUC" (logistic models) or "Harrell's C" (Cox models; higher linear predictor = higher risk).</param>
/// <param name="Apparent">The index of the model fitted on all rows, evaluated on all rows.</param>
/// <param name="Optimism">The mean over resamples of (index of the resample's model on its resample − the same model on all rows).</param>
/// <param name="Corrected">Apparent − Optimism.</param>
/// <param name="Requested">The resamples drawn.</param>
/// <param name="Used">The resamples whose refit succeeded (a resample with one outcome class, say, cannot be fitted).</param>
/// <param name="ResampleApparent">Per used resample: its model's index on the resample.</param>
/// <param name="ResampleTest">Per used resample: its model's index on all rows.</param>
/// <param name="Generator">How the resamples were drawn (generator and seed).</param>
public sealed record OptimismCorrectedEstimate(
    string Metric,
    double Apparent,
    double Optimism,
    double Corrected,
    int Requested,
    int Used,
    IReadOnlyList<double> ResampleApparent,
    IReadOnlyList<double> ResampleTest,
    string Generator);
