using System.Net.Sockets;
using Radiomics.Tests.IO;

namespace Radiomics.Hostile.Tests.Support;

/// <summary>Named pipes, sockets and links to devices, to give where a regular file is expected (Unix only).</summary>
public static class SpecialFiles
{
    private static readonly List<System.Net.Sockets.Socket> Bound = [];

    public static bool Available => SpecialFileSupport.Available;

    /// <summary>A named pipe at <paramref name="path"/> (nobody ever writes to it: opening it to read would wait forever).</summary>
    public static string Fifo(string path) => SpecialFileSupport.Fifo(path);

    /// <summary>A Unix domain socket file at <paramref name="path"/> (the socket stays bound for the process's life).</summary>
    public static string Socket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        lock (Bound)
        {
            Bound.Add(socket);
        }

        return path;
    }

    /// <summary>A symbolic link at <paramref name="path"/> to <paramref name="target"/> (e.g. /dev/zero under an image's name).</summary>
    public static string Link(string path, string target)
    {
        File.CreateSymbolicLink(path, target);
        return path;
    }
}
