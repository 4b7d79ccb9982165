using System.Globalization;
using System.Text;
using Radiomics.Analysis.Reports.Html;
using static Radiomics.Analysis.Reports.Html.HtmlText;

namespace Radiomics.Analysis.Reports;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one self-contained HTML page: style sheet, script and images (PNG data
/// URIs, inline SVG) embedded, no reference to anything outside the file, so it opens offline and can be mailed or
/// archived as it is. The same document gives the same bytes (<see cref="ReportDocument.GeneratedAt"/> is the only
/// field that changes between runs; leave it null for identical files).
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>Cohort sections need at least this many cases with features (distributions and correlations).</summary>
    public const int MinimumCohort = 3;

    /// <summary>Writes the page of <paramref name="document"/> to <paramref name="writer"/> (UTF-8 text, "\n" line ends).</summary>
    public static void Write(TextWriter writer, ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Render(document));
    }

    /// <summary>The page as a string.</summary>
    public static string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        IReadOnlyList<CaseReport> cases = document.Cases;
        var anchors = new Anchors();
        string[] caseAnchors = cases.Select(c => anchors.For("case", c.Id + (c.Label is { } l ? $"-label-{l}" : ""))).ToArray();
        string FeatureAnchor(string name) => anchors.For("feature", name);
        CohortStatistics statistics = CohortStatistics.Of(cases, document.Thresholds.OutlierZ);
        bool single = cases.Count == 1 && document.Failures.Count == 0;
        bool distributions = cases.Count >= MinimumCohort && statistics.Table.FeatureCount > 0;
        bool correlation = distributions && statistics.Table.FeatureCount >= 2;
        var known = new HashSet<string>(statistics.Table.FeatureNames, StringComparer.Ordinal);

        var html = new StringBuilder(1 << 16);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append($"<meta name=\"generator\" content=\"{Escape(document.Generator)}\"><title>{Escape(document.Title)}</title><style>{ReportStyles.Css}</style></head>\n<body>");
        html.Append($"<header><h1>{Escape(document.Title)}</h1><p class=\"muted\">{cases.Count} case(s) with features");
        html.Append(document.Failures.Count > 0 ? $", {document.Failures.Count} failed" : "");
        html.Append($", {statistics.Table.FeatureCount} feature(s){(document.Source is null ? "" : $"; from {Escape(document.Source)}")}. Made by {Escape(document.Generator)}");
        if (document.GeneratedAt is { } at)
        {
            string stamp = at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            html.Append($" on <time datetime=\"{stamp}\">{stamp}</time>");
        }

        html.Append(".</p><nav aria-label=\"Sections\"><ul>");
        if (!single)
        {
            html.Append("<li><a href=\"#summary\">Cases</a></li>");
        }

        html.Append(document.Failures.Count > 0 ? $"<li><a href=\"#failures\">Failures ({document.Failures.Count})</a></li>" : "");
        html.Append(distributions ? "<li><a href=\"#distributions\">Distributions</a></li>" : "");
        html.Append(correlation ? "<li><a href=\"#correlation\">Correlation</a></li>" : "");
        for (int t = 0; t < document.Tables.Count; t++)
        {
            html.Append($"<li><a href=\"#table-{t + 1}\">{Escape(document.Tables[t].Title)}</a></li>");
        }

        html.Append(single && cases.Count == 1 ? $"<li><a href=\"#{caseAnchors[0]}\">Case</a></li>" : "<li><a href=\"#details\">Case details</a></li>");
        html.Append("<li><a href=\"#compliance\">Compliance</a></li><li><a href=\"#about\">About</a></li></ul></nav></header>\n<main>");

        // Diagnostics every case shares (versions, settings, parameter source) are listed once, under the case table.
        HashSet<string> common = cases.Count >= 2 ? CommonDiagnostics(cases) : [];
        if (!single)
        {
            Html.CohortSections.CaseTable(html, cases, caseAnchors, statistics);
            Html.CohortSections.CommonDiagnostics(html, cases.Count == 0 ? [] : cases[0].Diagnostics.Where(d => common.Contains(d.Key)).ToList());
            html.Append("</section>");
        }

        if (document.Failures.Count > 0)
        {
            Html.CohortSections.Failures(html, document.Failures);
        }

        if (distributions)
        {
            Html.CohortSections.Distributions(html, statistics, caseAnchors, FeatureAnchor);
        }

        if (correlation)
        {
            Html.CohortSections.Correlation(html, statistics, FeatureAnchor);
        }

        for (int t = 0; t < document.Tables.Count; t++)
        {
            Html.CohortSections.Table(html, document.Tables[t], $"table-{t + 1}", name => distributions && known.Contains(name) ? FeatureAnchor(name) : null);
        }

        html.Append(single ? "\n<section id=\"details\">" : "\n<section id=\"details\"><h2 class=\"noprint\">Case details</h2>");
        for (int c = 0; c < cases.Count; c++)
        {
            CaseSection.Write(html, cases[c], caseAnchors[c], listFeatures: !distributions, distributions ? statistics.OutlyingFeatures(c) : [], FeatureAnchor, common);
            html.Append('\n');
        }

        html.Append("</section>");
        Html.CohortSections.Compliance(html, document.Compliance);
        About(html, document.Thresholds);
        html.Append($"</main><footer>{Escape(document.Generator)}: a self-contained page; nothing is loaded from elsewhere.</footer>");
        html.Append($"<script>{ReportScript.Js}</script></body></html>\n");
        return html.ToString();
    }

    /// <summary>The diagnostics present with the same value in every case.</summary>
    private static HashSet<string> CommonDiagnostics(IReadOnlyList<CaseReport> cases)
    {
        var common = cases[0].Diagnostics.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
        foreach (CaseReport report in cases.Skip(1))
        {
            var values = report.Diagnostics.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
            foreach (string key in common.Keys.ToList())
            {
                if (!values.TryGetValue(key, out string? value) || value != common[key])
                {
                    common.Remove(key);
                }
            }
        }

        return [.. common.Keys];
    }

    private static void About(StringBuilder html, ReportThresholds t)
    {
        string N(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
        html.Append("<section id=\"about\"><h2>About this report</h2><ul>");
        html.Append("<li>Slices: axial, coronal and sagittal (radiological display: patient right on the left) through the region's centre of mass and through its largest "
            + "cross-section, framed on its bounding box plus a quarter of its extent or 10 mm. The outline is drawn on the pixels just outside the region. "
            + "CT is shown at W400/L40 (soft tissue); other modalities between the ROI's 1st and 99th percentiles.</li>");
        html.Append("<li>Histograms: the intensities inside the region; for the ROI, as the features saw them when the extraction recorded them, with the discretisation's bin edges "
            + "(grey lines), the re-segmentation range (dashed) and the removed voxels (red).</li>");
        html.Append($"<li>Warnings: ROI under {t.MinimumVoxels} voxels; more than {t.MaximumComponents} connected component(s); spacing ratio above {N(t.MaximumSpacingRatio)}; "
            + $"ROI touching the image border; CT intensities in the ROI outside [{N(t.CtPlausibleRange.Lower)}, {N(t.CtPlausibleRange.Upper)}] HU, PET below {N(t.PetMinimum)}; "
            + $"resampling by more than {N(t.MaximumResamplingFactor)}×; re-segmentation removing more than {N(100 * t.MaximumRemovedFraction)}% of the ROI.</li>");
        html.Append($"<li>Outliers: robust z = 0.6745 (x − median) / MAD beyond ±{N(t.OutlierZ)} (Iglewicz and Hoaglin). Correlation: Spearman, clustered by average linkage on 1 − |ρ|.</li>");
        html.Append("</ul></section>");
    }
}
