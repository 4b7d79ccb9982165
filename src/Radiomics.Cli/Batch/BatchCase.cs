namespace Radiomics.Cli.Batch;

/// <summary>
/// One row of the batch CSV: its 0-based data-row index, its cells (in the CSV's column order), the image and mask
/// paths resolved against the CSV's folder, and the labels it asks for.
/// </summary>
/// <param name="Row">0-based index among the CSV's data rows: the case's identity in journals, shards and outputs.</param>
/// <param name="Cells">The row's cells, one per CSV column (missing trailing cells are empty).</param>
/// <param name="Labels">The labels from the <c>Label</c> cell; null when the cell is empty or absent.</param>
/// <param name="AllLabels">The <c>Label</c> cell says <c>all</c>: every label of the mask.</param>
/// <param name="LabelChannel">The <c>label_channel</c> cell, when given.</param>
/// <param name="Problem">Why the row cannot run (empty path, unreadable label), or null; such a row fails alone.</param>
/// <param name="Roi">The <c>ROI</c> cell: the RTSTRUCT ROI or SEG segment to rasterise (as <c>extract --roi</c>), or null.</param>
/// <param name="Id">The <c>ID</c> cell, which names the case in progress lines, or null when the list has none.</param>
public sealed record BatchCase(
    int Row,
    IReadOnlyList<string> Cells,
    string ImagePath,
    string MaskPath,
    IReadOnlyList<int>? Labels,
    bool AllLabels,
    int? LabelChannel,
    string? Problem,
    string? Roi = null,
    string? Id = null)
{
    /// <summary>How messages name the case: <c>case P001</c> by its ID, else <c>case 2 (phantom.nii.gz)</c> by row and image.</summary>
    public string DisplayName => Id is { Length: > 0 } id ? $"case {id}" : $"case {Row + 1} ({Path.GetFileName(ImagePath)})";
}
