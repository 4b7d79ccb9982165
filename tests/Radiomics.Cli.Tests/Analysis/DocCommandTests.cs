using System.Text;
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
    public void DocCommands_RunAsWritten(string doc)
    {
        string[] lines = ShellBlocks(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", doc))).ToArray();

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
        else
        {
            Assert.True(File.Exists(_work.Path("icc.csv.provenance.json")));
        }
    }

    [Fact]
    public void HelpExamples_RunAsWritten()
    {
        var tool = Program.CreateTool();
        foreach (string path in new[] { "icc", "harmonize fit", "harmonize apply" })
        {
            foreach (var example in tool.Lookup(path)!.Examples)
            {
                Run(example.CommandLine);
            }
        }
    }

    private void Run(string line)
    {
        string[] words = Words(line);
        Assert.Equal("radiomics", words[0]);
        var run = CliRunner.Run(words.Skip(1).Select(Place).ToArray());
        Assert.True(run.ExitCode == 0, $"{line}: exit {run.ExitCode}: {run.Error}");
    }

    /// <summary>A path under tests/data made absolute; a file name the command writes put in the temporary folder.</summary>
    private string Place(string word) =>
        word.StartsWith("tests/data/", StringComparison.Ordinal) ? Path.Combine(TestData.Root, word["tests/data/".Length..])
        : !word.StartsWith('-') && !word.Contains('/') && (word.EndsWith(".csv", StringComparison.Ordinal) || word.EndsWith(".json", StringComparison.Ordinal)) ? _work.Path(word)
        : word;

    /// <summary>The lines of the fenced <c>sh</c> blocks, continuation lines joined.</summary>
    private static IEnumerable<string> ShellBlocks(string markdown)
    {
        bool inside = false;
        var line = new StringBuilder();
        foreach (string raw in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (raw.StartsWith("```", StringComparison.Ordinal))
            {
                inside = !inside && raw.Trim() == "```sh";
                continue;
            }

            if (!inside || raw.Trim().Length == 0)
            {
                continue;
            }

            line.Append(raw.TrimEnd().TrimEnd('\\')).Append(' ');
            if (!raw.TrimEnd().EndsWith('\\'))
            {
                yield return line.ToString().Trim();
                line.Clear();
            }
        }
    }

    /// <summary>A command line split as a POSIX shell splits it, for the quoting the docs use ('…' and "…").</summary>
    private static string[] Words(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        char quote = '\0';
        bool any = false;
        foreach (char c in line)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                any = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (any || word.Length > 0)
                {
                    words.Add(word.ToString());
                }

                word.Clear();
                any = false;
            }
            else
            {
                word.Append(c);
            }
        }

        if (any || word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return [.. words];
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "global.json")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("the repository root (global.json) is not above the test binaries");
    }
}
