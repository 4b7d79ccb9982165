using Radiomics.Analysis.Tests.Harmonisation;
using Radiomics.Cli.Tests.CommandLine;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Analysis;

/// <summary>
/// The command lines of docs/robustness.md and docs/harmonisation.md (their <c>sh</c> blocks) and the help examples of
/// the analysis commands run as written from the repository root: <c>tests/data/…</c> is the test data, and the files
/// they write land in a temporary folder.
/// </summary>
public sealed class DocCommandTests : IDisposable
{
    private readonly CliWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("robustness.md")]
    [InlineData("harmonisation.md")]
    [InlineData("selection.md")]
    public void DocCommands_RunAsWritten(string doc)
    {
        string[] lines = DocShell.Commands(doc);

        Assert.NotEmpty(lines);
        foreach (string line in lines)
        {
            Run(line);
        }

        if (doc == "harmonisation.md")
        {
            CombatFixture.AssertClose(AnalysisData.Read(AnalysisData.Combat("expected_apply_new_par_cov.csv"), reserved: "Batch"),
                AnalysisData.Read(_work.Path("harmonised-new.csv"), "^feat_", reserved: "Batch"), 1e-8, doc);
        }
        else if (doc == "robustness.md")
        {
            Assert.True(File.Exists(_work.Path("icc.csv.provenance.json")));
        }
        else
        {
            Assert.True(File.Exists(_work.Path("selected.json")));
        }
    }

    [Fact]
    public void HelpExamples_RunAsWritten()
    {
        var tool = Program.CreateTool();
        foreach (string path in new[] { "icc", "harmonize fit", "harmonize apply", "select" })
        {
            foreach (var example in tool.Lookup(path)!.Examples)
            {
                Run(example.CommandLine);
            }
        }
    }

    private void Run(string line)
    {
        string[] words = DocShell.Words(line);
        Assert.Equal("radiomics", words[0]);
        var run = CliRunner.Run(words.Skip(1).Select(Place).ToArray());
        Assert.True(run.ExitCode == 0, $"{line}: exit {run.ExitCode}: {run.Error}");
    }

    /// <summary>A path under tests/data made absolute; a file name the command writes put in the temporary folder.</summary>
    private string Place(string word) =>
        word.StartsWith("tests/data/", StringComparison.Ordinal) ? Path.Combine(TestData.Root, word["tests/data/".Length..])
        : !word.StartsWith('-') && !word.Contains('/') && (word.EndsWith(".csv", StringComparison.Ordinal) || word.EndsWith(".json", StringComparison.Ordinal)) ? _work.Path(word)
        : word;
}
