using System.Runtime.InteropServices;

namespace Radiomics.Benchmarks.Batch;

/// <summary>
/// Confines the whole benchmark process to its first <c>n</c> cores (Linux: every thread's CPU affinity, so threads
/// created later, the thread pool's included, inherit it). Pinning alone does not change what the runtime believes
/// (<see cref="Environment.ProcessorCount"/> is read at start-up), so the batch benchmark also starts its one-core
/// process with <c>DOTNET_PROCESSOR_COUNT=1</c>: then no within-case loop splits its work, as under <c>taskset</c>.
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
