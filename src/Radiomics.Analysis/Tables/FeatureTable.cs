namespace Radiomics.Analysis.Tables;

/// <summary>
/// A feature table as the analysis layer sees it: one row per sample (case, or case × repeat), identified by
/// <see cref="Ids"/>; numeric feature columns stored column by column; and the table's other columns (batch, outcome,
/// covariates, rater, time point, …) kept as text, in their original order.
/// </summary>
/// <remarks>
/// Immutable. Feature values are <see cref="double"/>; <see cref="double.NaN"/> marks a missing or undefined value
/// (PyRadiomics writes <c>nan</c>, our JSON writes <c>"NaN"</c>). Row order is the order of the source table and is
/// kept by every operation, so results that break ties by order are deterministic.
/// </remarks>
public sealed class FeatureTable
{
    private readonly double[][] _columns;
    private readonly Dictionary<string, int> _featureIndex;
    private readonly Dictionary<string, string[]> _otherColumns;

    /// <summary>Creates a table. <paramref name="columns"/>[j] holds feature j's value for every row.</summary>
    /// <param name="ids">The row identifiers, one per row.</param>
    /// <param name="featureNames">The feature names, unique, one per column of <paramref name="columns"/>.</param>
    /// <param name="columns">The feature values, column-major: <paramref name="columns"/>[j][i] is feature j of row i (NaN for missing).</param>
    /// <param name="otherColumns">Non-feature (text) columns by name, one value per row, or null.</param>
    /// <param name="idColumn">The name of the column the IDs came from (and are written under); <c>ID</c> by default.</param>
    /// <exception cref="ArgumentException">Lengths disagree, or a feature or column name repeats.</exception>
    public FeatureTable(
        IReadOnlyList<string> ids,
        IReadOnlyList<string> featureNames,
        IReadOnlyList<double[]> columns,
        IEnumerable<KeyValuePair<string, string[]>>? otherColumns = null,
        string idColumn = DefaultIdColumn)
    {
        ArgumentException.ThrowIfNullOrEmpty(idColumn);
        IdColumn = idColumn;
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(featureNames);
        ArgumentNullException.ThrowIfNull(columns);
        if (featureNames.Count != columns.Count)
        {
            throw new ArgumentException($"{featureNames.Count} feature names but {columns.Count} columns.", nameof(columns));
        }

        Ids = ids.ToArray();
        FeatureNames = featureNames.ToArray();
        _columns = new double[columns.Count][];
        _featureIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int j = 0; j < columns.Count; j++)
        {
            if (columns[j].Length != Ids.Count)
            {
                throw new ArgumentException($"Feature '{FeatureNames[j]}' has {columns[j].Length} values for {Ids.Count} rows.", nameof(columns));
            }

            if (!_featureIndex.TryAdd(FeatureNames[j], j))
            {
                throw new ArgumentException($"Feature '{FeatureNames[j]}' appears twice.", nameof(featureNames));
            }

            _columns[j] = columns[j];
        }

        _otherColumns = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var otherNames = new List<string>();
        foreach (var (name, values) in otherColumns ?? [])
        {
            if (values.Length != Ids.Count)
            {
                throw new ArgumentException($"Column '{name}' has {values.Length} values for {Ids.Count} rows.", nameof(otherColumns));
            }

            if (_featureIndex.ContainsKey(name) || !_otherColumns.TryAdd(name, values))
            {
                throw new ArgumentException($"Column '{name}' appears twice.", nameof(otherColumns));
            }

            otherNames.Add(name);
        }

        OtherColumnNames = otherNames;
    }

    /// <summary>The ID column's name when a table has none of its own.</summary>
    public const string DefaultIdColumn = "ID";

    /// <summary>The name of the ID column (the column <see cref="Ids"/> came from).</summary>
    public string IdColumn { get; }

    /// <summary>The row identifiers, in row order (not necessarily unique: a long table repeats a subject).</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>The feature names, in column order.</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>The names of the non-feature columns, in their source order.</summary>
    public IReadOnlyList<string> OtherColumnNames { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount => Ids.Count;

    /// <summary>The number of feature columns.</summary>
    public int FeatureCount => _columns.Length;

    /// <summary>Feature <paramref name="feature"/>'s values, one per row.</summary>
    public ReadOnlySpan<double> Column(int feature) => _columns[feature];

    /// <summary>The value of feature <paramref name="feature"/> in row <paramref name="row"/>.</summary>
    public double this[int row, int feature] => _columns[feature][row];

    /// <summary>The column index of the feature named <paramref name="name"/>, or -1.</summary>
    public int IndexOfFeature(string name) => _featureIndex.TryGetValue(name, out int j) ? j : -1;

    /// <summary>Whether a non-feature column named <paramref name="name"/> exists (the ID column counts as one).</summary>
    public bool HasColumn(string name) => _otherColumns.ContainsKey(name) || name == IdColumn;

    /// <summary>
    /// The text values of the non-feature column <paramref name="name"/>; the ID column's name gives <see cref="Ids"/>
    /// (so a subject or batch column that is also the ID column is found).
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public IReadOnlyList<string> OtherColumn(string name) =>
        _otherColumns.TryGetValue(name, out string[]? values) ? values
        : name == IdColumn ? Ids
        : throw new KeyNotFoundException($"The table has no column '{name}'.");

    /// <summary>A table with the same rows and other columns, keeping only the features named (in the order given).</summary>
    /// <exception cref="KeyNotFoundException">A name is not a feature of this table.</exception>
    public FeatureTable SelectFeatures(IEnumerable<string> names)
    {
        var kept = names.ToArray();
        var columns = kept.Select(n => _featureIndex.TryGetValue(n, out int j) ? _columns[j] : throw new KeyNotFoundException($"The table has no feature '{n}'.")).ToArray();
        return new FeatureTable(Ids, kept, columns, OtherColumnNames.Select(n => KeyValuePair.Create(n, _otherColumns[n])), IdColumn);
    }

    /// <summary>A table with the rows at <paramref name="rows"/> (in that order), features and other columns alike.</summary>
    public FeatureTable SelectRows(IReadOnlyList<int> rows)
    {
        var ids = rows.Select(r => Ids[r]).ToArray();
        var columns = _columns.Select(c => rows.Select(r => c[r]).ToArray()).ToArray();
        var others = OtherColumnNames.Select(n => KeyValuePair.Create(n, rows.Select(r => _otherColumns[n][r]).ToArray()));
        return new FeatureTable(ids, FeatureNames, columns, others, IdColumn);
    }
}
