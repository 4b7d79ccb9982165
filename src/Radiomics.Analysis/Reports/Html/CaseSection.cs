using System.Globalization;
using System.Text;
using Radiomics.Analysis.Reports.Plots;
using static Radiomics.Analysis.Reports.Html.HtmlText;

namespace Radiomics.Analysis.Reports.Html;

/// <summary>
/// Writes one case's section (<c>section.case[data-case]</c>): warnings, each region's slice views and histogram,
/// re-segmentation's effect, key and full diagnostics, and either every feature (a single-case report) or the features
/// in which the case is an outlier of the cohort.
/// </summary>
internal static class CaseSection
{
    public static void Write(StringBuilder html, CaseReport report, string anchor, bool listFeatures,
        IReadOnlyList<(string Feature, double Value, double Z)> outlying, Func<string, string> featureAnchor, IReadOnlySet<string> shared)
    {
        html.Append($"<section class=\"case\" id=\"{anchor}\" data-case=\"{Escape(report.Id)}\"");
        if (report.Label is { } label)
        {
            html.Append($" data-label=\"{label}\"");
        }

        html.Append($"><h2>Case {Escape(report.Id)}{(report.Label is { } l ? $" <span class=\"muted\">label {l}</span>" : "")}</h2>");
        if (report.ImagePath is not null || report.MaskPath is not null)
        {
            html.Append($"<p class=\"muted\">image <code>{Escape(report.ImagePath)}</code>; mask <code>{Escape(report.MaskPath)}</code></p>");
        }

        html.Append($"<p>Modality {report.Modality}{(report.Window is null ? "" : $"; window {Escape(report.Window)}")}.</p>");
        WriteWarnings(html, report);
        foreach (string note in report.Notes)
        {
            html.Append($"<p class=\"muted\">Note: {Escape(note)}</p>");
        }

        for (int r = 0; r < report.Regions.Count; r++)
        {
            WriteRegion(html, report.Regions[r], $"{anchor}-r{r}");
        }

        if (report.Resegmentation is { } reseg)
        {
            html.Append($"<p class=\"reseg\">Re-segmentation {Escape(reseg.Range)}: {reseg.Removed} of {reseg.Before} voxels removed "
                + $"({(100 * reseg.RemovedFraction).ToString("0.#", CultureInfo.InvariantCulture)}%), {reseg.After} kept.</p>");
        }
        else
        {
            html.Append("<p class=\"reseg muted\">No re-segmentation.</p>");
        }

        if (report.KeyDiagnostics.Count > 0)
        {
            html.Append("<h3>Diagnostics</h3><div class=\"scroll\"><table class=\"diagnostics\"><tbody>");
            foreach (var (name, value) in report.KeyDiagnostics)
            {
                html.Append($"<tr><th scope=\"row\">{Escape(name)}</th><td class=\"hash\">{Escape(value)}</td></tr>");
            }

            html.Append("</tbody></table></div>");
        }

        var own = report.Diagnostics.Where(d => !shared.Contains(d.Key)).ToList();
        if (own.Count > 0)
        {
            html.Append($"<details><summary>All diagnostics ({own.Count}{(shared.Count > 0 ? $"; {shared.Count} more shared by every case, listed under Cases" : "")})</summary>"
                + "<div class=\"scroll\"><table class=\"all-diagnostics\"><tbody>");
            foreach (var (name, value) in own)
            {
                html.Append($"<tr><th scope=\"row\"><code>{Escape(name)}</code></th><td class=\"hash\">{Escape(value)}</td></tr>");
            }

            html.Append("</tbody></table></div></details>");
        }

        if (listFeatures)
        {
            WriteFeatures(html, report);
        }
        else
        {
            WriteOutlying(html, outlying, featureAnchor);
        }

        html.Append("</section>");
    }

    private static void WriteWarnings(StringBuilder html, CaseReport report)
    {
        if (report.Warnings.Count == 0)
        {
            html.Append("<p class=\"ok\">No warnings.</p>");
            return;
        }

        html.Append("<ul class=\"warnings\">");
        foreach (ReportWarning warning in report.Warnings)
        {
            html.Append($"<li data-warning=\"{WarningCode(warning.Kind)}\">{Escape(warning.Message)}</li>");
        }

        html.Append("</ul>");
    }

    private static void WriteRegion(StringBuilder html, RegionReport region, string id)
    {
        html.Append($"<div class=\"region\" data-region=\"{Escape(region.Name)}\"><h3><span style=\"color:{region.Colour}\">&#9632;</span> {Escape(region.Name)} "
            + $"<span class=\"muted\">({region.VoxelCount} voxels)</span></h3><div class=\"pair\"><div class=\"views{(region.Views.Count < 4 ? " few" : "")}\">");
        foreach (SliceView view in region.Views)
        {
            string name = $"{view.Plane.ToString().ToLowerInvariant()}-{(view.Choice == SliceChoice.Centre ? "centre" : "largest")}";
            string caption = $"{view.Plane} slice {view.SliceIndex}, {(view.Choice == SliceChoice.Centre ? "centre" : "largest cross-section")} ({view.RegionVoxels} voxels)";
            html.Append($"<figure class=\"view\" data-view=\"{name}\"><img class=\"slice\" src=\"{PngUri(view.Image.Png)}\" width=\"{view.Image.DisplayWidth}\" "
                + $"height=\"{view.Image.DisplayHeight}\" alt=\"{Escape(view.Image.Alt)}\"><figcaption>{Escape(caption)}</figcaption></figure>");
        }

        html.Append("</div>");
        if (region.Histogram is { } histogram)
        {
            html.Append($"<figure class=\"histogram\" data-region=\"{Escape(region.Name)}\">");
            SvgHistogram.Write(html, histogram, id + "-h", $"Intensities inside the {region.Name}", region.Colour);
            html.Append($"<figcaption>Intensities inside the {Escape(region.Name)}, {Escape(histogram.Source)}"
                + (histogram.BinEdges.Length > 1 ? $"; grey lines: the {histogram.BinEdges.Length - 1} discretisation bins" : "")
                + (histogram.Thresholds.Length > 0 ? "; dashed: re-segmentation range" : "")
                + (histogram.Removed.Any(c => c > 0) ? "; red: removed voxels" : "") + ".</figcaption></figure>");
        }

        html.Append("</div></div>");
    }

    private static void WriteFeatures(StringBuilder html, CaseReport report)
    {
        html.Append($"<h3>Features ({report.Features.Count})</h3><div class=\"scroll\"><table class=\"features sortable\"><thead><tr>"
            + "<th scope=\"col\"><button type=\"button\">Feature</button></th><th scope=\"col\"><button type=\"button\">Value</button></th></tr></thead><tbody>");
        foreach (var (name, value) in report.Features)
        {
            html.Append($"<tr data-feature=\"{Escape(name)}\"><td><code>{Escape(name)}</code></td><td class=\"num\" data-sort=\"{SortKey(value)}\">{Number(value)}</td></tr>");
        }

        html.Append("</tbody></table></div>");
    }

    private static void WriteOutlying(StringBuilder html, IReadOnlyList<(string Feature, double Value, double Z)> outlying, Func<string, string> featureAnchor)
    {
        if (outlying.Count == 0)
        {
            html.Append("<p class=\"muted\">Not an outlier in any feature.</p>");
            return;
        }

        html.Append($"<details class=\"outlying\"><summary>Outlier in {outlying.Count} feature(s)</summary><ul>");
        foreach (var (feature, value, z) in outlying)
        {
            html.Append($"<li><a href=\"#{featureAnchor(feature)}\"><code>{Escape(feature)}</code></a> = {Number(value)} (robust z {z.ToString("0.0", CultureInfo.InvariantCulture)})</li>");
        }

        html.Append("</ul></details>");
    }

    /// <summary>The kebab-case code of a warning kind (e.g. "small-roi").</summary>
    public static string WarningCode(WarningKind kind)
    {
        var code = new StringBuilder();
        foreach (char c in kind.ToString())
        {
            if (char.IsUpper(c) && code.Length > 0)
            {
                code.Append('-');
            }

            code.Append(char.ToLowerInvariant(c));
        }

        return code.ToString();
    }
}
