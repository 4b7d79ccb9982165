namespace Radiomics.Analysis.Validation;

/// <summary>Which way a score points for ROC analysis (pROC's <c>direction</c>, fixed, never "auto").</summary>
public enum ScoreDirection
{
    /// <summary>A higher score means more likely a case (pROC <c>direction = "&lt;"</c>: controls &lt; cases). The default.</summary>
    HigherMeansCase,

    /// <summary>A lower score means more likely a case (pROC <c>direction = "&gt;"</c>).</summary>
    LowerMeansCase,
}
