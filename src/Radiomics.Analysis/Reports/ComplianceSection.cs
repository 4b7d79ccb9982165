using System.Globalization;

namespace Radiomics.Analysis.Reports;

/// <summary>
/// The compliance section of a report: the verdict of a <c>radiomics ibsi-check --out FILE.json</c> report given to it
/// (<see cref="IbsiCheckReport"/>; its verdict, the build that ran it, when, and the reference data's hash, with a
/// warning when that build is not the one writing the report), or, without one, how to produce one.
/// </summary>
public static class ComplianceSection
{
    /// <summary>What the section calls the check.</summary>
    public const string Title = "IBSI compliance check";

    /// <summary>The command that writes the report the section reads, and how to give it to the report.</summary>
    public const string HowToRun =
        "run 'radiomics ibsi-check --out ibsi-check.json' once per build (about 20 s of CPU time), then give the report "
        + "--ibsi-check ibsi-check.json ('radiomics report', 'radiomics extract --report', 'radiomics batch --report')";

    /// <summary>The verdict of <paramref name="check"/>, for a report written by the build <paramref name="buildVersion"/>.</summary>
    /// <param name="check">The report <c>radiomics ibsi-check --out</c> wrote.</param>
    /// <param name="buildVersion">This build's version as ibsi-check records it (version and source revision).</param>
    public static ComplianceSummary FromCheck(IbsiCheckReport check, string buildVersion)
    {
        ArgumentNullException.ThrowIfNull(check);
        var details = new List<string>
        {
            $"run by Radiomics.NET {check.ToolVersion}, started {check.Started}",
            $"reference data: {check.DataSource}, SHA-256 {check.DataSha256}",
        };
        details.AddRange(check.Suites.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s.Title}: {s.Passed} of {s.Checked} reference values within tolerance, {s.KnownDeviations} documented known deviation(s), {s.UnexpectedFailures} unexpected failure(s)")));
        details.Add($"from {check.Path}");

        var warnings = new List<string>();
        if (check.ToolVersion != buildVersion)
        {
            warnings.Add($"the check was run by Radiomics.NET {check.ToolVersion}, this report by {buildVersion}: the verdict is another build's; {HowToRun}");
        }

        if (check.Selection is { } selection)
        {
            warnings.Add($"a partial check (--only {selection}): not every reference value was compared");
        }

        return new ComplianceSummary(Title, check.Strict ? $"{check.Verdict} (strict: known deviations fail)" : check.Verdict, details)
        {
            Warning = warnings.Count > 0 ? string.Join("; ", warnings) : null,
        };
    }

    /// <summary>The section without a check: how to run one, then what the build documents about each suite.</summary>
    /// <param name="suiteNotes">One line per registered suite, e.g. "IBSI 1 (features): 3 documented known deviation(s) (docs/ibsi1-compliance.md)".</param>
    public static ComplianceSummary NotChecked(IEnumerable<string> suiteNotes) =>
        new(Title, "not given to this report", [HowToRun, .. suiteNotes]);
}
