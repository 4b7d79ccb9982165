using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Radiomics.Hostile.Tests.Support;

/// <summary>Named pipes, sockets and links to devices, to give where a regular file is expected (Unix only).</summary>
public static partial class SpecialFiles
{
    public static bool Available => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    /// <summary>A named pipe at <paramref name="path"/> (nobody ever writes to it: opening it to read would wait forever).</summary>
    public static string Fifo(string path)
    {
        if (MakeFifo(path, Convert.ToUInt32("644", 8)) != 0)
        {
            throw new IOException($"mkfifo {path} failed: errno {Marshal.GetLastPInvokeError()}");
        }

        return path;
    }

    /// <summary>A Unix domain socket file at <paramref name="path"/> (the socket stays bound for the process's life).</summary>
    public static string Socket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        Bound.Add(socket);
        return path;
    }

    /// <summary>A symbolic link at <paramref name="path"/> to <paramref name="target"/> (e.g. /dev/zero under an image's name).</summary>
    public static string Link(string path, string target)
    {
        File.CreateSymbolicLink(path, target);
        return path;
    }

    private static readonly List<System.Net.Sockets.Socket> Bound = [];

    [LibraryImport("libc", EntryPoint = "mkfifo", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int MakeFifo(string path, uint mode);
}
