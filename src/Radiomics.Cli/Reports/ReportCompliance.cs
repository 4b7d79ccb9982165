using Radiomics.Analysis.Reports;
using Radiomics.Analysis.Tables;
using Radiomics.Compliance;

namespace Radiomics.Cli.Reports;

/// <summary>
/// The compliance section of a report. Running the suites takes about 20 s of CPU time, too long per report, so the
/// report shows the verdict of an ibsi-check report given with <c>--ibsi-check FILE.json</c> (read before any work, so a
/// bad file fails at once), checked against this build's version; without one, how to make one and what the build
/// documents (each registered suite's known deviations).
/// </summary>
internal static class ReportCompliance
{
    /// <summary>The section for the ibsi-check report at <paramref name="path"/>, or without one when null.</summary>
    /// <exception cref="InputException">The file is not an ibsi-check report this build reads.</exception>
    public static IReadOnlyList<ComplianceSummary> Summaries(string? path)
    {
        if (path is null)
        {
            return [ComplianceSection.NotChecked(ComplianceSuites.All.Select(suite =>
                $"{suite.Title}: {suite.KnownDeviations.Count} documented known deviation(s) in this build (docs/{suite.DocumentName})"))];
        }

        try
        {
            return [ComplianceSection.FromCheck(IbsiCheckReport.Read(path), RunEnvironment.Current().ToolVersion)];
        }
        catch (FeatureTableException e)
        {
            throw new InputException($"--ibsi-check {e.Message}");
        }
    }
}
