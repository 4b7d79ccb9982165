namespace Radiomics.Analysis.Validation;

/// <summary>
/// DeLong's test for two correlated ROC curves on the same cases and controls (pROC 1.18
/// <c>roc.test(roc1, roc2, method = "delong", paired = TRUE)</c>).
/// </summary>
/// <param name="First">The first score's AUC and DeLong CI.</param>
/// <param name="Second">The second score's AUC and DeLong CI.</param>
/// <param name="Difference">AUC₁ − AUC₂.</param>
/// <param name="Covariance">DeLong's covariance of the two AUCs (pROC <c>cov(roc1, roc2, method = "delong")</c>).</param>
/// <param name="Z">(AUC₁ − AUC₂) / √(var₁ + var₂ − 2 cov); 0 when that is 0/0 with equal AUCs, as pROC.</param>
/// <param name="P">The two-sided p-value 2·Φ(−|Z|).</param>
public sealed record PairedAucComparison(AucEstimate First, AucEstimate Second, double Difference, double Covariance, double Z, double P);
