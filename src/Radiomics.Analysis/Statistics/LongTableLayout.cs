using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Statistics;

/// <summary>
/// Where each subject × rater cell of a long table is: subjects and raters in order of first appearance, and the
/// table row of every cell (-1 when the table has no row for it).
/// </summary>
internal sealed class LongTableLayout
{
    private LongTableLayout(string[] subjects, string[] raters, int[] cellRows)
    {
        Subjects = subjects;
        Raters = raters;
        CellRows = cellRows;
    }

    public string[] Subjects { get; }

    public string[] Raters { get; }

    /// <summary>The table row of subject i, rater j at i·k + j, or -1.</summary>
    public int[] CellRows { get; }

    /// <summary>Subjects lacking a row for some rater (left out of every feature).</summary>
    public IEnumerable<int> IncompleteSubjects =>
        Enumerable.Range(0, Subjects.Length).Where(i => CellRows.AsSpan(i * Raters.Length, Raters.Length).Contains(-1));

    /// <exception cref="FeatureTableException">A column is missing, or a subject has two rows for one rater.</exception>
    public static LongTableLayout Of(FeatureTable table, string subjectColumn, string raterColumn)
    {
        IReadOnlyList<string> subjectOf = Column(table, subjectColumn, "--subject");
        IReadOnlyList<string> raterOf = Column(table, raterColumn, "--rater");
        var subjects = new Dictionary<string, int>(StringComparer.Ordinal);
        var raters = new Dictionary<string, int>(StringComparer.Ordinal);
        var rowSubject = new int[table.RowCount];
        var rowRater = new int[table.RowCount];
        for (int row = 0; row < table.RowCount; row++)
        {
            rowSubject[row] = IndexOf(subjects, subjectOf[row]);
            rowRater[row] = IndexOf(raters, raterOf[row]);
        }

        int k = raters.Count;
        var cellRows = new int[subjects.Count * k];
        Array.Fill(cellRows, -1);
        for (int row = 0; row < table.RowCount; row++)
        {
            ref int cell = ref cellRows[(rowSubject[row] * k) + rowRater[row]];
            if (cell >= 0)
            {
                throw new FeatureTableException(
                    $"subject '{subjectOf[row]}' has two rows for rater '{raterOf[row]}' (data rows {cell + 1} and {row + 1}; column '{subjectColumn}', '{raterColumn}')");
            }

            cell = row;
        }

        return new LongTableLayout(subjects.Keys.ToArray(), raters.Keys.ToArray(), cellRows);
    }

    private static IReadOnlyList<string> Column(FeatureTable table, string name, string option) =>
        table.HasColumn(name) ? table.OtherColumn(name)
        : table.IndexOfFeature(name) >= 0 ? throw new FeatureTableException($"{option}: column '{name}' was read as a feature; name it among the table's non-feature columns")
        : throw new FeatureTableException($"{option}: the table has no column '{name}'");

    private static int IndexOf(Dictionary<string, int> index, string key)
    {
        if (!index.TryGetValue(key, out int at))
        {
            at = index.Count;
            index.Add(key, at);
        }

        return at;
    }
}
