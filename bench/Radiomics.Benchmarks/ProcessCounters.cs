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
}
