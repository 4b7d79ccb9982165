using System.Globalization;
using System.Text;
using Radiomics.Analysis.Reports.Rendering;
using Radiomics.Analysis.Reports.Statistics;
using Radiomics.Analysis.Statistics;
using static Radiomics.Analysis.Reports.Html.HtmlText;

namespace Radiomics.Analysis.Reports.Plots;

/// <summary>
/// The features' Spearman correlation matrix as a heat map (blue −1, white 0, red +1, grey undefined), features
/// ordered by average-linkage clustering on 1 − |ρ| (R's <c>hclust(as.dist(1 - abs(rho)), method = "average")$order</c>,
/// the clustering the feature selection's cluster filter uses: <see cref="AverageLinkage"/>), so that blocks of redundant
/// features show as squares on the diagonal. The matrix is a PNG (one cell a few pixels) inside an SVG that labels the
/// rows when there are few enough to read; the order is also listed, and a small script reads out the pair under the
/// pointer (with ρ for up to <see cref="MaximumReadoutFeatures"/> features).
/// </summary>
internal static class CorrelationHeatMap
{
    public const int MaximumLabelledFeatures = 80;
    public const int MaximumReadoutFeatures = 150;
    private const int TargetSide = 600, Steps = 100;

    /// <summary>
    /// The leaf order of average linkage on 1 − |ρ|; an undefined ρ (a constant feature, too few complete rows) counts
    /// as the largest distance found, so such features gather at one end.
    /// </summary>
    internal static int[] ClusterOrder(double[] rho, int n)
    {
        if (n < 2)
        {
            return Enumerable.Range(0, n).ToArray();
        }

        var distance = new double[n * n];
        double largest = 0;
        foreach (double r in rho)
        {
            largest = double.IsNaN(r) ? largest : Math.Max(largest, 1 - Math.Abs(r));
        }

        for (int i = 0; i < distance.Length; i++)
        {
            distance[i] = double.IsNaN(rho[i]) ? largest : 1 - Math.Abs(rho[i]);
        }

        return AverageLinkage.Cluster(distance, n).LeafOrder();
    }

    public static void Write(StringBuilder html, IReadOnlyList<string> names, IReadOnlyList<double[]> columns, Func<string, string> featureAnchor)
    {
        int n = names.Count;
        double[] rho = SpearmanMatrix.Of(columns);
        int[] order = ClusterOrder(rho, n);
        int cell = Math.Max(1, TargetSide / n), side = cell * n;
        var pixels = new byte[side * side];
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                byte index = Index(rho[order[r] * n + order[c]]);
                for (int y = 0; y < cell; y++)
                {
                    pixels.AsSpan((r * cell + y) * side + c * cell, cell).Fill(index);
                }
            }
        }

        byte[] png = PngEncoder.Encode(pixels, side, side, Palette());
        bool labelled = n <= MaximumLabelledFeatures;
        double labelWidth = labelled ? Math.Min(320, 6.2 * names.Max(s => s.Length) + 8) : 0;
        double font = Math.Min(11, Math.Max(6, cell * 0.9));
        string[] ordered = order.Select(i => names[i]).ToArray();

        html.Append("<figure class=\"heatmap\" data-heatmap=\"\" data-names=\"").Append(Escape(NamesJson(ordered))).Append('"');
        if (n <= MaximumReadoutFeatures)
        {
            html.Append(" data-values=\"").Append(string.Join(",", order.SelectMany(r => order.Select(c => Value(rho[r * n + c]))))).Append('"');
        }

        html.Append("><div class=\"scroll\">");
        html.Append($"<svg role=\"img\" aria-label=\"Spearman correlation heat map of {n} features, hierarchically ordered (average linkage on 1 − |ρ|); blue negative, red positive\" ");
        html.Append($"width=\"{Coordinate(labelWidth + side)}\" height=\"{side}\" viewBox=\"0 0 {Coordinate(labelWidth + side)} {side}\">");
        if (labelled)
        {
            for (int r = 0; r < n; r++)
            {
                html.Append($"<text x=\"{Coordinate(labelWidth - 4)}\" y=\"{Coordinate(r * cell + cell / 2.0 + font / 3)}\" text-anchor=\"end\" font-size=\"{Coordinate(font)}\">{Escape(ordered[r])}</text>");
            }
        }

        html.Append($"<image class=\"matrix\" x=\"{Coordinate(labelWidth)}\" y=\"0\" width=\"{side}\" height=\"{side}\" href=\"{PngUri(png)}\"/>");
        html.Append("</svg></div>");
        html.Append("<p class=\"legend\"><span class=\"swatch\" style=\"background:linear-gradient(90deg,#2166ac,#ffffff,#b2182b)\"></span> ρ from −1 (blue) through 0 (white) to +1 (red); grey: undefined (constant feature or fewer than 3 paired values). ");
        html.Append("Pointer over a cell: <output class=\"readout\">—</output></p>");
        html.Append($"<figcaption>Spearman correlation of {n} features over the cases; rows and columns in the same clustered order.</figcaption>");
        html.Append($"<details><summary>The order ({n} features)</summary><ol class=\"order\">");
        foreach (string name in ordered)
        {
            html.Append($"<li><a href=\"#{featureAnchor(name)}\">{Escape(name)}</a></li>");
        }

        html.Append("</ol></details></figure>");
    }

    /// <summary>Palette index of ρ: 0 for NaN, else 1 + round((ρ + 1) / 2 · Steps).</summary>
    private static byte Index(double r) => double.IsNaN(r) ? (byte)0 : (byte)(1 + Math.Round((Math.Clamp(r, -1, 1) + 1) / 2 * Steps));

    private static int[] Palette()
    {
        var colours = new int[Steps + 2];
        colours[0] = 0xBBBBBB;
        for (int k = 0; k <= Steps; k++)
        {
            double t = 2.0 * k / Steps - 1; // ρ
            (int r, int g, int b) from = t < 0 ? (0x21, 0x66, 0xAC) : (0xB2, 0x18, 0x2B);
            double w = Math.Abs(t);
            int Mix(int c) => (int)Math.Round(255 + (c - 255) * w);
            colours[k + 1] = (Mix(from.r) << 16) | (Mix(from.g) << 8) | Mix(from.b);
        }

        return colours;
    }

    private static string Value(double r) => double.IsNaN(r) ? "NaN" : r.ToString("0.00", CultureInfo.InvariantCulture);

    private static string NamesJson(IEnumerable<string> names)
    {
        var json = new StringBuilder("[");
        foreach (string name in names)
        {
            json.Append(json.Length > 1 ? "," : "").Append('"');
            foreach (char c in name)
            {
                json.Append(c switch { '"' => "\\\"", '\\' => "\\\\", < ' ' => $"\\u{(int)c:x4}", _ => c.ToString() });
            }

            json.Append('"');
        }

        return json.Append(']').ToString();
    }
}
