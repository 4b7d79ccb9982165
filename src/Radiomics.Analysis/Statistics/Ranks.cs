namespace Radiomics.Analysis.Statistics;

/// <summary>Ranks of a sample, ties averaged: R's <c>rank(x, ties.method = "average", na.last = "keep")</c>.</summary>
public static class Ranks
{
    /// <summary>
    /// Writes the 1-based rank of each value to <paramref name="ranks"/>; tied values get the mean of the ranks they
    /// span (1, 2.5, 2.5, 4). NaN values get NaN and take no rank (the others are ranked among themselves); -0 and +0
    /// tie. Allocates two work arrays of the sample's size.
    /// </summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Average(ReadOnlySpan<double> values, Span<double> ranks) => AverageWithTies(values, ranks);

    /// <summary>
    /// <see cref="Average(ReadOnlySpan{double}, Span{double})"/>, returning the tie term Σ(t³ − t) over the groups of t
    /// tied values (0 without ties), summed in ascending order of value: what the normal approximations of rank tests
    /// subtract from their variance (<c>wilcox.test</c>'s <c>NTIES</c> correction).
    /// </summary>
    internal static double AverageWithTies(ReadOnlySpan<double> values, Span<double> ranks)
    {
        if (values.Length != ranks.Length)
        {
            throw new ArgumentException($"{values.Length} values but room for {ranks.Length} ranks.", nameof(ranks));
        }

        int count = 0;
        foreach (double v in values)
        {
            count += double.IsNaN(v) ? 0 : 1;
        }

        var keys = new double[count];
        var positions = new int[count];
        for (int i = 0, m = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                ranks[i] = double.NaN;
                continue;
            }

            keys[m] = values[i];
            positions[m++] = i;
        }

        Array.Sort(keys, positions);
        double tieTerm = 0;
        for (int start = 0; start < count;)
        {
            int end = start + 1;
            while (end < count && keys[end] == keys[start])
            {
                end++;
            }

            double rank = (start + end + 1) / 2.0;
            for (int t = start; t < end; t++)
            {
                ranks[positions[t]] = rank;
            }

            double size = end - start;
            tieTerm += (size * size * size) - size;
            start = end;
        }

        return tieTerm;
    }

    /// <summary>
    /// Dense ranks: 0 for the smallest distinct value, 1 for the next, …, equal values sharing one (-0 and +0 tie);
    /// <paramref name="distinct"/> is how many distinct values there are. Values must not be NaN.
    /// </summary>
    internal static int[] Dense(IReadOnlyList<double> values, out int distinct)
    {
        double[] sorted = values.Distinct().Order().ToArray();
        distinct = sorted.Length;
        var ranks = new int[values.Count];
        for (int i = 0; i < ranks.Length; i++)
        {
            ranks[i] = Array.BinarySearch(sorted, values[i]);
        }

        return ranks;
    }

    /// <summary>The average ranks of <paramref name="values"/> as a new array (see <see cref="Average(ReadOnlySpan{double}, Span{double})"/>).</summary>
    public static double[] Average(ReadOnlySpan<double> values)
    {
        var ranks = new double[values.Length];
        Average(values, ranks);
        return ranks;
    }
}
