using System.Reflection;

namespace Radiomics.Compliance;

/// <summary>
/// The IBSI reference data compiled into this assembly (Radiomics.csproj embeds it from <c>tests/data</c>): each file
/// as published (the NIfTI images and maps keep their gzip compression), under the manifest resource name
/// <c>ReferenceData/&lt;path relative to the data root&gt;</c>. Nothing is read until <see cref="ExtractTo"/> runs.
/// </summary>
internal static class EmbeddedReferenceData
{
    public const string Prefix = "ReferenceData/";

    private static Assembly Assembly => typeof(EmbeddedReferenceData).Assembly;

    /// <summary>The embedded files, as forward-slash paths relative to the data root, in ordinal order.</summary>
    public static IReadOnlyList<string> Files { get; } = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..].Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Writes every embedded file under <paramref name="root"/>, keeping the relative layout.</summary>
    public static void ExtractTo(string root)
    {
        foreach (string name in Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            string relative = name[Prefix.Length..].Replace('\\', '/');
            string target = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using Stream source = Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The embedded reference file '{relative}' cannot be opened.");
            using FileStream file = File.Create(target);
            source.CopyTo(file);
        }
    }
}
