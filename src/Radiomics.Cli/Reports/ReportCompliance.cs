using Radiomics.Analysis.Reports;
using Radiomics.Compliance;

namespace Radiomics.Cli.Reports;

/// <summary>
/// The compliance section of a report. Running the suites needs the IBSI reference data and takes minutes, so the
/// report shows what the build knows for free: each registered suite and its documented known deviations, with the
/// command that gives the verdict.
/// </summary>
internal static class ReportCompliance
{
    // TODO(compliance verdict API): when Radiomics.Compliance exposes the verdict of this build (pass counts per suite
    // without the reference data), fill ComplianceSummary.Verdict from it here; this is the only place to change.
    public static IReadOnlyList<ComplianceSummary> Summaries() =>
        ComplianceSuites.All.Select(suite => new ComplianceSummary(
            suite.Title,
            "not run by the report; 'radiomics ibsi-check --data DIR' (DIR holding ibsi1/ and ibsi2/) gives the verdict",
            [$"{suite.KnownDeviations.Count} documented known deviation(s) in this build (docs/{suite.DocumentName})"])).ToList();
}
