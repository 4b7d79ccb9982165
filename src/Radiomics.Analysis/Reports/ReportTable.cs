namespace Radiomics.Analysis.Reports;

/// <summary>
/// A table produced by another stage (robustness/ICC, feature selection), shown as it is. When its first column is
/// <c>feature</c>, feature names link to their distributions.
/// </summary>
/// <param name="Title">The section's title, e.g. "Robustness".</param>
/// <param name="Source">The file it was read from.</param>
/// <param name="Header">The column names.</param>
/// <param name="Rows">The rows, each with as many cells as <paramref name="Header"/>, as text.</param>
public sealed record ReportTable(string Title, string Source, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
