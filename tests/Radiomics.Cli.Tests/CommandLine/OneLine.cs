namespace Radiomics.Cli.Tests.CommandLine;

/// <summary>Checks of the tool's error contract: one line <c>radiomics: error: …</c>, the expected exit status.</summary>
internal static class OneLine
{
    public static void AssertError((int ExitCode, string Output, string Error) run, int exitCode, params string[] naming)
    {
        Assert.True(run.ExitCode == exitCode, $"exit {run.ExitCode}, expected {exitCode}: {run.Error}");
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("radiomics: error: ", run.Error);
        Assert.DoesNotContain("internal error", run.Error);
        Assert.DoesNotContain("Exception", run.Error);
        foreach (string part in naming)
        {
            Assert.Contains(part, run.Error);
        }
    }
}
