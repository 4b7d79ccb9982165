namespace Radiomics.Analysis.Reports;

/// <summary>
/// One compliance suite's verdict as the report shows it. Today the tool fills it with what the build knows without
/// running the suite (its documented known deviations); the verdict API under <c>Radiomics.Compliance</c> will fill
/// <see cref="Verdict"/> with the run's outcome (the hook: the tool's <c>ReportCompliance</c>).
/// </summary>
/// <param name="Suite">The suite's title, e.g. "IBSI 1 (features)".</param>
/// <param name="Verdict">One line: the verdict, or what to run to get it.</param>
/// <param name="Details">Further lines (known deviations, counts).</param>
public sealed record ComplianceSummary(string Suite, string Verdict, IReadOnlyList<string> Details);
