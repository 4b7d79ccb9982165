namespace Radiomics.Analysis.Validation;

/// <summary>
/// The ROC AUC of one score with its DeLong standard error and confidence interval (pROC 1.18
/// <c>auc</c>, <c>var(method = "delong")</c>, <c>ci.auc(method = "delong")</c>).
/// </summary>
/// <param name="Auc">P(case score &gt; control score) + ½·P(tie), in the stated direction.</param>
/// <param name="StandardError">√ of DeLong's variance.</param>
/// <param name="Variance">DeLong's variance: s²(case placements)/m + s²(control placements)/n, sample variances (n − 1).</param>
/// <param name="ConfidenceLevel">The CI's level (0.95 by default).</param>
/// <param name="Lower">AUC − z·SE clipped to [0, 1] (pROC's reported CI).</param>
/// <param name="Upper">AUC + z·SE clipped to [0, 1].</param>
/// <param name="LowerUnclipped">AUC − z·SE, not clipped.</param>
/// <param name="UpperUnclipped">AUC + z·SE, not clipped.</param>
/// <param name="Cases">The number of cases (m).</param>
/// <param name="Controls">The number of controls (n).</param>
/// <param name="Direction">The direction used.</param>
public sealed record AucEstimate(
    double Auc,
    double StandardError,
    double Variance,
    double ConfidenceLevel,
    double Lower,
    double Upper,
    double LowerUnclipped,
    double UpperUnclipped,
    int Cases,
    int Controls,
    ScoreDirection Direction);
