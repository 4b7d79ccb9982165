using System.Text;

namespace Radiomics.IO;

/// <summary>
/// Writes a file that appears whole or not at all, and stays whole after a crash: the content goes to a hidden
/// temporary file in the target's folder (<c>.NAME.RANDOM.tmp</c>), is flushed to the disk (fsync), then renamed over
/// the target (a rename within one folder is atomic on POSIX and NTFS). On any failure the temporary file is deleted
/// and the target is left as it was. The one writer of the core, the CLI and the analysis layer.
/// </summary>
/// <remarks>
/// The flush costs about a disk round trip per file (see docs/performance.md, "Atomic file writes"); it is what keeps
/// a renamed file from being empty after a power loss on file systems that reorder metadata and data (ext4, XFS).
/// </remarks>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="path"/> with the bytes <paramref name="write"/> puts into the stream (a seekable,
    /// readable stream; it must not be disposed by <paramref name="write"/>).
    /// </summary>
    /// <param name="path">The target; an existing file is replaced.</param>
    /// <param name="write">Fills the stream. An exception from it aborts the write and propagates unchanged.</param>
    /// <param name="temporaryPath">
    /// Where to stage the content instead of a hidden sibling; it must be on the same file system as
    /// <paramref name="path"/> (e.g. a scratch folder next to the output), and is replaced if it exists.
    /// </param>
    /// <exception cref="DirectoryNotFoundException">The target's folder does not exist (the message names both).</exception>
    /// <exception cref="IOException">The file system refused the write or the rename.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the target is not writable.</exception>
    public static void Write(string path, Action<Stream> write, string? temporaryPath = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        string fullPath = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(fullPath) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{path}: the output folder '{folder}' does not exist");
        }

        string temporary = temporaryPath ?? Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Writes <paramref name="path"/> as UTF-8 text (no byte-order mark) through <paramref name="write"/>.</summary>
    /// <inheritdoc cref="Write(string, Action{Stream}, string?)" path="/exception"/>
    public static void WriteText(string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16, leaveOpen: true);
            write(writer);
        });
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> as UTF-8 (no byte-order mark).</summary>
    /// <inheritdoc cref="Write(string, Action{Stream}, string?)" path="/exception"/>
    public static void WriteAllText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(path, stream => stream.Write(Utf8NoBom.GetBytes(text)));
    }

    private static void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The original failure is the one worth reporting; a leftover .tmp file is harmless.
        }
    }
}
