using System.Runtime.InteropServices;

namespace Radiomics.IO.Internal;

/// <summary>
/// The file type of a path as the operating system reports it (<c>S_IFMT</c> bits of <c>st_mode</c>), which .NET does
/// not expose: <see cref="File.Exists(string)"/> is true for a named pipe or a device, and opening a named pipe blocks.
/// Linux: <c>statx(2)</c>, whose <c>struct statx</c> has one layout on every architecture (<c>stx_mode</c>, 16 bits,
/// at byte 28). macOS: <c>stat(2)</c>, whose <c>st_mode</c> (16 bits) is at byte 4 in both of its layouts. Elsewhere,
/// or when the call is unavailable, the type is unknown (null) and callers fall back to what .NET can tell.
/// Symbolic links are followed (the type of their target).
/// </summary>
internal static unsafe partial class NativeFileStatus
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int NoSuchFile = 2; // ENOENT
    private const int NotADirectory = 20; // ENOTDIR (a path component is a file)

    private static bool _unavailable;

    /// <summary>The kind of <paramref name="path"/>, or null when the platform cannot say.</summary>
    public static FileKind? KindOf(string path)
    {
        if (_unavailable)
        {
            return null;
        }

        try
        {
            if (OperatingSystem.IsLinux())
            {
                byte* buffer = stackalloc byte[256];
                return Classify(LinuxStatx(AtFdCwd, path, 0, StatxType, buffer), *(ushort*)(buffer + 28));
            }

            if (OperatingSystem.IsMacOS())
            {
                byte* buffer = stackalloc byte[256];
                return Classify(MacStat(path, buffer), *(ushort*)(buffer + 4));
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
        }

        return null;
    }

    private static FileKind? Classify(int result, ushort mode)
    {
        if (result != 0)
        {
            int error = Marshal.GetLastPInvokeError();
            return error is NoSuchFile or NotADirectory ? FileKind.Missing : null;
        }

        return (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            _ => null,
        };
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int LinuxStatx(int directory, string path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int MacStat(string path, byte* buffer);
}
