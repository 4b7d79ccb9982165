using System.Text;

namespace Radiomics.Hostile.Tests.Support;

/// <summary>The counts per format and outcome of a hostile run, the slowest inputs, and every violation, as text.</summary>
public static class HostileReport
{
    public static string Describe(IReadOnlyList<HostileOutcome> outcomes, TimeSpan total)
    {
        var text = new StringBuilder();
        text.AppendLine($"{outcomes.Count} inputs in {total.TotalSeconds:0.0} s");
        foreach (var format in outcomes.GroupBy(o => o.Case.Format).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            string kinds = string.Join(", ", format.GroupBy(o => o.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
            text.AppendLine($"  {format.Key,-12} {format.Count(),4}: {kinds}");
        }

        string overall = string.Join(", ", outcomes.GroupBy(o => o.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
        text.AppendLine($"  {"all",-12} {outcomes.Count,4}: {overall}; violations {outcomes.Count(o => o.Violation is not null)}");
        text.AppendLine("slowest: " + string.Join(", ", outcomes.OrderByDescending(o => o.Elapsed).Take(5).Select(o => $"{o.Case.Format}/{o.Case.Name} {o.Elapsed.TotalSeconds:0.00} s")));
        foreach (HostileOutcome bad in outcomes.Where(o => o.Violation is not null))
        {
            text.AppendLine($"VIOLATION {bad.Case.Format}/{bad.Case.Name}: {bad.Violation}");
        }

        return text.ToString();
    }

    /// <summary>
    /// Every outcome on one line (format/name, kind, seconds, the last line printed on stderr), written to the file
    /// named by <c>RADIOMICS_HOSTILE_LOG</c> when it is set, for reviewing the messages.
    /// </summary>
    public static void WriteLog(IReadOnlyList<HostileOutcome> outcomes)
    {
        if (Environment.GetEnvironmentVariable("RADIOMICS_HOSTILE_LOG") is not { Length: > 0 } path)
        {
            return;
        }

        File.AppendAllLines(path, outcomes.Select(o =>
            $"{o.Case.Format}/{o.Case.Name}\t{o.Kind}\t{o.Elapsed.TotalSeconds:0.00}\t{o.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()}"));
    }

    /// <summary>The process's peak resident memory (VmHWM, Linux), or null elsewhere.</summary>
    public static long? PeakResidentBytes()
    {
        if (!File.Exists("/proc/self/status"))
        {
            return null;
        }

        string? line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}
