namespace Radiomics.Compliance;

/// <summary>
/// Where a compliance check reads its reference data: a folder holding <c>ibsi1/</c> and <c>ibsi2/</c> (e.g. the
/// repository's <c>tests/data</c>), or the copy embedded in this library, written to a private temporary folder for
/// the run and deleted by <see cref="Dispose"/> (a copy left by a killed run is deleted by the next
/// <see cref="Embedded"/>). Either way the suites read <see cref="Root"/>.
/// </summary>
public sealed class ReferenceData : IDisposable
{
    /// <summary>The temporary copies are named <c>radiomics-ibsi-reference-&lt;process id&gt;-&lt;random&gt;</c>.</summary>
    internal const string TemporaryPrefix = "radiomics-ibsi-reference-";

    private readonly bool _owned;

    private ReferenceData(string root, string source, bool owned)
    {
        Root = root;
        Source = source;
        _owned = owned;
    }

    /// <summary>The folder the suites read (<c>Root/ibsi1</c>, <c>Root/ibsi2</c>).</summary>
    public string Root { get; }

    /// <summary>"embedded" or the full path of the folder given.</summary>
    public string Source { get; }

    /// <summary>True for the copy embedded in the library.</summary>
    public bool IsEmbedded => _owned;

    /// <summary>The files embedded in this build, relative to the data root.</summary>
    public static IReadOnlyList<string> EmbeddedFiles => EmbeddedReferenceData.Files;

    /// <summary>The data in <paramref name="folder"/>; throws <see cref="DirectoryNotFoundException"/> when it does not exist.</summary>
    public static ReferenceData FromFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        string root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The reference data folder '{folder}' does not exist.");
        }

        return new ReferenceData(root, root, owned: false);
    }

    /// <summary>
    /// The data embedded in the library, written to a new private temporary folder (about 18 MB; see
    /// <c>docs/ibsi-check.md</c>). Dispose the result to delete it.
    /// </summary>
    public static ReferenceData Embedded()
    {
        if (EmbeddedReferenceData.Files.Count == 0)
        {
            throw new InvalidOperationException("This build of Radiomics.NET carries no embedded reference data; give a data folder instead.");
        }

        RemoveLeftovers();
        string root = Directory.CreateTempSubdirectory($"{TemporaryPrefix}{Environment.ProcessId}-").FullName;
        try
        {
            EmbeddedReferenceData.ExtractTo(root);
        }
        catch
        {
            Directory.Delete(root, recursive: true);
            throw;
        }

        return new ReferenceData(root, "embedded", owned: true);
    }

    /// <summary>The digest of the files <paramref name="suites"/> read (<see cref="IComplianceSuite.DataFiles"/>).</summary>
    public ReferenceDataDigest Digest(IEnumerable<IComplianceSuite> suites)
    {
        ArgumentNullException.ThrowIfNull(suites);
        return ReferenceDataDigest.Compute(Root, suites.SelectMany(s => s.DataFiles));
    }

    /// <summary>
    /// Deletes the temporary copies left by processes that no longer run (a check killed or interrupted before it could
    /// clean up). A copy whose process still runs, or that cannot be deleted (another user's), is left alone.
    /// </summary>
    internal static void RemoveLeftovers()
    {
        foreach (string folder in Directory.EnumerateDirectories(Path.GetTempPath(), TemporaryPrefix + "*"))
        {
            string[] parts = Path.GetFileName(folder)[TemporaryPrefix.Length..].Split('-');
            if (!int.TryParse(parts[0], out int processId) || IsRunning(processId))
            {
                continue;
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not ours to delete, or being deleted by another process: leave it.
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Deletes the temporary copy of the embedded data (a given folder is left alone).</summary>
    public void Dispose()
    {
        if (_owned && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
