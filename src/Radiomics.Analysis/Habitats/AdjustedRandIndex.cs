namespace Radiomics.Analysis.Habitats;

/// <summary>
/// The adjusted Rand index of two labellings of the same items (Hubert and Arabie 1985), as
/// <c>sklearn.metrics.adjusted_rand_score</c>: (index − expected) / (max − expected) on the pair counts of the
/// contingency table. 1 for identical partitions up to relabelling, about 0 for independent ones; 1 in the degenerate
/// cases scikit-learn calls perfect (both labellings one cluster, or both every item its own cluster, or fewer than two items).
/// </summary>
public static class AdjustedRandIndex
{
    /// <summary>The ARI of <paramref name="a"/> and <paramref name="b"/> (any integer labels, one per item).</summary>
    /// <exception cref="ArgumentException">The labellings differ in length.</exception>
    public static double Compute(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count)
        {
            throw new ArgumentException($"Labellings of {a.Count} and {b.Count} items.", nameof(b));
        }

        if (a.Count < 2)
        {
            return 1.0;
        }

        var table = new Dictionary<(int, int), long>();
        var rows = new Dictionary<int, long>();
        var columns = new Dictionary<int, long>();
        for (int i = 0; i < a.Count; i++)
        {
            table[(a[i], b[i])] = table.GetValueOrDefault((a[i], b[i])) + 1;
            rows[a[i]] = rows.GetValueOrDefault(a[i]) + 1;
            columns[b[i]] = columns.GetValueOrDefault(b[i]) + 1;
        }

        double index = table.Values.Sum(Pairs);
        double rowPairs = rows.Values.Sum(Pairs), columnPairs = columns.Values.Sum(Pairs);
        double expected = rowPairs * columnPairs / Pairs(a.Count);
        double maximum = (rowPairs + columnPairs) / 2;
        return maximum == expected ? 1.0 : (index - expected) / (maximum - expected);
    }

    private static double Pairs(long n) => n * (n - 1) / 2.0;
}
