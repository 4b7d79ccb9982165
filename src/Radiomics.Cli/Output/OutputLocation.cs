namespace Radiomics.Cli.Output;

/// <summary>
/// Checks, before any work, that an output option names a place that can be written, so that a long extraction does
/// not end on "Is a directory". Each failure is a <see cref="UsageException"/> naming the option, the path and the
/// problem. The check writes nothing that stays: it creates and at once deletes a probe file.
/// </summary>
internal static class OutputLocation
{
    /// <summary>A file to be written (replaced if present): not a folder; its folder exists and accepts new files.</summary>
    public static void CheckFile(string option, string path)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"{option} {path}: is a folder; give a file name, e.g. {Path.Combine(path, "features.csv")}");
        }

        string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"{option} {path}: the folder '{folder}' does not exist");
        }

        Probe(option, path, folder);
    }

    /// <summary>A folder to be written into (created if absent): not a file; it, or else its parent, accepts new files.</summary>
    public static void CheckFolder(string option, string path)
    {
        if (File.Exists(path))
        {
            throw new UsageException($"{option} {path}: is a file, not a folder");
        }

        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (Directory.Exists(full))
        {
            Probe(option, path, full);
            return;
        }

        string? parent = Path.GetDirectoryName(full);
        if (parent is not null && !Directory.Exists(parent))
        {
            throw new UsageException($"{option} {path}: the folder '{parent}' does not exist");
        }

        Probe(option, path, parent ?? full);
    }

    private static void Probe(string option, string path, string folder)
    {
        string probe = Path.Combine(folder, $".radiomics-probe-{Environment.ProcessId}.tmp");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string reason = e switch
            {
                UnauthorizedAccessException => "permission denied",
                FileNotFoundException or DirectoryNotFoundException => "it does not accept new files",
                _ => e.Message.TrimEnd('.'),
            };
            throw new UsageException($"{option} {path}: cannot write in '{folder}' ({reason})");
        }
    }
}
