namespace Radiomics.Cli.Tests.CommandLine;

/// <summary>PyRadiomics' command lines without a command word: IMAGE MASK means extract, CASES.csv means batch.</summary>
public class RootFormTests : IDisposable
{
    private readonly CliWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void ImageAndMask_MeanExtract()
    {
        var (image, mask) = _work.Case();
        string parameters = _work.Params();

        var root = CliRunner.Run(image, mask, "-p", parameters, "-f", "json");
        var extract = CliRunner.Run("extract", image, mask, "-p", parameters, "-f", "json");

        Assert.True(root.ExitCode == 0, root.Error);
        Assert.Equal(extract.Output, root.Output);
        Assert.Contains("original_firstorder_Mean", root.Output);
    }

    [Fact]
    public void OptionsBeforeThePaths_AreOptions()
    {
        var (image, mask) = _work.Case();

        var run = CliRunner.Run("-p", _work.Params(), "--format", "csv", image, mask);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("Image,Mask,diagnostics_", run.Output);
    }

    [Fact]
    public void CaseList_MeansBatch()
    {
        string csv = _work.CaseList(2);
        string rootOut = _work.Path("root.csv"), batchOut = _work.Path("batch.csv");

        var root = CliRunner.Run(csv, "-p", _work.Params(), "-o", rootOut);
        var batch = CliRunner.Run("batch", csv, "-p", _work.Params(), "-o", batchOut);

        Assert.True(root.ExitCode == 0, root.Error);
        Assert.Equal(0, batch.ExitCode);
        Assert.Equal(File.ReadAllText(batchOut), File.ReadAllText(rootOut));
        Assert.Equal(3, File.ReadAllLines(rootOut).Length);
    }

    [Theory]
    [InlineData("-x")]
    [InlineData("--nope")]
    public void UnknownOption_IsNamed_NotTakenForAPath(string option)
    {
        var (image, mask) = _work.Case();

        OneLine.AssertError(CliRunner.Run(image, mask, option), 2, $"extract: unknown option '{option}'");
        OneLine.AssertError(CliRunner.Run(option, image, mask), 2, $"unknown option '{option}'");
    }

    [Fact]
    public void OptionOfTheOtherForm_IsNamed()
    {
        var (image, mask) = _work.Case();

        OneLine.AssertError(CliRunner.Run(image, mask, "--resume"), 2, "unknown option '--resume'", "batch");
    }

    [Fact]
    public void OnePathThatIsNotACaseList_SaysWhatTheFormsAre()
    {
        var (image, _) = _work.Case();

        OneLine.AssertError(CliRunner.Run(image), 2, "IMAGE MASK", "CASES.csv");
    }

    /// <summary>Three paths are 3D Slicer's form only when the third is the .csv table (tests/Radiomics.Cli.Tests/Slicer).</summary>
    [Fact]
    public void ThreePathsWithoutACsvTable_AreNotAForm()
    {
        var (image, mask) = _work.Case();

        OneLine.AssertError(CliRunner.Run(image, mask, _work.Path("table.txt")), 2, "IMAGE MASK");
    }

    [Fact]
    public void MisspeltCommand_IsAnUnknownCommandWithASuggestion()
    {
        var (image, mask) = _work.Case();

        OneLine.AssertError(CliRunner.Run("extrct", image, mask), 2, "unknown command 'extrct'", "did you mean 'extract'");
    }
}
