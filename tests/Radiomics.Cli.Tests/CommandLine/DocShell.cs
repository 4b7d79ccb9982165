using System.Text;

namespace Radiomics.Cli.Tests.CommandLine;

/// <summary>
/// The command lines of the docs' fenced <c>sh</c> blocks, split into words as a POSIX shell splits them, and the
/// repository root they run from (shared by the doc tests of the analysis and the regions commands).
/// </summary>
internal static class DocShell
{
    /// <summary>The lines of the fenced <c>sh</c> blocks of <paramref name="doc"/> (a file under docs/), continuation lines joined.</summary>
    public static string[] Commands(string doc) => [.. ShellBlocks(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", doc)))];

    /// <summary>The lines of the fenced <c>sh</c> blocks, continuation lines joined.</summary>
    public static IEnumerable<string> ShellBlocks(string markdown)
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

            // Blank lines and shell comments (the output a block shows after its commands) are not commands.
            if (!inside || raw.Trim().Length == 0 || (line.Length == 0 && raw.TrimStart().StartsWith('#')))
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
    public static string[] Words(string line)
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

    /// <summary>The repository root (the folder holding global.json above the test binaries).</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "global.json")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("the repository root (global.json) is not above the test binaries");
    }
}
