namespace Radiomics.Analysis.Tables;

/// <summary>
/// Writes an analysis output through a hidden temporary sibling renamed into place, so a failure never leaves a
/// half-written file under the final name (a rename within one folder is atomic on POSIX and NTFS).
/// </summary>
internal static class AtomicFile
{
    /// <exception cref="FeatureTableException">The folder does not exist or the file cannot be written.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        string fullPath = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(fullPath) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new FeatureTableException($"{path}: the output folder '{folder}' does not exist");
        }

        string temporary = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FeatureTableException($"{path}: cannot write the file ({e.Message})", e);
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
