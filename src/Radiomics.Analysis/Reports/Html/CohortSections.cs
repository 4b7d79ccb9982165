using System.Globalization;
using System.Text;
using Radiomics.Analysis.Reports.Plots;
using static Radiomics.Analysis.Reports.Html.HtmlText;

namespace Radiomics.Analysis.Reports.Html;

/// <summary>The cohort's sections: the sortable case table, failures, feature distributions, correlations, other stages' tables and compliance.</summary>
internal static class CohortSections
{
    /// <summary>Opens the summary section with the case table (the caller closes it).</summary>
    public static void CaseTable(StringBuilder html, IReadOnlyList<CaseReport> cases, IReadOnlyList<string> anchors, CohortStatistics statistics)
    {
        bool labels = cases.Any(c => c.Label is not null);
        html.Append("<section id=\"summary\"><h2>Cases</h2><p class=\"muted\">Press a column's heading to sort by it; a case's name leads to its section.</p>");
        html.Append("<div class=\"scroll\"><table id=\"cases\" class=\"sortable\"><thead><tr>");
        html.Append(Head("Case")).Append(labels ? Head("Label") : "").Append("<th scope=\"col\">Axial view</th>")
            .Append(Head("ROI voxels")).Append(Head("Components")).Append(Head("Spacing (mm)")).Append(Head("Warnings")).Append(Head("Outlier features"));
        html.Append("</tr></thead><tbody>");
        for (int c = 0; c < cases.Count; c++)
        {
            CaseReport report = cases[c];
            string? components = report.KeyDiagnostics.FirstOrDefault(d => d.Key == "Connected components").Value;
            string? spacing = report.KeyDiagnostics.FirstOrDefault(d => d.Key == "Spacing (mm)").Value;
            int outliers = statistics.OutlyingFeatures(c).Count;
            html.Append($"<tr data-case=\"{Escape(report.Id)}\"><td data-sort=\"{Escape(report.Id)}\"><a href=\"#{anchors[c]}\">{Escape(report.Id)}</a></td>");
            if (labels)
            {
                html.Append($"<td class=\"num\">{report.Label}</td>");
            }

            html.Append("<td>");
            if (report.Thumbnail is { } thumb)
            {
                html.Append($"<img class=\"thumb\" src=\"{PngUri(thumb.Png)}\" width=\"{thumb.DisplayWidth}\" height=\"{thumb.DisplayHeight}\" alt=\"{Escape(thumb.Alt)}\">");
            }

            html.Append("</td>");
            html.Append($"<td class=\"num\" data-sort=\"{report.VoxelCount}\">{report.VoxelCount}</td>");
            html.Append($"<td class=\"num\">{Escape(components)}</td><td>{Escape(Readable(spacing))}</td>");
            html.Append($"<td data-sort=\"{report.Warnings.Count}\">{(report.Warnings.Count == 0 ? "none" : string.Join("<br>", report.Warnings.Select(w => Escape(w.Message))))}</td>");
            html.Append($"<td class=\"num\" data-sort=\"{outliers}\">{outliers}</td></tr>");
        }

        html.Append("</tbody></table></div>");
    }

    /// <summary>The diagnostics every case shares, once (closing the summary section's table).</summary>
    public static void CommonDiagnostics(StringBuilder html, IReadOnlyList<KeyValuePair<string, string>> common)
    {
        if (common.Count == 0)
        {
            return;
        }

        html.Append($"<details class=\"common\"><summary>Diagnostics shared by every case ({common.Count})</summary><div class=\"scroll\"><table><tbody>");
        foreach (var (name, value) in common)
        {
            html.Append($"<tr><th scope=\"row\"><code>{Escape(name)}</code></th><td class=\"hash\">{Escape(value)}</td></tr>");
        }

        html.Append("</tbody></table></div></details>");
    }

    public static void Failures(StringBuilder html, IReadOnlyList<CaseFailure> failures)
    {
        html.Append($"<section id=\"failures\"><h2>Failures ({failures.Count})</h2>");
        if (failures.Count == 0)
        {
            html.Append("<p class=\"ok\">Every case produced features.</p></section>");
            return;
        }

        string[] columns = failures.SelectMany(f => f.Columns.Select(c => c.Key)).Distinct(StringComparer.Ordinal).ToArray();
        html.Append("<div class=\"scroll\"><table class=\"failures sortable\"><thead><tr>").Append(Head("Row"));
        foreach (string column in columns)
        {
            html.Append(Head(column));
        }

        html.Append(Head("Error")).Append("</tr></thead><tbody>");
        foreach (CaseFailure failure in failures)
        {
            html.Append($"<tr class=\"failed\"><td class=\"num\" data-sort=\"{Escape(failure.Case)}\">{Escape(failure.Case)}</td>");
            foreach (string column in columns)
            {
                html.Append($"<td>{Escape(failure.Columns.FirstOrDefault(c => c.Key == column).Value)}</td>");
            }

            html.Append($"<td>{Escape(failure.Error)}</td></tr>");
        }

        html.Append("</tbody></table></div></section>");
    }

    public static void Distributions(StringBuilder html, CohortStatistics statistics, IReadOnlyList<string> caseAnchors, Func<string, string> featureAnchor)
    {
        var table = statistics.Table;
        html.Append($"<section id=\"distributions\"><h2>Feature distributions ({table.FeatureCount})</h2>");
        html.Append($"<p class=\"muted\">Each feature over the {table.RowCount} cases: a 20-bar histogram, the median (dark line) and the outlying cases (red ticks, named below): "
            + $"robust z = 0.6745 (x − median) / MAD beyond ±{Number(statistics.Threshold)}. Features whose MAD is 0 flag no outliers.</p>");
        foreach (var group in Enumerable.Range(0, table.FeatureCount).GroupBy(j => Group(table.FeatureNames[j])))
        {
            html.Append($"<details open><summary>{Escape(group.Key)} ({group.Count()})</summary><div class=\"grid\">");
            foreach (int j in group)
            {
                string name = table.FeatureNames[j], id = featureAnchor(name);
                int[] outliers = statistics.Outliers(j).ToArray();
                string description = $"median {Number(statistics.Medians[j])}, MAD {Number(statistics.Mads[j])}; "
                    + (outliers.Length == 0 ? "no outlying case" : $"outlying: {string.Join(", ", outliers.Select(r => table.Ids[r]))}");
                html.Append($"<div class=\"distribution\" id=\"{id}\" data-feature=\"{Escape(name)}\"><h4>{Escape(name)}</h4>");
                SvgDistribution.Write(html, id + "-p", name, table.Column(j), statistics.Medians[j], outliers.Select(r => table[r, j]).ToArray(), description);
                html.Append($"<p>median {Number(statistics.Medians[j])}, MAD {Number(statistics.Mads[j])}</p>");
                if (outliers.Length > 0)
                {
                    html.Append("<p class=\"outliers\">Outliers: ");
                    html.AppendJoin(", ", outliers.Select(r =>
                        $"<a href=\"#{caseAnchors[r]}\">{Escape(table.Ids[r])}</a> (z {statistics.Scores[j][r].ToString("0.0", CultureInfo.InvariantCulture)})"));
                    html.Append("</p>");
                }

                html.Append("</div>");
            }

            html.Append("</div></details>");
        }

        html.Append("</section>");
    }

    public static void Correlation(StringBuilder html, CohortStatistics statistics, Func<string, string> featureAnchor)
    {
        var table = statistics.Table;
        html.Append("<section id=\"correlation\"><h2>Feature correlation</h2>");
        html.Append("<p class=\"muted\">Spearman's ρ between every pair of features (pairwise complete cases). Rows and columns are ordered by average-linkage "
            + "hierarchical clustering on the distance 1 − |ρ| (as R's <code>hclust(as.dist(d), \"average\")$order</code>, the clustering of <code>radiomics select --method cluster</code>), so that groups of redundant features form squares along the diagonal.</p>");
        CorrelationHeatMap.Write(html, table.FeatureNames, Enumerable.Range(0, table.FeatureCount).Select(j => table.Column(j).ToArray()).ToArray(), featureAnchor);
        html.Append("</section>");
    }

    public static void Table(StringBuilder html, ReportTable table, string id, Func<string, string?> featureLink)
    {
        html.Append($"<section id=\"{id}\"><h2>{Escape(table.Title)}</h2><p class=\"muted\">From <code>{Escape(table.Source)}</code>, {table.Rows.Count} row(s).</p>");
        html.Append("<div class=\"scroll\"><table class=\"stage sortable\"><thead><tr>");
        foreach (string column in table.Header)
        {
            html.Append(Head(column));
        }

        html.Append("</tr></thead><tbody>");
        bool featureColumn = table.Header.Count > 0 && table.Header[0].Equals("feature", StringComparison.OrdinalIgnoreCase);
        foreach (IReadOnlyList<string> row in table.Rows)
        {
            html.Append("<tr>");
            for (int c = 0; c < table.Header.Count; c++)
            {
                string cell = c < row.Count ? row[c] : "";
                bool numeric = double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
                string content = c == 0 && featureColumn && featureLink(cell) is { } link ? $"<a href=\"#{link}\">{Escape(cell)}</a>" : Escape(cell);
                html.Append(numeric ? $"<td class=\"num\" data-sort=\"{Escape(cell)}\">{content}</td>" : $"<td>{content}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div></section>");
    }

    public static void Compliance(StringBuilder html, IReadOnlyList<ComplianceSummary> compliance)
    {
        html.Append("<section id=\"compliance\"><h2>Compliance of this build</h2>");
        if (compliance.Count == 0)
        {
            html.Append($"<p class=\"muted\">No compliance verdict was given to this report: {Escape(ComplianceSection.HowToRun)}.</p></section>");
            return;
        }

        html.Append("<ul>");
        foreach (ComplianceSummary suite in compliance)
        {
            html.Append($"<li><strong>{Escape(suite.Suite)}</strong>: <span class=\"verdict\">{Escape(suite.Verdict)}</span>");
            if (suite.Warning is { } warning)
            {
                html.Append($"<ul class=\"warnings\"><li>{Escape(warning)}</li></ul>");
            }

            if (suite.Details.Count > 0)
            {
                html.Append("<ul>");
                foreach (string detail in suite.Details)
                {
                    html.Append($"<li>{Escape(detail)}</li>");
                }

                html.Append("</ul>");
            }

            html.Append("</li>");
        }

        html.Append("</ul></section>");
    }

    /// <summary>A diagnostics tuple with four significant digits per number, "0.977 × 0.977 × 3" (the text itself when it is no tuple).</summary>
    private static string? Readable(string? tuple)
    {
        if (tuple is not ['(', .., ')'])
        {
            return tuple;
        }

        string[] parts = tuple[1..^1].Split(',', StringSplitOptions.TrimEntries);
        return parts.All(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            ? string.Join(" × ", parts.Select(p => double.Parse(p, CultureInfo.InvariantCulture).ToString("G4", CultureInfo.InvariantCulture)))
            : tuple;
    }

    /// <summary>A feature's group: image type and class, e.g. "original_glcm" (the whole name when it has no two underscores).</summary>
    private static string Group(string feature)
    {
        int second = feature.IndexOf('_', feature.IndexOf('_') + 1);
        return second > 0 ? feature[..second] : feature;
    }

    private static string Head(string name) => $"<th scope=\"col\"><button type=\"button\">{Escape(name)}</button></th>";
}
