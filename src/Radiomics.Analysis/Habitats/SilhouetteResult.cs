namespace Radiomics.Analysis.Habitats;

/// <summary>
/// Silhouette widths (Rousseeuw 1987) as <c>cluster::silhouette(labels, dist(x))</c> reports them.
/// </summary>
/// <param name="Rows">The rows the widths belong to (all rows, or the sample's rows in ascending order).</param>
/// <param name="Widths">s(i) = (b − a) / max(a, b) per row; 0 for a row alone in its cluster.</param>
/// <param name="Neighbours">The 0-based cluster giving b(i) (the nearest other cluster on average).</param>
/// <param name="Mean">The mean width (R: <c>mean(s[, 3])</c>); NaN with fewer than two clusters.</param>
public sealed record SilhouetteResult(int[] Rows, double[] Widths, int[] Neighbours, double Mean);
