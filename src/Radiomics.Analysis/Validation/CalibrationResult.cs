namespace Radiomics.Analysis.Validation;

/// <summary>
/// Calibration of predicted probabilities on new data, as <c>rms::val.prob</c> (6.5) names its statistics.
/// </summary>
/// <param name="Intercept">Logistic recalibration intercept a of logit P(y = 1) = a + b·logit(p), at the maximum-likelihood fit (ideal 0).</param>
/// <param name="Slope">Logistic recalibration slope b (ideal 1).</param>
/// <param name="Brier">mean((p − y)²) over all rows.</param>
/// <param name="SpiegelhalterZ">Σ(y − p)(1 − 2p) / √Σ(1 − 2p)² p(1 − p) (val.prob's <c>S:z</c>).</param>
/// <param name="SpiegelhalterP">2·Φ(−|z|) (<c>S:p</c>).</param>
/// <param name="C">The ROC AUC of p (<c>C (ROC)</c>).</param>
/// <param name="Dxy">Somers' D = 2(C − ½).</param>
/// <param name="Rows">The number of rows.</param>
/// <param name="RecalibrationRows">The rows in the recalibration fit (p strictly between 0 and 1, as val.prob).</param>
public sealed record CalibrationResult(
    double Intercept,
    double Slope,
    double Brier,
    double SpiegelhalterZ,
    double SpiegelhalterP,
    double C,
    double Dxy,
    int Rows,
    int RecalibrationRows);
