using Microsoft.Win32.SafeHandles;
using Radiomics.IO.Internal;

namespace Radiomics.IO;

/// <summary>
/// The one way every reader opens an input (image, mask, detached data file, DICOM file, parameter file, case list):
/// only a regular file is opened, so a named pipe, socket, device (<c>/dev/zero</c>, <c>/dev/urandom</c>, a terminal)
/// or folder given where a file is expected is refused at once with a one-line problem instead of blocking or reading
/// forever. Problems are phrased to follow the path ("is a named pipe (FIFO), not a regular file"); callers wrap them
/// in their own exception type through a <c>fail</c> function.
/// </summary>
public static class InputFiles
{
    /// <summary>What <paramref name="path"/> names; <see cref="FileKind.Missing"/> for an unusable path (empty, NUL).</summary>
    public static FileKind KindOf(string path)
    {
        if (string.IsNullOrEmpty(path) || path.Contains('\0', StringComparison.Ordinal))
        {
            return FileKind.Missing;
        }

        if (NativeFileStatus.KindOf(path) is { } kind)
        {
            return kind;
        }

        // The platform cannot tell (Windows, or no native call): what .NET can.
        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>
    /// Null when <paramref name="path"/> is a regular file, else why it cannot be read as one (to follow the path in a
    /// message): not found, a folder, a named pipe, a socket, a device, or a path with a NUL character.
    /// </summary>
    public static string? ProblemWithFile(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "is an empty path";
        }

        if (path.Contains('\0', StringComparison.Ordinal))
        {
            return "contains a NUL character, which no file name may hold";
        }

        return Describe(KindOf(path));
    }

    /// <summary>The problem of a path of <paramref name="kind"/> where a regular file is expected, or null for a regular file.</summary>
    public static string? Describe(FileKind kind) => kind switch
    {
        FileKind.Regular => null,
        FileKind.Missing => "not found",
        FileKind.Directory => "is a folder, not a file",
        FileKind.Fifo => "is a named pipe (FIFO), not a regular file",
        FileKind.Socket => "is a socket, not a regular file",
        FileKind.CharacterDevice => "is a character device (such as /dev/zero or a terminal), not a regular file",
        FileKind.BlockDevice => "is a block device, not a regular file",
        _ => "is not a regular file",
    };

    /// <summary>
    /// Opens a regular file for reading; any other path, or an open that fails, throws <paramref name="fail"/>(problem).
    /// </summary>
    public static FileStream OpenRead(string path, Func<string, Exception> fail, int bufferSize = 4096, FileOptions options = FileOptions.None)
    {
        ThrowUnlessRegular(path, fail);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw fail(OpenProblem(e));
        }
    }

    /// <summary><see cref="OpenRead"/> for random access through a handle.</summary>
    public static SafeFileHandle OpenHandle(string path, Func<string, Exception> fail)
    {
        ThrowUnlessRegular(path, fail);
        try
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw fail(OpenProblem(e));
        }
    }

    /// <summary>
    /// Reads a whole regular file of at most <paramref name="maxBytes"/> bytes; a larger file is refused before it is
    /// read (<paramref name="what"/> names it in the problem, e.g. "a parameter file").
    /// </summary>
    public static byte[] ReadAllBytes(string path, long maxBytes, string what, Func<string, Exception> fail)
    {
        using SafeFileHandle handle = OpenHandle(path, fail);
        long length = RandomAccess.GetLength(handle);
        if (length > maxBytes)
        {
            throw fail($"is {length} bytes; {what} may be at most {maxBytes} bytes");
        }

        try
        {
            var bytes = new byte[length];
            int read = 0, n;
            while (read < bytes.Length && (n = RandomAccess.Read(handle, bytes.AsSpan(read), read)) > 0)
            {
                read += n;
            }

            return read == bytes.Length ? bytes : bytes[..read];
        }
        catch (IOException e)
        {
            throw fail($"cannot be read: {e.Message}");
        }
    }

    /// <summary>
    /// Reads a whole text file of at most <paramref name="maxBytes"/> bytes (<see cref="ReadAllBytes"/>) and decodes it
    /// (<see cref="DecodeText"/>).
    /// </summary>
    public static string ReadAllText(string path, long maxBytes, string what, Func<string, Exception> fail) =>
        DecodeText(ReadAllBytes(path, maxBytes, what, fail), fail);

    /// <summary>
    /// Text from bytes: UTF-32 or UTF-16 (either byte order) when the bytes start with that encoding's byte-order mark,
    /// else UTF-8 (a UTF-8 byte-order mark is dropped). Bytes that are not valid in the encoding are an error saying
    /// where, never replaced silently.
    /// </summary>
    public static string DecodeText(byte[] bytes, Func<string, Exception> fail)
    {
        ReadOnlySpan<byte> b = bytes;
        (System.Text.Encoding encoding, int skip, string name) = b switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new System.Text.UTF32Encoding(false, false, true), 4, "UTF-32"),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new System.Text.UTF32Encoding(true, false, true), 4, "UTF-32"),
            [0xFF, 0xFE, ..] => (new System.Text.UnicodeEncoding(false, false, true), 2, "UTF-16"),
            [0xFE, 0xFF, ..] => (new System.Text.UnicodeEncoding(true, false, true), 2, "UTF-16"),
            [0xEF, 0xBB, 0xBF, ..] => (new System.Text.UTF8Encoding(false, true), 3, "UTF-8"),
            _ => ((System.Text.Encoding)new System.Text.UTF8Encoding(false, true), 0, "UTF-8"),
        };
        try
        {
            return encoding.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            string at = e.Index >= 0 ? $" (near byte {skip + e.Index})" : string.Empty;
            throw fail($"is not valid {name} text{at}; save it as UTF-8");
        }
    }

    /// <summary>The deepest folder nesting <see cref="EnumerateFilesBelow"/> descends into.</summary>
    public const int MaxFolderDepth = 64;

    /// <summary>
    /// The files in <paramref name="folder"/> and its sub-folders (at most <see cref="MaxFolderDepth"/> deep), each
    /// folder's entries in ordinal order. Symbolic links to files are listed (a folder of links to slices is read);
    /// symbolic links to folders are not followed, so a link back up the tree cannot make the walk endless. Folders that
    /// cannot be read are skipped.
    /// </summary>
    public static IEnumerable<string> EnumerateFilesBelow(string folder)
    {
        var pending = new Stack<(DirectoryInfo Folder, int Depth)>();
        pending.Push((new DirectoryInfo(folder), 0));
        var options = new EnumerationOptions { IgnoreInaccessible = true, RecurseSubdirectories = false, AttributesToSkip = 0 };
        while (pending.TryPop(out var current))
        {
            var subfolders = new List<DirectoryInfo>();
            foreach (FileSystemInfo entry in current.Folder.EnumerateFileSystemInfos("*", options).OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (entry is DirectoryInfo sub)
                {
                    if (sub.LinkTarget is null && current.Depth < MaxFolderDepth)
                    {
                        subfolders.Add(sub);
                    }
                }
                else
                {
                    yield return entry.FullName;
                }
            }

            for (int i = subfolders.Count - 1; i >= 0; i--)
            {
                pending.Push((subfolders[i], current.Depth + 1));
            }
        }
    }

    /// <summary>
    /// The full path of a file named inside another (a NRRD or MetaImage header's data file): relative names are taken
    /// from <paramref name="headerPath"/>'s folder. Unless <paramref name="allowOutside"/>, the result must lie inside
    /// that folder (its sub-folders included): a name with <c>..</c> or an absolute path that leaves it is refused, so a
    /// header cannot make the reader read an unrelated file (such as <c>/etc/passwd</c>) as voxel data. The check is on
    /// the names; symbolic links inside the folder are not followed.
    /// </summary>
    public static string ResolveReferenced(string headerPath, string name, bool allowOutside, Func<string, Exception> fail)
    {
        if (name.Length == 0 || name.Contains('\0', StringComparison.Ordinal))
        {
            throw fail($"names the data file {SafeText.Quote(name)}, which is not a usable file name");
        }

        string folder = Path.GetDirectoryName(Path.GetFullPath(headerPath)) ?? ".";
        string full;
        try
        {
            full = Path.GetFullPath(Path.IsPathRooted(name) ? name : Path.Combine(folder, name));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw fail($"names the data file {SafeText.Quote(name)}, which is not a usable path: {e.Message}");
        }

        if (!allowOutside && !IsInside(folder, full))
        {
            throw fail($"names the data file {SafeText.Quote(name)}, which lies outside the header's folder; " +
                "only files in that folder (or below) are read unless outside paths are allowed (--allow-outside-paths, InputLimits.AllowOutsidePaths)");
        }

        return full;
    }

    private static bool IsInside(string folder, string full)
    {
        string relative = Path.GetRelativePath(folder, full);
        return !Path.IsPathRooted(relative) && relative != ".."
            && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && !relative.StartsWith("../", StringComparison.Ordinal);
    }

    private static void ThrowUnlessRegular(string path, Func<string, Exception> fail)
    {
        if (ProblemWithFile(path) is { } problem)
        {
            throw fail(problem);
        }
    }

    private static string OpenProblem(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "not found",
        UnauthorizedAccessException => $"cannot be opened (permission denied): {e.Message}",
        _ => $"cannot be opened: {e.Message}",
    };
}
