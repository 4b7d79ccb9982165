using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Radiomics.Analysis.Tests.Reports.Support;

namespace Radiomics.Reports.BrowserTests;

/// <summary>
/// The report as a reader gets it: opened from a file:// URL in headless Chromium, offline, with its script running.
/// </summary>
public sealed class ReportInBrowserTests : IClassFixture<SystemChromium>, IClassFixture<ReportPages>
{
    private readonly SystemChromium _chromium;
    private readonly ReportPages _pages;

    public ReportInBrowserTests(SystemChromium chromium, ReportPages pages)
    {
        _chromium = chromium;
        _pages = pages;
    }

    [Theory]
    [InlineData("cohort")]
    [InlineData("single")]
    public async Task Load_FromFile_NoConsoleErrors_NothingFetchedFromElsewhere(string which)
    {
        await using IBrowserContext context = await NewContext(1280, 800);
        IPage page = await context.NewPageAsync();
        var problems = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(which == "cohort" ? _pages.Cohort : _pages.Single, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        Assert.Empty(problems);
        Assert.All(requests, url => Assert.True(url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), url));
        Assert.True(await page.EvaluateAsync<bool>("() => Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)"), "every image decodes");
    }

    [Fact]
    public async Task SortByVoxels_AscendingThenDescending()
    {
        await using IBrowserContext context = await NewContext(1280, 800);
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(_pages.Cohort);
        ILocator header = page.Locator("#cases thead th", new() { HasText = "ROI voxels" });

        await header.Locator("button").ClickAsync();
        double[] ascending = await VoxelColumn(page);
        Assert.Equal("ascending", await header.GetAttributeAsync("aria-sort"));
        Assert.Equal(ascending.Order(), ascending);
        Assert.Equal(_pages.CohortCases, ascending.Length);

        await header.Locator("button").ClickAsync();
        double[] descending = await VoxelColumn(page);
        Assert.Equal("descending", await header.GetAttributeAsync("aria-sort"));
        Assert.Equal(ascending.OrderDescending(), descending);
        Assert.NotEqual(ascending, descending);
    }

    [Fact]
    public async Task OutlierLink_ScrollsToTheCaseSection()
    {
        await using IBrowserContext context = await NewContext(1280, 800);
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(_pages.Cohort);
        ILocator section = page.Locator("section[data-case='S003']");
        Assert.False(await InViewport(section), "the section should start out of view");

        await page.Locator("div[data-feature='original_firstorder_Mean'] p.outliers a", new() { HasText = "S003" }).ClickAsync();

        await page.WaitForFunctionAsync("() => location.hash.length > 1");
        string id = await section.GetAttributeAsync("id") ?? "";
        Assert.Equal("#" + id, await page.EvaluateAsync<string>("() => location.hash"));
        Assert.True(await InViewport(section), "the linked case's section is on screen");
        Assert.True(await section.IsVisibleAsync());
    }

    [Fact]
    public async Task Screenshot_IsNotBlank()
    {
        await using IBrowserContext context = await NewContext(1280, 800);
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(_pages.Cohort);
        byte[] png = await page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Png });

        var (width, height, colours) = TestPng.DecodeColours(png);
        Assert.Equal((1280, 800), (width, height));
        int white = colours.Count(c => c == 0xFFFFFF);
        Assert.True(colours.Distinct().Count() > 50, "a rendered report has many colours");
        Assert.True(white < 0.97 * colours.Length, $"{white} of {colours.Length} pixels are white");
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(1366, 768)]
    [InlineData(1024, 700)]
    public async Task Layout_FitsTheWindowWidth(int width, int height)
    {
        await using IBrowserContext context = await NewContext(width, height);
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(_pages.Cohort);
        int scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"the page is {scrollWidth} px wide in a {width} px window");
    }

    [Fact]
    public async Task Print_HidesNavigation_OnePagePerCase()
    {
        await using IBrowserContext context = await NewContext(1280, 800);
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(_pages.Cohort);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator("nav").IsVisibleAsync());

        byte[] pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = false });
        int pages = CountPages(pdf);
        Assert.True(pages >= _pages.CohortCases + 1, $"{pages} PDF pages for {_pages.CohortCases} cases (each case starts a page)");
    }

    [Fact]
    public async Task HeatMap_PointerReadsOutThePair()
    {
        await using IBrowserContext context = await NewContext(1280, 800);
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(_pages.Cohort);
        ILocator matrix = page.Locator("#correlation .matrix");
        await matrix.ScrollIntoViewIfNeededAsync();
        await matrix.HoverAsync(new LocatorHoverOptions { Position = new Position { X = 5, Y = 5 } });

        string readout = await page.Locator("#correlation .readout").InnerTextAsync();
        Assert.Contains(" × ", readout);
        Assert.Contains("ρ = 1.00", readout); // the top-left cell is a feature with itself
    }

    private async Task<IBrowserContext> NewContext(int width, int height) =>
        await _chromium.Require().NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Offline = true });

    private static async Task<double[]> VoxelColumn(IPage page)
    {
        IReadOnlyList<string> cells = await page.Locator("#cases tbody tr td:nth-child(3)").AllInnerTextsAsync();
        return cells.Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray();
    }

    private static Task<bool> InViewport(ILocator element) =>
        element.EvaluateAsync<bool>("e => { const r = e.getBoundingClientRect(); return r.top >= -1 && r.top < window.innerHeight; }");

    /// <summary>The number of page objects in a PDF ("/Type /Page" not followed by "s").</summary>
    private static int CountPages(byte[] pdf)
    {
        string text = Encoding.Latin1.GetString(pdf);
        int count = 0;
        for (int at = text.IndexOf("/Type /Page", StringComparison.Ordinal); at >= 0; at = text.IndexOf("/Type /Page", at + 1, StringComparison.Ordinal))
        {
            count += at + 11 < text.Length && text[at + 11] != 's' ? 1 : 0;
        }

        return count;
    }
}
