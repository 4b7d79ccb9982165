using System.Runtime.InteropServices;

namespace Radiomics.Tests.IO;

/// <summary>Named pipes for the tests that give one where a regular file is expected (Linux and macOS).</summary>
internal static partial class SpecialFileSupport
{
    public static bool Available => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    /// <summary>Makes a named pipe nobody writes to: opening it to read would wait forever.</summary>
    public static string Fifo(string path)
    {
        if (MakeFifo(path, Convert.ToUInt32("644", 8)) != 0)
        {
            throw new IOException($"mkfifo {path} failed: errno {Marshal.GetLastPInvokeError()}");
        }

        return path;
    }

    /// <summary>Runs <paramref name="action"/> on its own thread and fails the test if it has not returned within 10 s (it blocked).</summary>
    public static T WithinSeconds<T>(Func<T> action)
    {
        T? result = default;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = action();
            }
            catch (Exception e)
            {
                error = e;
            }
        }) { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(10)), "the call blocked");
        return error is null ? result! : throw new AggregateException(error);
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int MakeFifo(string path, uint mode);
}
