using Radiomics.Cli.Tests.CommandLine;

namespace Radiomics.Cli.Tests.Analysis;

/// <summary>The help of the analysis commands lists every option the brief of each command names, and the shared table options.</summary>
public sealed class AnalysisHelpTests
{
    private static readonly string[] TableOptions = ["--id COLUMN", "--features REGEX", "--clinical FILE"];

    [Theory]
    [InlineData("icc", "Recommended: without it", "TABLE --subject COLUMN --rater COLUMN", "--type TYPES", "--out FILE")]
    [InlineData("harmonize fit", "Recommended: without it", "TABLE --batch COLUMN", "--covariates A,B", "--categorical A,B", "--nonparametric", "--mean-only", "--reference-batch NAME", "--model FILE", "--out FILE")]
    [InlineData("harmonize apply", "Default: the model's features", "TABLE --model FILE --out FILE")]
    public void Help_ListsEveryOption(string path, string featuresDefault, params string[] options)
    {
        var run = CliRunner.Run([.. path.Split(' '), "--help"]);

        Assert.Equal(0, run.ExitCode);
        string synopsis = OneSpace(run.Output[..run.Output.IndexOf("\n\n", StringComparison.Ordinal)]);
        foreach (string option in options.Concat(TableOptions))
        {
            Assert.Contains(option, synopsis);
        }

        Assert.Contains(featuresDefault, OneSpace(run.Output));
        Assert.Contains("unknown output extension", OneSpace(run.Output));
    }

    [Fact]
    public void RootHelp_ListsIccAndHarmonize()
    {
        string help = CliRunner.Run("--help").Output;

        Assert.Contains("\n  icc ", help);
        Assert.Contains("\n  harmonize ", help);
    }

    [Fact]
    public void HarmonizeHelp_ShowsBothSubcommands()
    {
        var run = CliRunner.Run("harmonize", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("usage: radiomics harmonize fit TABLE", run.Output);
        Assert.Contains("radiomics harmonize apply TABLE", run.Output);
    }

    private static string OneSpace(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
