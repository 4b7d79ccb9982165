namespace Radiomics.Analysis.Tables;

/// <summary>One column of a table as read, before its role (ID, feature, text) is decided.</summary>
internal abstract class RawColumn(string name)
{
    public string Name { get; } = name;

    /// <summary>Whether the column came from the joined clinical table.</summary>
    public bool FromClinical { get; set; }

    /// <summary>Whether the column is structural (the long layout's <c>case</c> and <c>Label</c>): never a feature.</summary>
    public bool IsKey { get; init; }

    public abstract int Count { get; }

    /// <summary>The cell as text (as written in the file; a typed number in round-trip form; missing as empty).</summary>
    public abstract string Text(int row);

    /// <summary>
    /// Reads every cell as a number into <paramref name="values"/> (missing spellings as NaN). Returns the first row
    /// that holds text instead, or -1; <paramref name="anyNumber"/> says whether some cell held a real number.
    /// </summary>
    public abstract int ReadNumbers(Span<double> values, out bool anyNumber);

    /// <summary>A column with the cells at <paramref name="rows"/>, in that order.</summary>
    public abstract RawColumn Reorder(IReadOnlyList<int> rows);
}
