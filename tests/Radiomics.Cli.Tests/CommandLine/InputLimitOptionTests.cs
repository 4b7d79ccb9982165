using System.Text.Json;

namespace Radiomics.Cli.Tests.CommandLine;

/// <summary>
/// Issue #25 in the declared command line: <c>--max-voxels N</c> and <c>--allow-outside-paths</c> on the commands
/// that read images, the exit-status rule of docs/limits.md (a setting is an input wherever it is given: exit 1; a
/// malformed option: exit 2), combinations of settings refused before any input is read, and the error line's last
/// guard against control characters.
/// </summary>
public class InputLimitOptionTests : IDisposable
{
    private static readonly string[] ReadImages = ["extract", "batch", "convert"];

    private readonly CliWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void LimitOptions_AreDeclaredAndListedByExactlyTheCommandsThatReadImages()
    {
        foreach (var (path, command) in Program.CreateTool().Runnable)
        {
            string[] names = command.Declaration.Options.Select(o => o.Name).ToArray();
            string help = CliRunner.Run([.. path.Split(' '), "--help"]).Output;
            bool reads = ReadImages.Contains(path);

            Assert.True(reads == names.Contains("--max-voxels"), $"{path}: --max-voxels declared: {!reads}");
            Assert.True(reads == names.Contains("--allow-outside-paths"), $"{path}: --allow-outside-paths declared: {!reads}");
            Assert.True(reads == help.Contains("--max-voxels N", StringComparison.Ordinal), $"{path}: help lists --max-voxels N: {!reads}");
            Assert.True(reads == help.Contains("docs/limits.md", StringComparison.Ordinal), $"{path}: help points to docs/limits.md: {!reads}");
        }
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("abc")]
    [InlineData("1.5")]
    public void MaxVoxels_NotAWholeNumberOfAtLeastOne_IsACommandLineError(string value)
    {
        var (image, mask) = _work.Case();

        foreach (string[] args in new string[][] { ["extract", image, mask], ["convert", image, "--out", _work.Path("c.nii")], ["batch", _work.CaseList(1)] })
        {
            OneLine.AssertError(CliRunner.Run([.. args, "--max-voxels", value]), 2, $"{args[0]}: --max-voxels needs a whole number of voxels", $"'{value}'");
        }
    }

    [Fact]
    public void MaxVoxels_BelowTheImage_RefusesItNamingTheLimit()
    {
        var (image, mask) = _work.Case();

        OneLine.AssertError(CliRunner.Run("extract", image, mask, "--max-voxels", "100"), 1, image, "the limit of 100 voxels", "--max-voxels");
        OneLine.AssertError(CliRunner.Run("convert", image, "--out", _work.Path("c.nii"), "--max-voxels", "100"), 1, image, "the limit of 100 voxels");
        Assert.False(File.Exists(_work.Path("c.nii")));
    }

    [Fact]
    public void MaxVoxels_InABatch_FailsEachCaseItRefuses()
    {
        string csv = _work.CaseList(2);

        var run = CliRunner.Run("batch", csv, "--out", _work.Path("out.csv"), "--max-voxels", "100", "-v", "quiet");

        Assert.True(run.ExitCode == 3, run.Error);
        string[] errors = File.ReadAllLines(_work.Path("out.errors.csv"));
        Assert.Equal(3, errors.Length); // header + both cases
        Assert.All(errors.Skip(1), line => Assert.Contains("the limit of 100 voxels", line));
    }

    [Fact]
    public void MaxVoxels_AboveTheImage_ChangesNothing()
    {
        var (image, mask) = _work.Case();
        string parameters = _work.Params();

        var limited = CliRunner.Run("extract", image, mask, "-p", parameters, "-f", "json", "--max-voxels", "1000000");
        var plain = CliRunner.Run("extract", image, mask, "-p", parameters, "-f", "json");

        Assert.True(limited.ExitCode == 0, limited.Error);
        Assert.NotEmpty(Features(limited.Output));
        Assert.Equal(Features(plain.Output), Features(limited.Output));
    }

    [Fact]
    public void SettingCombinationThatCannotRun_IsRefusedBeforeAnyInputIsRead()
    {
        string parameters = _work.Path("shape2d.yaml");
        File.WriteAllText(parameters, "featureClass:\n  shape2D:\n");
        string missing = _work.Path("missing.nii");

        OneLine.AssertError(CliRunner.Run("extract", missing, missing, "-p", parameters), 1, "shape2D", "force2D");
        OneLine.AssertError(CliRunner.Run("batch", _work.CaseList(1), "-p", parameters, "--out", _work.Path("b.csv")), 1, "shape2D", "force2D");
        Assert.False(File.Exists(_work.Path("b.csv")));
    }

    [Fact]
    public void BadSettingValue_ExitsOne_FromTheParameterFileAndFromSettingAlike()
    {
        var (image, mask) = _work.Case();
        string parameters = _work.Path("bad.yaml");
        File.WriteAllText(parameters, "setting:\n  binWidth: -2\n");

        OneLine.AssertError(CliRunner.Run("extract", image, mask, "-p", parameters), 1, "binWidth", "> 0");
        OneLine.AssertError(CliRunner.Run("extract", image, mask, "--setting", "binWidth:-2"), 1, "--setting", "binWidth", "> 0");
        OneLine.AssertError(CliRunner.Run("extract", image, mask, "--setting", "binWidth"), 2, "--setting needs KEY:VALUE");
    }

    [Theory]
    [InlineData("bad\u001b[31mname", "bad\\x1B[31mname")]
    [InlineData("two\nlines", "two\\nlines")]
    public void UnknownCommand_IsQuotedWithItsControlCharactersEscaped(string name, string shown)
    {
        var run = CliRunner.Run(name);

        OneLine.AssertError(run, 2, $"unknown command '{shown}'");
        Assert.DoesNotContain('\u001b', run.Error);
    }

    [Fact]
    public void ErrorLine_QuotingInput_IsEscapedAndCut()
    {
        var (image, _) = _work.Case();
        string longName = _work.Path("m\u001b[2J" + new string('x', 5000) + ".nii");

        var run = CliRunner.Run("extract", image, longName);

        OneLine.AssertError(run, 1, "\\x1B[2J");
        Assert.DoesNotContain('\u001b', run.Error);
        Assert.True(run.Error.Length < 2100, $"{run.Error.Length} characters");
    }

    /// <summary>The feature values of a JSON result (the diagnostics, which hold timings, left out).</summary>
    private static List<string> Features(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateObject()
            .Where(p => !p.Name.StartsWith("diagnostics_", StringComparison.Ordinal))
            .Select(p => $"{p.Name}={p.Value.GetRawText()}")
            .ToList();
}
