using System.Text;

namespace Radiomics.Cli.Batch;

/// <summary>
/// Writes a file that appears whole or not at all: the content goes to a hidden temporary sibling, is flushed to
/// the disk, then renamed over the target (a rename within one folder is atomic on POSIX and NTFS).
/// </summary>
public static class DurableFile
{
    public static void WriteAllText(string path, string text) =>
        Write(path, stream => stream.Write(new UTF8Encoding(false).GetBytes(text)));

    /// <summary>
    /// Writes <paramref name="path"/> through <paramref name="temporary"/> (default: a hidden sibling), which must be on
    /// the same file system.
    /// </summary>
    public static void Write(string path, Action<FileStream> write, string? temporary = null)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        if (!Directory.Exists(directory))
        {
            throw new UsageException($"{path}: the output folder '{directory}' does not exist");
        }

        temporary ??= Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
