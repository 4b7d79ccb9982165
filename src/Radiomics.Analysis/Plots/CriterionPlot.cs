using System.Globalization;
using Radiomics.Analysis.Habitats;
using ScottPlot;

namespace Radiomics.Analysis.Plots;

/// <summary>
/// The criterion curve of a habitat clustering: the mean silhouette width or the BIC (mclust's sign: larger is better)
/// against the number of habitats k, a dot per candidate, the chosen k marked and named in the legend. Candidates whose
/// fit failed (or whose criterion is undefined) are left out of the curve.
/// </summary>
public static class CriterionPlot
{
    /// <summary>The (k, criterion) points the curve draws: the candidates with a finite criterion, in order of k.</summary>
    public static (double[] K, double[] Value) Points(IReadOnlyList<ClusterCountScore> scores, ClusterCountCriterion criterion)
    {
        ClusterCountScore[] drawn = scores.Where(s => double.IsFinite(ValueOf(s, criterion))).OrderBy(s => s.ClusterCount).ToArray();
        return (drawn.Select(s => (double)s.ClusterCount).ToArray(), drawn.Select(s => ValueOf(s, criterion)).ToArray());
    }

    /// <summary>Writes <paramref name="stem"/>.png (and .svg, by <paramref name="options"/>); returns the files written.</summary>
    /// <param name="stem">The output path without extension.</param>
    /// <param name="title">The figure's title (e.g. the case's ID).</param>
    /// <param name="scores">The criterion of every candidate k.</param>
    /// <param name="criterion">Which criterion to draw (silhouette or BIC).</param>
    /// <param name="chosen">The k the clustering chose, marked in red.</param>
    /// <param name="options">Image size and SVG output, or null for the defaults.</param>
    /// <exception cref="Radiomics.Analysis.Tables.FeatureTableException">The folder does not exist or a file cannot be written.</exception>
    public static IReadOnlyList<string> Write(
        string stem, string title, IReadOnlyList<ClusterCountScore> scores, ClusterCountCriterion criterion, int chosen, PlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var (k, value) = Points(scores, criterion);
        string name = criterion == ClusterCountCriterion.Silhouette ? "mean silhouette width" : "BIC (mclust's sign, larger is better)";
        var plot = new Plot();
        if (k.Length > 0)
        {
            var curve = plot.Add.Scatter(k, value);
            curve.LineWidth = 2;
            curve.MarkerSize = 7;
            curve.LegendText = name;
            int at = Array.IndexOf(k, (double)chosen);
            if (at >= 0)
            {
                var mark = plot.Add.ScatterPoints(new[] { k[at] }, new[] { value[at] });
                mark.MarkerSize = 13;
                mark.Color = Colors.Red;
                mark.LegendText = string.Create(CultureInfo.InvariantCulture, $"chosen: k = {chosen} ({value[at]:G4})");
            }

            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(1);
            double pad = k[^1] > k[0] ? 0.3 : 1;
            plot.Axes.SetLimitsX(k[0] - pad, k[^1] + pad);
            plot.ShowLegend(Alignment.LowerRight);
        }

        PlotFile.Label(plot, title, "number of habitats k", name);
        return PlotFile.Save(plot, stem, options ?? new PlotOptions());
    }

    private static double ValueOf(ClusterCountScore score, ClusterCountCriterion criterion) =>
        criterion == ClusterCountCriterion.Silhouette ? score.Silhouette : score.Bic;
}
