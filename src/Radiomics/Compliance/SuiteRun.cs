namespace Radiomics.Compliance;

/// <summary>One suite's run: its report (outcomes and counts), the rows it computed, and what it cost.</summary>
/// <param name="Report">The outcomes compared with the suite's references.</param>
/// <param name="Rows">Every computed row, in the order the suite produced them (written by <see cref="ComplianceValuesCsv"/>).</param>
/// <param name="Elapsed">Wall-clock time.</param>
/// <param name="ProcessorTime">CPU time of the process over the run (all threads).</param>
public sealed record SuiteRun(ComplianceReport Report, IReadOnlyList<CheckRow> Rows, TimeSpan Elapsed, TimeSpan ProcessorTime);
