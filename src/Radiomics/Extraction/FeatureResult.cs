namespace Radiomics.Extraction;

/// <summary>
/// The outcome of one extraction: an ordered name → value map, diagnostics first and then features, with
/// PyRadiomics' names (<c>diagnostics_*</c>, <c>original_firstorder_Mean</c>, …).
/// </summary>
public sealed class FeatureResult
{
    private readonly List<KeyValuePair<string, ResultValue>> _entries = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    /// <summary>Every entry in output order: diagnostics first, then features in PyRadiomics' order.</summary>
    public IReadOnlyList<KeyValuePair<string, ResultValue>> Entries => _entries;

    /// <summary>The number of entries (diagnostics and features).</summary>
    public int Count => _entries.Count;

    /// <summary>The value named <paramref name="name"/> (exact, case-sensitive).</summary>
    /// <exception cref="KeyNotFoundException">No entry has that name.</exception>
    public ResultValue this[string name] => _entries[_index[name]].Value;

    /// <summary>The value named <paramref name="name"/> (exact, case-sensitive), if there is one.</summary>
    /// <returns>False (and a default value) when no entry has that name.</returns>
    public bool TryGet(string name, out ResultValue value)
    {
        if (_index.TryGetValue(name, out int i))
        {
            value = _entries[i].Value;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The feature entries only (everything that is not a diagnostic).</summary>
    public IEnumerable<KeyValuePair<string, double>> Features =>
        _entries.Where(e => !e.Key.StartsWith("diagnostics_", StringComparison.Ordinal) && e.Value.IsNumber)
                .Select(e => new KeyValuePair<string, double>(e.Key, e.Value.Number));

    internal void Add(string name, ResultValue value)
    {
        if (_index.ContainsKey(name))
        {
            throw new InvalidOperationException($"Duplicate output name '{name}'.");
        }

        _index[name] = _entries.Count;
        _entries.Add(new KeyValuePair<string, ResultValue>(name, value));
    }
}
