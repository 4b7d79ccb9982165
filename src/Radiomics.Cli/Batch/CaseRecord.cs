using Radiomics.Extraction;

namespace Radiomics.Cli.Batch;

/// <summary>
/// One output row of a batch: a (case, label) pair with its carried-over columns and either its ordered
/// diagnostics and features or the error that stopped it. Records are what journals and shard files hold, so a
/// final file assembled from them is the same whichever run, resume or merge produced them.
/// </summary>
/// <param name="Row">The case's 0-based data-row index in the batch CSV.</param>
/// <param name="Columns">The CSV's cells by column name (Image and Mask as absolute paths; Label as this record's label).</param>
/// <param name="Error">Why this case or label failed, or null when it succeeded.</param>
/// <param name="Entries">Diagnostics and features in extraction order (empty when failed).</param>
public sealed record CaseRecord(
    int Row,
    IReadOnlyList<KeyValuePair<string, string>> Columns,
    string? Error,
    IReadOnlyList<KeyValuePair<string, ResultValue>> Entries)
{
    public bool Failed => Error is not null;
}
