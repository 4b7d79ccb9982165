using System.Globalization;
using System.Text;
using Radiomics.Analysis.Habitats;
using Radiomics.Cli.Output;
using Radiomics.IO;

namespace Radiomics.Cli.Commands.Regions;

/// <summary>
/// The criterion curve of a habitat clustering (silhouette or BIC against k) as a small self-contained SVG: axes with
/// ticks, the curve, a dot per k and the chosen k marked. Deterministic text (no clock, fixed number formats), written
/// atomically. Failed candidates are left out of the curve.
/// </summary>
internal static class CriterionPlot
{
    private const double Width = 480, Height = 320, Left = 64, Right = 20, Top = 36, Bottom = 48;

    public static void Write(string path, string title, IReadOnlyList<ClusterCountScore> scores, ClusterCountCriterion criterion, int chosen)
    {
        var points = scores
            .Select(s => (K: s.ClusterCount, Value: criterion == ClusterCountCriterion.Silhouette ? s.Silhouette : s.Bic))
            .Where(p => double.IsFinite(p.Value))
            .ToArray();
        string name = criterion == ClusterCountCriterion.Silhouette ? "mean silhouette" : "BIC (mclust sign, larger is better)";
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">\n"));
        svg.Append(Invariant($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n"));
        svg.Append(Invariant($"<text x=\"{Width / 2}\" y=\"20\" text-anchor=\"middle\" font-size=\"14\">{Escape(title)}</text>\n"));
        if (points.Length > 0)
        {
            int kLow = points.Min(p => p.K), kHigh = points.Max(p => p.K);
            double low = points.Min(p => p.Value), high = points.Max(p => p.Value);
            double pad = high > low ? 0.08 * (high - low) : Math.Max(1e-3, Math.Abs(high) * 0.1);
            (low, high) = (low - pad, high + pad);
            double X(int k) => Left + (kHigh > kLow ? (k - kLow) / (double)(kHigh - kLow) : 0.5) * (Width - Left - Right);
            double Y(double v) => Top + (high - v) / (high - low) * (Height - Top - Bottom);
            svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"black\"/>\n"));
            svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"black\"/>\n"));
            for (int k = kLow; k <= kHigh; k++)
            {
                svg.Append(Invariant($"<text x=\"{X(k):0.##}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{k}</text>\n"));
            }

            for (int t = 0; t <= 4; t++)
            {
                double v = low + t * (high - low) / 4;
                svg.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{Y(v) + 4:0.##}\" text-anchor=\"end\">{v.ToString("G4", CultureInfo.InvariantCulture)}</text>\n"));
                svg.Append(Invariant($"<line x1=\"{Left - 3}\" y1=\"{Y(v):0.##}\" x2=\"{Left}\" y2=\"{Y(v):0.##}\" stroke=\"black\"/>\n"));
            }

            svg.Append("<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\" points=\"")
               .Append(string.Join(" ", points.Select(p => Invariant($"{X(p.K):0.##},{Y(p.Value):0.##}"))))
               .Append("\"/>\n");
            foreach (var (k, value) in points)
            {
                string fill = k == chosen ? "#d62728" : "#1f77b4";
                double radius = k == chosen ? 6 : 4;
                svg.Append(Invariant($"<circle cx=\"{X(k):0.##}\" cy=\"{Y(value):0.##}\" r=\"{radius}\" fill=\"{fill}\"><title>k = {k}: {value.ToString("R", CultureInfo.InvariantCulture)}</title></circle>\n"));
            }
        }

        svg.Append(Invariant($"<text x=\"{(Width + Left - Right) / 2}\" y=\"{Height - 10}\" text-anchor=\"middle\">number of habitats k (chosen: {chosen}, red)</text>\n"));
        svg.Append(Invariant($"<text transform=\"translate(14 {(Height - Bottom + Top) / 2}) rotate(-90)\" text-anchor=\"middle\">{Escape(name)}</text>\n"));
        svg.Append("</svg>\n");
        AtomicFile.WriteText(path, writer => writer.Write(svg.ToString()));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
