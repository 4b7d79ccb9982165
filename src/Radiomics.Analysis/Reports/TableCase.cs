using Radiomics.Extraction;

namespace Radiomics.Analysis.Reports;

/// <summary>One row of a batch's wide feature table, split into its carried-over columns and its result entries.</summary>
/// <param name="Row">The 1-based data row (the batch's <c>case</c> number).</param>
/// <param name="Id">The <c>ID</c> cell, else the row number.</param>
/// <param name="Label">The <c>Label</c> cell, when the table has one.</param>
/// <param name="Columns">The carried-over columns (Image, Mask, ID, …) in table order.</param>
/// <param name="Entries">Diagnostics (text or number) and features (numbers; "nan" is NaN) with a value in this row.</param>
public sealed record TableCase(int Row, string Id, int? Label, IReadOnlyList<KeyValuePair<string, string>> Columns, IReadOnlyList<KeyValuePair<string, ResultValue>> Entries)
{
    /// <summary>A row without any diagnostic or feature value: the case failed (the errors file says why).</summary>
    public bool Failed => Entries.Count == 0;

    /// <summary>The carried-over column <paramref name="name"/>, or null.</summary>
    public string? Column(string name) => Columns.FirstOrDefault(c => c.Key == name).Value;
}
