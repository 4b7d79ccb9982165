using System.Text.Json;

namespace Radiomics.Analysis.Bundles;

/// <summary>
/// Reads a list of feature names: the <c>selected</c> array of a selection output (<c>{"format":
/// "radiomics-selection", "version": 1, "selected": [...], ...}</c>; only <c>selected</c> is read), or a text file with
/// one name a line (blank lines and lines starting with <c>#</c> ignored).
/// </summary>
public static class SelectionList
{
    /// <summary>The names in <paramref name="path"/>, in order.</summary>
    /// <exception cref="BundleException">Missing or unreadable file, a JSON file that is not a selection output, no names, or a name twice.</exception>
    public static IReadOnlyList<string> Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BundleException(e is FileNotFoundException or DirectoryNotFoundException ? $"{path}: no such file" : $"{path}: cannot read the file ({e.Message})", e);
        }

        string[] names = text.TrimStart().StartsWith('{') ? FromJson(text, path) : FromLines(text);
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

    private static string[] FromJson(string text, string path)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            JsonElement root = document.RootElement;
            string? format = root.TryGetProperty("format", out JsonElement f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
            if (format != Selection.SelectionResult.FormatName || !root.TryGetProperty("selected", out JsonElement selected) || selected.ValueKind != JsonValueKind.Array)
            {
                throw new BundleException($"{path}: not a selection output (expected \"format\": \"radiomics-selection\" and a \"selected\" array)");
            }

            return selected.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new BundleException($"{path}: \"selected\" holds a value that is not a name")).ToArray();
        }
        catch (JsonException e)
        {
            throw new BundleException($"{path}: not valid JSON ({e.Message.Split('\n')[0].TrimEnd('.')})", e);
        }
    }

    private static string[] FromLines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
}
