using System.Runtime.InteropServices;

namespace Radiomics.Benchmarks.Batch;

/// <summary>
/// Confines the whole benchmark process to its first <c>n</c> cores (Linux: every thread's CPU affinity, so threads
/// created later, the thread pool's included, inherit it). With one core, within-case parallel loops still split
/// their work but the parts run one after another: the process does exactly the single-threaded work plus a few
/// hand-overs, which is the honest "one core" baseline the batch's <c>--jobs</c> scaling is compared with.
/// </summary>
internal static class ProcessCores
{
    /// <summary>The cores the process may use now (1 … <see cref="Environment.ProcessorCount"/>).</summary>
    public static void Confine(int cores)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("confining the benchmark to some cores is implemented for Linux only");
        }

        int available = Environment.ProcessorCount;
        if (cores < 1 || cores > available || available > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(cores), cores, $"1 … {available} cores");
        }

        ulong mask = cores == 64 ? ulong.MaxValue : (1UL << cores) - 1;
        foreach (string task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            int thread = int.Parse(Path.GetFileName(task), System.Globalization.CultureInfo.InvariantCulture);
            // A thread may end between listing and pinning (ESRCH); every live thread is pinned.
            if (SchedSetAffinity(thread, sizeof(ulong), ref mask) != 0 && Directory.Exists(task))
            {
                throw new InvalidOperationException($"sched_setaffinity failed for thread {thread} (errno {Marshal.GetLastPInvokeError()})");
            }
        }
    }

    [DllImport("libc", EntryPoint = "sched_setaffinity", SetLastError = true)]
    private static extern int SchedSetAffinity(int thread, nint size, ref ulong mask);
}
