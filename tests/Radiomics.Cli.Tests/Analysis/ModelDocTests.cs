using Radiomics.Analysis.Tests.Plots;
using Radiomics.Benchmarks.Analysis;
using Radiomics.Cli.Tests.CommandLine;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Analysis;

/// <summary>
/// docs/modelling.md's worked study and README's model commands run as written from the repository root: the cohort
/// generator line makes the cohort from the IBSI CT phantom, <c>tests/data/…</c> is the test data, and what the
/// commands write (<c>study/…</c>, bare file names) lands in a temporary folder. The bundle's predictions must equal
/// the step-by-step ones bit for bit.
/// </summary>
public sealed class ModelDocTests : IDisposable
{
    private readonly CliWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void WorkedStudy_RunsAsWritten_AndTheBundlePredictsLikeTheSteps()
    {
        string[] lines = DocShell.ShellBlocks(File.ReadAllText(Path.Combine(DocShell.RepositoryRoot(), "docs", "modelling.md"))).ToArray();

        Assert.Contains(lines, l => l.StartsWith("dotnet run --project bench/Radiomics.Benchmarks", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("radiomics bundle predict", StringComparison.Ordinal));
        foreach (string line in lines)
        {
            Run(line);
        }

        var stepwise = Rows(_work.Path("study/test-predictions.csv"));
        var bundled = Rows(_work.Path("study/bundle-predictions.csv"));
        Assert.Equal(20, stepwise.Count);
        foreach (var (id, row) in stepwise)
        {
            Assert.Equal(row["linear_predictor"], bundled[id]["linear_predictor"]);
            Assert.Equal(row["probability"], bundled[id]["probability"]);
        }

        // The metrics the page quotes are the ones the study gives.
        string doc = File.ReadAllText(Path.Combine(DocShell.RepositoryRoot(), "docs", "modelling.md"));
        int start = doc.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        using var quoted = System.Text.Json.JsonDocument.Parse(doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)]);
        using var computed = System.Text.Json.JsonDocument.Parse(File.ReadAllText(_work.Path("study/metrics.json")));
        foreach (var property in quoted.RootElement.EnumerateObject())
        {
            Assert.Equal(property.Value.ToString(), computed.RootElement.GetProperty(property.Name).ToString());
        }

        PlotAssert.IsDrawnPng(_work.Path("study/plots/roc.png"));
        PlotAssert.IsDrawnPng(_work.Path("study/plots/calibration.png"));
        PlotAssert.IsDrawnPng(_work.Path("study/cox-plots/km.png"));
    }

    [Fact]
    public void ReadmeModelCommands_RunAsWritten()
    {
        string readme = File.ReadAllText(Path.Combine(DocShell.RepositoryRoot(), "README.md"));
        string section = readme[readme.IndexOf("## Models and bundles", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        string[] lines = DocShell.ShellBlocks(section).ToArray();

        Assert.Equal(3, lines.Length);
        foreach (string line in lines)
        {
            Run(line);
        }

        PlotAssert.IsDrawnPng(_work.Path("plots/roc.png"));
    }

    private void Run(string line)
    {
        string[] words = DocShell.Words(line);
        if (words[0] == "dotnet")
        {
            Assert.Equal(["dotnet", "run", "--project", "bench/Radiomics.Benchmarks", "-c", "Release", "--", "cohort", "study"], words);
            SyntheticCohort.Write(Path.Combine(TestData.Root, "ibsi1", "ct_phantom", "nifti"), _work.Path("study"));
            return;
        }

        Assert.Equal("radiomics", words[0]);
        var run = CliRunner.Run(words.Skip(1).Select(Place).ToArray());
        Assert.True(run.ExitCode == 0, $"{line}: exit {run.ExitCode}: {run.Error}");
    }

    /// <summary>Test data made absolute; what the commands write (study/…, a bare file or folder name) put in the temporary folder.</summary>
    private string Place(string word) =>
        word.StartsWith("tests/data/", StringComparison.Ordinal) ? Path.Combine(TestData.Root, word["tests/data/".Length..])
        : word.StartsWith("study/", StringComparison.Ordinal) || (!word.StartsWith('-') && !word.Contains('/') && (word == "plots" || new[] { ".json", ".csv", ".rbundle" }.Any(e => word.EndsWith(e, StringComparison.Ordinal)))) ? _work.Path(word)
        : word;

    /// <summary>A predictions CSV (no quoted commas) as ID → column → text.</summary>
    private static Dictionary<string, Dictionary<string, string>> Rows(string path)
    {
        string[] lines = File.ReadAllLines(path);
        string[] header = lines[0].Split(',');
        return lines.Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0], c => header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => c[p.i]));
    }
}
