using System.Text;
using static Radiomics.Analysis.Reports.Html.HtmlText;

namespace Radiomics.Analysis.Reports.Plots;

/// <summary>
/// A feature's distribution over the cohort as a small inline SVG: a 20-bar histogram of the finite values, the
/// median as a dark line and each outlying case as a red tick under the axis.
/// </summary>
internal static class SvgDistribution
{
    private const int Bars = 20;
    private const double Width = 260, Height = 64, Pad = 6, Baseline = 48;

    /// <summary>Appends the feature's figure (an <c>svg</c> element with a title and description) to <paramref name="html"/>.</summary>
    /// <param name="html">The page being written.</param>
    /// <param name="id">The element's id (an anchor the feature name links to).</param>
    /// <param name="feature">The feature's name (the figure's title).</param>
    /// <param name="values">The feature's values over the cohort; non-finite ones are left out of the bars.</param>
    /// <param name="median">The median of the finite values, drawn as a line.</param>
    /// <param name="outliers">The values of the outlying cases.</param>
    /// <param name="description">The figure's text description, for screen readers.</param>
    public static void Write(StringBuilder html, string id, string feature, ReadOnlySpan<double> values, double median, IReadOnlyList<double> outliers, string description)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in values)
        {
            if (double.IsFinite(v))
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }

        html.Append($"<svg class=\"plot\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\">");
        html.Append($"<title id=\"{id}-t\">Distribution of {Escape(feature)}</title><desc id=\"{id}-d\">{Escape(description)}</desc>");
        if (double.IsFinite(min))
        {
            double span = max > min ? max - min : 1, lower = max > min ? min : min - 0.5;
            double X(double v) => Pad + (v - lower) / span * (Width - 2 * Pad);
            var counts = new int[Bars];
            foreach (double v in values)
            {
                if (double.IsFinite(v))
                {
                    counts[Math.Clamp((int)((v - lower) / span * Bars), 0, Bars - 1)]++;
                }
            }

            int top = Math.Max(1, counts.Max());
            var path = new StringBuilder();
            double barWidth = (Width - 2 * Pad) / Bars;
            for (int i = 0; i < Bars; i++)
            {
                if (counts[i] > 0)
                {
                    double height = counts[i] * (Baseline - Pad) / top;
                    path.Append($"M{Coordinate(Pad + i * barWidth)},{Baseline}v-{Coordinate(height)}h{Coordinate(barWidth)}v{Coordinate(height)}Z");
                }
            }

            html.Append($"<path fill=\"#8fb3d9\" d=\"{path}\"/>");
            if (double.IsFinite(median))
            {
                html.Append($"<path stroke=\"#1b1f24\" stroke-width=\"1.5\" d=\"M{Coordinate(X(median))},{Pad}V{Baseline}\"/>");
            }

            if (outliers.Count > 0)
            {
                var ticks = new StringBuilder();
                foreach (double v in outliers)
                {
                    ticks.Append($"M{Coordinate(X(v))},{Baseline + 2}v8");
                }

                html.Append($"<path stroke=\"#d1242f\" stroke-width=\"2\" d=\"{ticks}\"/>");
            }

            html.Append($"<path stroke=\"#333\" d=\"M{Pad},{Baseline}H{Width - Pad}\"/>");
            html.Append($"<text x=\"{Pad}\" y=\"{Height - 2}\" class=\"tick\">{Escape(Number(min))}</text>");
            html.Append($"<text x=\"{Width - Pad}\" y=\"{Height - 2}\" text-anchor=\"end\" class=\"tick\">{Escape(Number(max))}</text>");
        }
        else
        {
            html.Append($"<text x=\"{Width / 2}\" y=\"{Height / 2}\" text-anchor=\"middle\" class=\"tick\">no finite values</text>");
        }

        html.Append("</svg>");
    }
}
