using Radiomics.Cli.Tests.Analysis;
using Radiomics.Cli.Tests.CommandLine;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Regions;

/// <summary>
/// The command lines of docs/regions.md, docs/habitats.md and docs/delta-radiomics.md (their <c>sh</c> blocks) and the
/// help examples of roi, habitats and delta run as written from the repository root: <c>tests/data/…</c> is the test
/// data, and what they write lands in a temporary folder; the figures the docs quote are checked.
/// </summary>
public sealed class RegionsDocTests : IDisposable
{
    private static readonly string[] OutputOptions = ["--out", "-o", "--out-dir", "-od"];
    private static readonly string[] OutputExtensions = [".csv", ".json", ".nii.gz", ".nrrd", ".dcm"];

    private readonly CliWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void RegionsDoc_RunsAsWritten()
    {
        string[] errors = RunDoc("regions.md");

        Assert.Contains("8142 voxels, 16487.55 mm³; wrote", errors[0]);
        Assert.Equal(8142, RegionData.Voxels(_work.Path("ring5.nii.gz")).Count(v => v == 1));
        Assert.Equal(-19.97297961188897, AnalysisData.Read(_work.Path("peritumoral.csv"), "^peritumoral_").Column(2)[0], 12);
        Assert.True(File.Exists(_work.Path("regions-batch.csv")));
    }

    [Fact]
    public void HabitatsDoc_RunsAsWritten()
    {
        string[] errors = RunDoc("habitats.md");

        Assert.Contains("case planted (1/1): 3 habitats (silhouette 0.851)", errors[0]);
        var table = AnalysisData.Read(Path.Combine(_work.Path("habitats"), "habitats.csv"), idColumn: "ID");
        Assert.Equal(0.8509851382606265, table[0, table.IndexOfFeature("habitats_Silhouette_k3")], 12);
        Assert.True(File.Exists(Path.Combine(_work.Path("habitats-map"), "planted_habitats.nii.gz")));
        Assert.True(File.Exists(Path.Combine(_work.Path("ct-habitats"), "habitat-model.json")));
    }

    [Fact]
    public void DeltaDoc_RunsAsWritten()
    {
        string[] errors = RunDoc("delta-radiomics.md");

        Assert.All(errors, e => Assert.Single(AnalysisData.Warnings(e)));
        Assert.True(File.Exists(_work.Path("delta.csv.provenance.json")));
        Assert.True(File.Exists(_work.Path("slopes.csv")));
    }

    [Fact]
    public void HelpExamples_RunAsWritten()
    {
        var tool = Program.CreateTool();
        foreach (string command in new[] { "roi", "habitats", "delta" })
        {
            foreach (var example in tool.Lookup(command)!.Examples)
            {
                Run(example.CommandLine);
            }
        }
    }

    /// <summary>Runs every command of the doc in order; their standard errors.</summary>
    private string[] RunDoc(string doc)
    {
        string[] lines = DocShell.Commands(doc);
        Assert.NotEmpty(lines);
        return [.. lines.Select(Run)];
    }

    private string Run(string line)
    {
        string[] words = DocShell.Words(line);
        Assert.Equal("radiomics", words[0]);
        string[] args = [.. words.Skip(1).Select((w, i) => Place(w, i > 0 && OutputOptions.Contains(words[i])))];
        var run = CliRunner.Run(args);
        Assert.True(run.ExitCode == 0, $"{line}: exit {run.ExitCode}: {run.Error}");
        return run.Error;
    }

    /// <summary>A path under tests/data made absolute; a file or folder the commands write put in the temporary folder.</summary>
    private string Place(string word, bool afterOutputOption) =>
        word.StartsWith("tests/data/", StringComparison.Ordinal) ? Path.Combine(TestData.Root, word["tests/data/".Length..])
        : !word.StartsWith('-') && !word.Contains('/') && (afterOutputOption || OutputExtensions.Any(e => word.EndsWith(e, StringComparison.Ordinal))) ? _work.Path(word)
        : word;
}
