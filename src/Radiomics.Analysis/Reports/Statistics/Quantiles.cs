namespace Radiomics.Analysis.Reports.Statistics;

/// <summary>Order statistics the report uses, on sorted copies; NaN values are left out.</summary>
internal static class Quantiles
{
    /// <summary>The finite values of <paramref name="values"/>, sorted ascending.</summary>
    public static double[] SortedFinite(ReadOnlySpan<double> values)
    {
        var sorted = new List<double>(values.Length);
        foreach (double v in values)
        {
            if (double.IsFinite(v))
            {
                sorted.Add(v);
            }
        }

        sorted.Sort();
        return [.. sorted];
    }

    /// <summary>
    /// The <paramref name="p"/>-quantile (0 ≤ p ≤ 1) of ascending <paramref name="sorted"/> with linear interpolation
    /// between order statistics (numpy.percentile's default, R type 7); NaN when empty.
    /// </summary>
    public static double OfSorted(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        double position = p * (sorted.Length - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
