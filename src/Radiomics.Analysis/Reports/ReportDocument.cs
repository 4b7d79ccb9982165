namespace Radiomics.Analysis.Reports;

/// <summary>
/// A whole report: one case (<c>radiomics extract --report</c>) or a cohort (<c>batch --report</c>, <c>radiomics
/// report</c>), with the failures, tables from other stages and the compliance verdict. <see cref="HtmlReportWriter"/>
/// writes it; cohort sections (the case table, distributions, correlations) appear from two or three cases on.
/// </summary>
/// <param name="Title">The page's title.</param>
/// <param name="Cases">The cases that produced features, in input order.</param>
public sealed record ReportDocument(string Title, IReadOnlyList<CaseReport> Cases)
{
    /// <summary>The cases that produced no features, as the errors file lists them.</summary>
    public IReadOnlyList<CaseFailure> Failures { get; init; } = [];

    /// <summary>Robustness, selection or other tables to show as given.</summary>
    public IReadOnlyList<ReportTable> Tables { get; init; } = [];

    /// <summary>The IBSI compliance section: the verdict of a given ibsi-check report, or how to produce one; empty for none.</summary>
    public IReadOnlyList<ComplianceSummary> Compliance { get; init; } = [];

    /// <summary>The one field that changes from run to run (null: none shown, for byte-identical outputs).</summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>What made the report, e.g. "Radiomics.NET 0.1.0".</summary>
    public string Generator { get; init; } = "Radiomics.NET";

    /// <summary>The inputs, one phrase (e.g. "features.csv, 100 cases").</summary>
    public string? Source { get; init; }

    /// <summary>The thresholds the warnings were raised with (shown in the report).</summary>
    public ReportThresholds Thresholds { get; init; } = ReportThresholds.Default;
}
