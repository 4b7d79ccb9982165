namespace Radiomics.Analysis.Reports;

/// <summary>
/// The compliance verdict as the report shows it (<see cref="ComplianceSection"/> makes it): the verdict of an ibsi-check
/// report given to the report, or what to run to get one.
/// </summary>
/// <param name="Suite">What was checked, e.g. "IBSI compliance check".</param>
/// <param name="Verdict">One line: the verdict, or that none was given.</param>
/// <param name="Details">Further lines (version, date, reference data, counts per suite, known deviations, how to run it).</param>
public sealed record ComplianceSummary(string Suite, string Verdict, IReadOnlyList<string> Details)
{
    /// <summary>A caution shown highlighted (the check was made by another build, or only partly), or null.</summary>
    public string? Warning { get; init; }
}
