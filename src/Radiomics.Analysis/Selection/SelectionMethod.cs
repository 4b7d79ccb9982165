namespace Radiomics.Analysis.Selection;

/// <summary>The feature-selection methods, each a step of a <see cref="SelectionPipeline"/> (written in lower case in files and on the command line).</summary>
public enum SelectionMethod
{
    /// <summary>Drop near-constant features: population variance at or below a threshold (<see cref="VarianceSettings"/>).</summary>
    Variance,

    /// <summary>Keep the features a robustness analysis marked robust (<see cref="RobustSettings"/>).</summary>
    Robust,

    /// <summary>caret's <c>findCorrelation(exact = TRUE)</c> redundancy filter (<see cref="CorrelationFilterSettings"/>).</summary>
    Correlation,

    /// <summary>Average-linkage clustering on 1 − |Spearman ρ|, one representative per cluster (<see cref="ClusterSettings"/>).</summary>
    Cluster,

    /// <summary>Minimum-redundancy maximum-relevance, MID criterion, top k (<see cref="MrmrSettings"/>).</summary>
    Mrmr,

    /// <summary>Univariate tests against the outcome with Benjamini–Hochberg control (<see cref="UnivariateSettings"/>).</summary>
    Univariate,
}
