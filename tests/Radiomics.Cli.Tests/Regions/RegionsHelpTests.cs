using System.Text.RegularExpressions;

namespace Radiomics.Cli.Tests.Regions;

/// <summary>The help of roi, habitats and delta lists every option their brief names; the root help lists the commands.</summary>
public sealed class RegionsHelpTests
{
    [Theory]
    [InlineData("roi", "MASK", "--ring D", "--grow D", "--shrink D", "--rim D", "--clip MASK", "--subtract MASK", "--largest-component", "--fill-holes", "--label N", "--series DIR", "--out FILE")]
    [InlineData("habitats", "CASES.csv", "--params FILE", "--images COLUMNS", "--k K", "--k-range MIN-MAX", "--criterion C", "--method M", "--population", "--seed S", "--jobs N", "--format F", "--seg", "--extract", "--out-dir DIR")]
    [InlineData("delta", "TABLE", "--subject COLUMN", "--timepoint COLUMN", "--time COLUMN", "--mode M", "--baseline first|VALUE", "--out FILE", "--id COLUMN", "--features REGEX", "--clinical FILE")]
    public void Help_ListsEveryOption(string command, params string[] options)
    {
        var run = CliRunner.Run(command, "--help");

        Assert.Equal(0, run.ExitCode);
        string help = Regex.Replace(run.Output, @"\s+", " ");
        foreach (string option in options)
        {
            Assert.Contains(option, help);
        }

        Assert.Contains("docs/", help);
    }

    [Fact]
    public void RootHelp_ListsTheCommands()
    {
        string help = CliRunner.Run("--help").Output;

        Assert.Contains("\n  roi ", help);
        Assert.Contains("\n  habitats ", help);
        Assert.Contains("\n  delta ", help);
    }
}
