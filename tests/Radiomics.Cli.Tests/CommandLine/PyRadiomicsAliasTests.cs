using Radiomics.Tests.Support;
using System.Text.Json;

namespace Radiomics.Cli.Tests.CommandLine;

/// <summary>PyRadiomics' option spellings work as they do in <c>pyradiomics</c>, with the same result as ours.</summary>
public class PyRadiomicsAliasTests : IDisposable
{
    private readonly CliWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("-p")]
    [InlineData("--param")]
    public void ParamsAlias_LoadsTheParameterFile(string alias)
    {
        var run = CliRunner.Run("example", alias, _work.Params(), "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(CliRunner.Run("example", "--params", _work.Params(), "--format", "json").Output, run.Output);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.True(json.RootElement.TryGetProperty("original_firstorder_Mean", out _));
        Assert.DoesNotContain(json.RootElement.EnumerateObject(), p => p.Name.Contains("_glcm_", StringComparison.Ordinal));
    }

    [Fact]
    public void OutAlias_WritesTheFile()
    {
        string outPath = _work.Path("features.json");

        var run = CliRunner.Run("example", "-p", _work.Params(), "-o", outPath);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Empty(run.Output);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(outPath));
        Assert.True(json.RootElement.GetProperty("original_firstorder_Mean").GetDouble() > 0);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("txt")]
    public void FormatAlias_SameOutputAsTheLongForm(string format)
    {
        var shortForm = CliRunner.Run("example", "-p", _work.Params(), "-f", format);
        var longForm = CliRunner.Run("example", "-p", _work.Params(), "--format", format == "txt" ? "table" : format);

        Assert.True(shortForm.ExitCode == 0, shortForm.Error);
        Assert.Equal(longForm.Output, shortForm.Output);
        if (format == "txt")
        {
            Assert.Contains(shortForm.Output.Split('\n'), line => line.StartsWith("original_firstorder_Mean ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void SettingAlias_OverridesTheSetting()
    {
        var run = CliRunner.Run("example", "-p", _work.Params(), "-s", "binWidth:7", "-f", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Contains("\"binWidth\":7,", json.RootElement.GetProperty("diagnostics_Configuration_Settings").GetString());
    }

    [Fact]
    public void LabelAlias_SelectsTheLabel()
    {
        var (image, mask) = _work.Case(twoLabels: true);
        string parameters = _work.Params();

        var label2 = CliRunner.Run("extract", image, mask, "-p", parameters, "-l", "2", "-f", "json");
        var long2 = CliRunner.Run("extract", image, mask, "-p", parameters, "--label", "2", "-f", "json");
        var label1 = CliRunner.Run("extract", image, mask, "-p", parameters, "-l", "1", "-f", "json");

        Assert.True(label2.ExitCode == 0, label2.Error);
        Assert.Equal(long2.Output, label2.Output);
        Assert.NotEqual(label1.Output, label2.Output);
    }

    [Fact]
    public void JobsAlias_RunsTheCasesInParallel()
    {
        string csv = _work.CaseList(2);

        var run = CliRunner.Run("batch", csv, "-p", _work.Params(), "-o", _work.Path("out.csv"), "-j", "2");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("2 job(s)", run.Error);
    }

    /// <summary>GLCM distances beyond the lesion leave no voxel pairs: every GLCM feature is NaN.</summary>
    [Fact]
    public void SkipNans_LeavesOutTheNaNFeatures()
    {
        string[] args = ["example", "-s", "distances:30", "-f", "json"];

        var all = CliRunner.Run(args);
        var skipped = CliRunner.Run([.. args, "--skip-nans"]);

        Assert.True(all.ExitCode == 0, all.Error);
        Assert.True(skipped.ExitCode == 0, skipped.Error);
        using JsonDocument withNans = JsonDocument.Parse(all.Output), without = JsonDocument.Parse(skipped.Output);
        var nans = withNans.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == "NaN").Select(p => p.Name).ToList();
        Assert.Contains("original_glcm_Contrast", nans);
        Assert.All(nans, name => Assert.False(without.RootElement.TryGetProperty(name, out _), name));
        Assert.Equal(withNans.RootElement.EnumerateObject().Count() - nans.Count, without.RootElement.EnumerateObject().Count());
    }

    [Fact]
    public void SkipNans_InABatch_LeavesThemOutOfEachRecord()
    {
        string csv = _work.CaseList(1);
        string[] args = ["batch", csv, "-s", "distances:60", "-o", _work.Path("out.jsonl")];

        var all = CliRunner.Run(args);
        string withNans = File.ReadAllText(_work.Path("out.jsonl"));
        var skipped = CliRunner.Run([.. args, "--skip-nans"]);

        Assert.True(all.ExitCode == 0, all.Error);
        Assert.True(skipped.ExitCode == 0, skipped.Error);
        Assert.Contains("\"original_glcm_Contrast\": \"NaN\"", withNans);
        string line = File.ReadAllLines(_work.Path("out.jsonl")).Single();
        Assert.DoesNotContain("NaN", line);
        Assert.DoesNotContain("original_glcm_Contrast", line);
        Assert.Contains("original_firstorder_Mean", line);
    }

    [Theory]
    [InlineData("1", false, false)]
    [InlineData("2", false, false)]
    [InlineData("3", true, false)]
    [InlineData("4", true, false)]
    [InlineData("5", true, true)]
    [InlineData(null, true, false)]
    public void VerbosityAlias_MapsPyRadiomicsLevels(string? level, bool progress, bool detailed)
    {
        string csv = _work.CaseList(1);
        string[] verbosity = level is null ? ["-v"] : ["-v", level];

        var run = CliRunner.Run(["batch", csv, "-p", _work.Params(), "-o", _work.Path("out.csv"), .. verbosity]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(progress, run.Error.Contains("[1/1] case P000 ok", StringComparison.Ordinal));
        Assert.Equal(detailed, run.Error.Contains(" values", StringComparison.Ordinal));
        Assert.Contains("radiomics batch: 1 case(s), 1 result row(s), 0 failed", run.Error);
    }

    [Fact]
    public void ModeAndOutDirAliases_WriteVoxelMaps()
    {
        string outDir = _work.Path("maps");

        var run = CliRunner.Run("extract", TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask, "-m", "voxel", "-od", outDir,
            "--features", "firstorder_Mean");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(outDir, "original_firstorder_Mean.nrrd")));
    }
}
