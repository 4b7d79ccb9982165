namespace Radiomics.Analysis.Reports;

/// <summary>A case (or label) that produced no features, as the batch's errors file lists it.</summary>
/// <param name="Case">The 1-based data row of the case list (the errors file's <c>case</c> column).</param>
/// <param name="Columns">Its carried-over columns (Image, Mask, ID, …).</param>
/// <param name="Error">The one-line error the case failed with.</param>
public sealed record CaseFailure(string Case, IReadOnlyList<KeyValuePair<string, string>> Columns, string Error);
