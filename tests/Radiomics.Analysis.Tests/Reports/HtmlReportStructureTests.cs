using HtmlAgilityPack;
using Radiomics.Analysis.Reports;
using Radiomics.Analysis.Tests.Reports.Support;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Tests.Support;

namespace Radiomics.Analysis.Tests.Reports;

/// <summary>The page's structure, parsed with HtmlAgilityPack: sections, views, histograms, feature rows, links, self-containment.</summary>
public sealed class HtmlReportStructureTests
{
    private static readonly Lazy<ReportDocument> Cohort = new(() => ReportFixtures.Cohort(10, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)) with
    {
        Failures = [new CaseFailure("11", [new("ID", "S010"), new("Image", "missing.nii.gz")], "missing.nii.gz: file not found")],
        Tables = [new ReportTable("Robustness", "icc.csv", ["feature", "icc"], [["original_firstorder_Mean", "0.93"], ["not_a_feature_x", "0.5"]])],
        Compliance = [new ComplianceSummary("IBSI 1", "not run", ["2 known deviations"])],
    });

    [Fact]
    public void SingleCase_IbsiCtPhantom_OneSectionSixOverlaysOneHistogramAndEveryFeature()
    {
        ImageData image = ImageReader.Read(TestData.IbsiCtPhantomImage), mask = ImageReader.Read(TestData.IbsiCtPhantomMask);
        var (result, recorded) = ReportFixtures.Extract(image, mask, ExtractionParameters.Default);
        CaseReport report = CaseReportBuilder.Build(new CaseReportData("phantom", image, mask, result.Entries) { Recorded = recorded });
        HtmlDocument html = Parse(HtmlReportWriter.Render(new ReportDocument("CT phantom", [report])));

        HtmlNode section = Assert.Single(Nodes(html, "//section[@data-case]"));
        Assert.Equal("phantom", section.GetAttributeValue("data-case", ""));
        HtmlNode region = Assert.Single(Nodes(section, ".//div[@class='region']"));
        string[] views = Nodes(region, ".//figure[contains(@class,'view')]").Select(f => f.GetAttributeValue("data-view", "")).ToArray();
        Assert.Equal(["axial-centre", "axial-largest", "coronal-centre", "coronal-largest", "sagittal-centre", "sagittal-largest"], views);
        Assert.All(Nodes(region, ".//figure[contains(@class,'view')]"), f => Assert.Single(Nodes(f, ".//img")));
        Assert.Single(Nodes(section, ".//figure[@class='histogram']"));
        string[] rows = Nodes(section, ".//table[contains(@class,'features')]/tbody/tr").Select(r => r.GetAttributeValue("data-feature", "")).ToArray();
        Assert.Equal(result.Features.Select(f => f.Key), rows);
        AssertSelfContained(html);
    }

    [Fact]
    public void Cohort_OneSectionPerCase_OneRowPerCase_OneDistributionPerFeature()
    {
        HtmlDocument html = Parse(HtmlReportWriter.Render(Cohort.Value));
        string[] expected = Cohort.Value.Cases.Select(c => c.Id).ToArray();

        Assert.Equal(expected, Nodes(html, "//section[@data-case]").Select(s => s.GetAttributeValue("data-case", "")));
        Assert.Equal(expected, Nodes(html, "//table[@id='cases']/tbody/tr").Select(r => r.GetAttributeValue("data-case", "")));
        Assert.Equal(10, Nodes(html, "//table[@id='cases']//img[@class='thumb']").Count);
        foreach (HtmlNode section in Nodes(html, "//section[@data-case]"))
        {
            Assert.Equal(6, Nodes(section, ".//figure[contains(@class,'view')]").Count);
            Assert.Single(Nodes(section, ".//figure[@class='histogram']"));
        }

        string[] features = Cohort.Value.Cases[0].Features.Select(f => f.Key).ToArray();
        Assert.Equal(features, Nodes(html, "//div[@class='distribution']").Select(d => d.GetAttributeValue("data-feature", "")));
        Assert.Single(Nodes(html, "//section[@id='correlation']//figure[@data-heatmap]"));
        AssertSelfContained(html);
    }

    [Fact]
    public void Cohort_OutlierOfTheBrightCase_IsNamedAndLinkedToItsSection()
    {
        HtmlDocument html = Parse(HtmlReportWriter.Render(Cohort.Value));
        HtmlNode mean = Assert.Single(Nodes(html, "//div[@data-feature='original_firstorder_Mean']"));
        HtmlNode link = Assert.Single(Nodes(mean, ".//p[@class='outliers']/a"));
        Assert.Equal("S003", link.InnerText);
        string target = link.GetAttributeValue("href", "")[1..];
        Assert.Equal("S003", html.GetElementbyId(target).GetAttributeValue("data-case", ""));

        // Every in-page link lands on an element of the page.
        foreach (HtmlNode a in Nodes(html, "//a[starts-with(@href,'#')]"))
        {
            Assert.NotNull(html.GetElementbyId(a.GetAttributeValue("href", "")[1..]));
        }
    }

    [Fact]
    public void Cohort_FailuresTablesAndCompliance_AreShown()
    {
        HtmlDocument html = Parse(HtmlReportWriter.Render(Cohort.Value));
        HtmlNode failure = Assert.Single(Nodes(html, "//section[@id='failures']//tbody/tr"));
        Assert.Contains("file not found", failure.InnerText);
        HtmlNode[] stage = Nodes(html, "//section[@id='table-1']//tbody/tr").ToArray();
        Assert.Equal(2, stage.Length);
        Assert.Equal("#feature-original_firstorder_Mean", Assert.Single(Nodes(stage[0], ".//a")).GetAttributeValue("href", ""));
        Assert.Empty(Nodes(stage[1], ".//a"));
        Assert.Contains("IBSI 1", Nodes(html, "//section[@id='compliance']").Single().InnerText);
    }

    [Fact]
    public void Render_SameDocument_SameBytes_AndOnlyTheTimestampDiffersBetweenRuns()
    {
        string first = HtmlReportWriter.Render(Cohort.Value);
        string again = HtmlReportWriter.Render(ReportFixtures.Cohort(10, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)) with
        {
            Failures = Cohort.Value.Failures,
            Tables = Cohort.Value.Tables,
            Compliance = Cohort.Value.Compliance,
        });
        Assert.Equal(first, again);

        string later = HtmlReportWriter.Render(Cohort.Value with { GeneratedAt = new DateTimeOffset(2027, 6, 7, 8, 9, 10, TimeSpan.Zero) });
        Assert.Equal(first.Replace("2026-01-02T03:04:05Z", "2027-06-07T08:09:10Z"), later);
    }

    [Fact]
    public void Images_AllHaveTextAlternatives()
    {
        HtmlDocument html = Parse(HtmlReportWriter.Render(Cohort.Value));
        Assert.All(Nodes(html, "//img"), img => Assert.False(string.IsNullOrWhiteSpace(img.GetAttributeValue("alt", ""))));
        Assert.All(Nodes(html, "//svg"), svg => Assert.True(svg.GetAttributeValue("role", "") == "img"
            && (svg.GetAttributeValue("aria-labelledby", "") != "" || svg.GetAttributeValue("aria-label", "") != "")));
        Assert.Equal("en", html.DocumentNode.SelectSingleNode("//html").GetAttributeValue("lang", ""));
    }

    [Fact]
    public void Cohort_SizePerCase_StaysSmall()
    {
        // 100 cases must fit in a few MB: a case's section and table row stay under 25 kB, the cohort sections under 300 kB.
        HtmlDocument html = Parse(HtmlReportWriter.Render(Cohort.Value));
        double perCase = Nodes(html, "//section[@data-case]").Concat(Nodes(html, "//table[@id='cases']/tbody/tr")).Sum(n => n.OuterHtml.Length) / 10.0;
        int cohort = Nodes(html, "//section[@id='distributions' or @id='correlation']").Sum(n => n.OuterHtml.Length);
        Assert.True(perCase < 25_000, $"{perCase} characters per case");
        Assert.True(cohort < 300_000, $"{cohort} characters of cohort sections");
    }

    /// <summary>No src, href or url() leaves the file: only in-page anchors and data: URIs.</summary>
    private static void AssertSelfContained(HtmlDocument html)
    {
        string text = html.DocumentNode.OuterHtml;
        Assert.DoesNotContain("http:", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", text, StringComparison.OrdinalIgnoreCase);
        foreach (HtmlNode node in html.DocumentNode.Descendants())
        {
            foreach (string attribute in new[] { "src", "href", "xlink:href", "action", "srcset" })
            {
                string value = node.GetAttributeValue(attribute, "");
                if (value.Length > 0)
                {
                    Assert.True(value.StartsWith('#') || value.StartsWith("data:image/png;base64,", StringComparison.Ordinal), $"<{node.Name} {attribute}=\"{value[..Math.Min(60, value.Length)]}\">");
                    Assert.False(value.StartsWith("//", StringComparison.Ordinal));
                }
            }
        }
    }

    private static HtmlDocument Parse(string page)
    {
        var html = new HtmlDocument();
        html.LoadHtml(page);
        Assert.Empty(html.ParseErrors);
        return html;
    }

    private static IReadOnlyList<HtmlNode> Nodes(HtmlDocument html, string xpath) => Nodes(html.DocumentNode, xpath);

    private static IReadOnlyList<HtmlNode> Nodes(HtmlNode node, string xpath) => node.SelectNodes(xpath)?.ToList() ?? [];
}
