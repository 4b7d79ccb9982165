using System.Text.RegularExpressions;

namespace Radiomics.Cli.Tests.Docs;

/// <summary>Finds the C# samples of README.md, docs/*.md and the package readmes (src/*/README.md).</summary>
public static partial class DocSamples
{
    /// <summary>The repository root (the folder holding global.json above the test binaries).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Every ```csharp block, in page and line order.</summary>
    public static IReadOnlyList<DocSample> All { get; } = Find();

    private static IReadOnlyList<DocSample> Find()
    {
        IEnumerable<string> pages = new[] { Path.Combine(RepositoryRoot, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(RepositoryRoot, "docs"), "*.md").Order(StringComparer.Ordinal))
            .Concat(Directory.GetFiles(Path.Combine(RepositoryRoot, "src"), "README.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        return pages.SelectMany(Parse).ToArray();
    }

    private static IEnumerable<DocSample> Parse(string page)
    {
        string relative = Path.GetRelativePath(RepositoryRoot, page).Replace('\\', '/');
        string[] lines = File.ReadAllLines(page);
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            int end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
            if (end < 0)
            {
                throw new InvalidDataException($"{relative}:{i + 1}: a ```csharp block is not closed.");
            }

            (DocSampleKind kind, string context) = Marker(relative, i, i > 0 ? lines[i - 1] : "");
            yield return new DocSample(relative, i + 1, string.Join('\n', lines[(i + 1)..end]), kind, context);
            i = end;
        }
    }

    private static (DocSampleKind Kind, string Context) Marker(string page, int fence, string line)
    {
        Match marker = MarkerPattern().Match(line.Trim());
        if (!line.TrimStart().StartsWith("<!-- sample:", StringComparison.Ordinal))
        {
            return (DocSampleKind.Run, "");
        }

        if (!marker.Success)
        {
            throw new InvalidDataException($"{page}:{fence}: unreadable sample marker '{line.Trim()}'.");
        }

        return marker.Groups["kind"].Value switch
        {
            "compile-only" => (DocSampleKind.CompileOnly, ""),
            _ => (DocSampleKind.Fragment, marker.Groups["context"].Value.Trim()),
        };
    }

    [GeneratedRegex(@"^<!-- sample: (?<kind>compile-only|fragment)(\s*\|(?<context>.*))? -->$")]
    private static partial Regex MarkerPattern();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "global.json")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (global.json) is not above the test binaries.");
    }
}
