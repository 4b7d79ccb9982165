using Radiomics.Analysis.Common;
using Radiomics.Analysis.Selection;
using Radiomics.Analysis.Selection.Internal;

namespace Radiomics.Analysis.Bundles;

/// <summary>
/// Reads a list of feature names: the <c>selected</c> array of a selection output (<c>{"format":
/// "radiomics-selection", "version": 1, "selected": [...], ...}</c>; its format and version are checked and only
/// <c>selected</c> is read, as <see cref="SelectionResult.Read"/> reads it), or a text file with one name a line (blank
/// lines and lines starting with <c>#</c> ignored).
/// </summary>
public static class SelectionList
{
    /// <summary>The names in <paramref name="path"/>, in order.</summary>
    /// <exception cref="BundleException">Missing or unreadable file, a JSON file that is not a selection output, no names, or a name twice.</exception>
    public static IReadOnlyList<string> Read(string path)
    {
        string text = AnalysisFiles.ReadText(path, "a feature list", message => new BundleException(message));
        string[] names;
        try
        {
            names = text.TrimStart().StartsWith('{') ? SelectionJson.ParseSelected(text, path) : FromLines(text);
        }
        catch (SelectionException e)
        {
            throw new BundleException(e.Message, e);
        }

        if (names.Length == 0)
        {
            throw new BundleException($"{path}: the list names no feature");
        }

        if (names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new BundleException($"{path}: feature '{repeated.Key}' is listed twice");
        }

        return names;
    }

    private static string[] FromLines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
}
