using System.Runtime.InteropServices;

namespace Radiomics.Benchmarks;

/// <summary>Counters of this process the stage and allocation harnesses report beside their timings.</summary>
internal static class ProcessCounters
{
    /// <summary>The process's minor page faults so far (Linux /proc/self/stat field 10; 0 elsewhere).</summary>
    public static long MinorPageFaults()
    {
        const string stat = "/proc/self/stat";
        if (!File.Exists(stat))
        {
            return 0;
        }

        string text = File.ReadAllText(stat);
        string[] fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[7], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The process's CPU time so far in milliseconds, to the nanosecond (clock_gettime's CLOCK_PROCESS_CPUTIME_ID on
    /// Linux; <see cref="System.Diagnostics.Process.TotalProcessorTime"/>, in clock ticks of 10 ms, elsewhere).
    /// </summary>
    public static double CpuMilliseconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(2, out TimeSpec time) == 0)
        {
            return (time.Seconds * 1e3) + (time.Nanoseconds / 1e6);
        }

        return System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
