using Microsoft.Playwright;
using Radiomics.Tests.Support;

namespace Radiomics.Reports.BrowserTests;

/// <summary>
/// The system's headless Chromium driven by Playwright, shared by the tests of a class. Playwright's own browser
/// download is never used. Without Chromium the tests skip with a message, except under CI=true, where they fail
/// (CI installs the Debian package <c>chromium</c>).
/// </summary>
public sealed class SystemChromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>The launch arguments: headless, no sandbox (root in containers), no GPU, and nothing that reaches the network.</summary>
    public static readonly string[] Arguments =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Arguments });
    }

    /// <summary>The browser, or a skip (a failure under CI) when Chromium is not installed.</summary>
    public IBrowser Require()
    {
        if (Browser is not null)
        {
            return Browser;
        }

        string message = $"Chromium not found at {ExecutablePath}: install it (Debian: apt-get install -y chromium) to run the report's browser tests.";
        if (TestData.IsCi)
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return null!;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
