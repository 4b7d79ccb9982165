namespace Radiomics.Hostile.Tests.Support;

/// <summary>
/// What the tool did with a <see cref="HostileCase"/>: its exit code (null when it did not finish within the time
/// limit), what it printed, how long it took, and the rule it broke, if any (<see cref="Violation"/>).
/// </summary>
public sealed record HostileOutcome(HostileCase Case, int? ExitCode, string Output, string Error, TimeSpan Elapsed, string? Violation)
{
    /// <summary>result (exit 0), partial (a batch with failed cases, exit 3), error (exit 1 or 2), hang, crash.</summary>
    public string Kind => ExitCode switch
    {
        null => "hang",
        0 => "result",
        3 => "partial",
        1 or 2 => "error",
        _ => "crash",
    };
}
