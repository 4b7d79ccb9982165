namespace Radiomics.Analysis.Selection;

/// <summary>The lower-case names of the selection methods and choices, as written in files and on the command line.</summary>
public static class SelectionNames
{
    /// <summary>The name recorded for a feature dropped before any method because it has missing or infinite values.</summary>
    public const string MissingValues = "missing";

    /// <summary>The method's name: <c>variance</c>, <c>robust</c>, <c>correlation</c>, <c>cluster</c>, <c>mrmr</c>, <c>univariate</c>.</summary>
    public static string Of(SelectionMethod method) => method switch
    {
        SelectionMethod.Variance => "variance",
        SelectionMethod.Robust => "robust",
        SelectionMethod.Correlation => "correlation",
        SelectionMethod.Cluster => "cluster",
        SelectionMethod.Mrmr => "mrmr",
        SelectionMethod.Univariate => "univariate",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>The method named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static SelectionMethod? Parse(string name) =>
        Enum.GetValues<SelectionMethod>().Select(m => (SelectionMethod?)m).FirstOrDefault(m => string.Equals(Of(m!.Value), name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The correlation's name: <c>pearson</c> or <c>spearman</c>.</summary>
    public static string Of(CorrelationMethod method) => method == CorrelationMethod.Pearson ? "pearson" : "spearman";

    /// <summary>The representative rule's name: <c>medoid</c> or <c>outcome</c>.</summary>
    public static string Of(ClusterRepresentative representative) =>
        representative == ClusterRepresentative.Medoid ? "medoid" : "outcome";
}
