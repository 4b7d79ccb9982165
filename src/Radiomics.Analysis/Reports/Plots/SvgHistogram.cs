using System.Text;
using static Radiomics.Analysis.Reports.Html.HtmlText;

namespace Radiomics.Analysis.Reports.Plots;

/// <summary>
/// Draws an <see cref="IntensityHistogram"/> as inline SVG: the kept voxels' bars, the removed voxels' bars stacked in
/// red, the discretisation's bin edges as thin grey lines (every k-th when more than <see cref="MaximumEdgeLines"/> fall in
/// the range) and the re-segmentation thresholds dashed. A title and description make it readable without sight.
/// </summary>
internal static class SvgHistogram
{
    public const int MaximumEdgeLines = 200;
    private const double Width = 360, Height = 150, Left = 44, Right = 8, Top = 8, Bottom = 30;

    public static void Write(StringBuilder html, IntensityHistogram h, string id, string title, string colour)
    {
        double plotWidth = Width - Left - Right, plotHeight = Height - Top - Bottom, baseline = Top + plotHeight;
        int maxCount = 1;
        long kept = 0, removed = 0;
        for (int i = 0; i < h.Kept.Length; i++)
        {
            maxCount = Math.Max(maxCount, h.Kept[i] + h.Removed[i]);
            kept += h.Kept[i];
            removed += h.Removed[i];
        }

        double X(double v) => Left + (v - h.Lower) / (h.Upper - h.Lower) * plotWidth;
        double Y(double count) => baseline - count / maxCount * plotHeight;
        double[] edges = h.BinEdges.Where(e => e >= h.Lower && e <= h.Upper).ToArray();
        int stride = Math.Max(1, (edges.Length + MaximumEdgeLines - 1) / MaximumEdgeLines);
        double[] thresholds = h.Thresholds.Where(t => t >= h.Lower && t <= h.Upper).ToArray();

        string description = $"{kept} voxels from {Number(h.Lower)} to {Number(h.Upper)} in {h.Kept.Length} bars; "
            + (h.BinEdges.Length > 1 ? $"{h.BinEdges.Length - 1} discretisation bins (edges {Number(h.BinEdges[0])} to {Number(h.BinEdges[^1])})"
                + (stride > 1 ? $", every {stride}th edge drawn" : "") + " as grey lines" : "no discretisation edges")
            + (removed > 0 ? $"; {removed} voxels removed by re-segmentation in red" : "")
            + (thresholds.Length > 0 ? $"; re-segmentation thresholds {string.Join(", ", thresholds.Select(Number))} dashed" : "")
            + $"; intensities {h.Source}.";
        html.Append($"<svg class=\"plot\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\">");
        html.Append($"<title id=\"{id}-t\">{Escape(title)}</title><desc id=\"{id}-d\">{Escape(description)}</desc>");
        html.Append($"<path fill=\"{colour}\" stroke=\"#5c4a00\" stroke-width=\"0.3\" d=\"{Bars(h.Kept, null, X, Y, h)}\"/>");
        if (removed > 0)
        {
            html.Append($"<path fill=\"#d1242f\" d=\"{Bars(h.Removed, h.Kept, X, Y, h)}\"/>");
        }

        if (edges.Length > 0)
        {
            var path = new StringBuilder();
            for (int i = 0; i < edges.Length; i += stride)
            {
                path.Append($"M{Coordinate(X(edges[i]))},{Top}V{Coordinate(baseline)}");
            }

            html.Append($"<path stroke=\"#444\" stroke-opacity=\"0.45\" stroke-width=\"0.6\" d=\"{path}\"/>");
        }

        foreach (double t in thresholds)
        {
            html.Append($"<path stroke=\"#d1242f\" stroke-dasharray=\"4 3\" d=\"M{Coordinate(X(t))},{Top}V{Coordinate(baseline)}\"/>");
        }

        html.Append($"<path stroke=\"#333\" fill=\"none\" d=\"M{Left},{Top}V{Coordinate(baseline)}H{Width - Right}\"/>");
        html.Append($"<text x=\"{Left - 4}\" y=\"{Top + 9}\" text-anchor=\"end\" class=\"tick\">{maxCount}</text>");
        html.Append($"<text x=\"{Left - 4}\" y=\"{Coordinate(baseline)}\" text-anchor=\"end\" class=\"tick\">0</text>");
        html.Append($"<text x=\"{Left}\" y=\"{Coordinate(baseline + 13)}\" class=\"tick\">{Escape(Number(h.Lower))}</text>");
        html.Append($"<text x=\"{Width - Right}\" y=\"{Coordinate(baseline + 13)}\" text-anchor=\"end\" class=\"tick\">{Escape(Number(h.Upper))}</text>");
        html.Append($"<text x=\"{Coordinate(Left + plotWidth / 2)}\" y=\"{Height - 3}\" text-anchor=\"middle\" class=\"tick\">intensity</text>");
        html.Append("</svg>");
    }

    /// <summary>One path of bars: bar i from <paramref name="under"/>[i] (0 when null) up by <paramref name="counts"/>[i].</summary>
    private static string Bars(int[] counts, int[]? under, Func<double, double> x, Func<double, double> y, IntensityHistogram h)
    {
        var path = new StringBuilder();
        for (int i = 0; i < counts.Length; i++)
        {
            if (counts[i] == 0)
            {
                continue;
            }

            double floor = under?[i] ?? 0;
            double x0 = x(h.Lower + i * h.BinWidth), x1 = x(h.Lower + (i + 1) * h.BinWidth);
            path.Append($"M{Coordinate(x0)},{Coordinate(y(floor))}V{Coordinate(y(floor + counts[i]))}H{Coordinate(x1)}V{Coordinate(y(floor))}Z");
        }

        return path.ToString();
    }
}
