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

    /// <summary>
    /// The <paramref name="p"/>-quantile of <paramref name="values"/> to within 1/<paramref name="bins"/> of their range,
    /// without sorting: the values are counted in equal bins between their extremes and the quantile's rank (type 7, as
    /// <see cref="OfSorted"/>) is interpolated linearly within its bin. Good enough for a display window; NaN when empty.
    /// </summary>
    public static double Approximate(ReadOnlySpan<double> values, double p, double minimum, double maximum, int bins = 1024)
    {
        if (values.IsEmpty || !(maximum >= minimum))
        {
            return double.NaN;
        }

        if (maximum == minimum)
        {
            return minimum;
        }

        var counts = new long[bins];
        double scale = bins / (maximum - minimum);
        foreach (double v in values)
        {
            counts[Math.Clamp((int)((v - minimum) * scale), 0, bins - 1)]++;
        }

        double rank = p * (values.Length - 1);
        long below = 0;
        for (int b = 0; b < bins; b++)
        {
            if (below + counts[b] > rank)
            {
                return minimum + (b + (rank - below + 0.5) / counts[b]) / scale;
            }

            below += counts[b];
        }

        return maximum;
    }
}
