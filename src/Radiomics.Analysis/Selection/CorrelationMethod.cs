namespace Radiomics.Analysis.Selection;

/// <summary>Which correlation coefficient a redundancy filter uses (R's <c>cor(x, method = ...)</c>).</summary>
public enum CorrelationMethod
{
    /// <summary>Pearson's product-moment correlation (<c>method = "pearson"</c>).</summary>
    Pearson,

    /// <summary>Spearman's rank correlation: Pearson's on the average ranks (<c>method = "spearman"</c>).</summary>
    Spearman,
}
