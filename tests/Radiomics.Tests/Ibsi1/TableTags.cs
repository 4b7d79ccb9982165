namespace Radiomics.Tests.Ibsi1;

/// <summary>Every tag of an IBSI reference table, with or without a reference value (the last CSV column).</summary>
internal static class TableTags
{
    public static HashSet<string> Of(string path) =>
        File.ReadLines(path).Skip(1).Select(line => line[(line.LastIndexOf(',') + 1)..].Trim()).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
}
