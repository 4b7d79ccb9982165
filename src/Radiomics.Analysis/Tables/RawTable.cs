namespace Radiomics.Analysis.Tables;

/// <summary>A table as read from a file: named columns of equal length, and where each row was in the file.</summary>
internal sealed class RawTable(string source, string rowUnit)
{
    /// <summary>The file, for messages.</summary>
    public string Source { get; } = source;

    /// <summary>What a row position counts: "line" (text files) or "row" (Parquet, 1-based data rows).</summary>
    public string RowUnit { get; } = rowUnit;

    public List<RawColumn> Columns { get; } = [];

    /// <summary>The position of each row in the file (line or row number).</summary>
    public List<long> RowPositions { get; } = [];

    public int RowCount => RowPositions.Count;

    /// <summary>"file, line 12" for row <paramref name="row"/>.</summary>
    public string Where(int row) => $"{Source}, {RowUnit} {RowPositions[row]}";

    public RawColumn? Find(string name) => Columns.Find(c => c.Name == name);

    /// <summary>Fails when two columns share a name.</summary>
    public void CheckUniqueNames()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (RawColumn column in Columns)
        {
            if (!seen.Add(column.Name))
            {
                throw new FeatureTableException($"{Source}: column '{column.Name}' appears twice");
            }
        }
    }
}
