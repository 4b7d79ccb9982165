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
    /// <see cref="OfSorted"/>'s value without sorting: the two order statistics around the position found by
    /// quickselect in <paramref name="values"/> (reordered in place; finite values only). NaN when empty.
    /// </summary>
    public static double Select(double[] values, double p)
    {
        if (values.Length == 0)
        {
            return double.NaN;
        }

        double position = p * (values.Length - 1);
        int below = (int)Math.Floor(position);
        double low = NthSmallest(values, below);
        if (below + 1 >= values.Length || position == below)
        {
            return low;
        }

        // After selection every value right of 'below' is at least 'low'; the next order statistic is their minimum.
        double high = double.PositiveInfinity;
        for (int i = below + 1; i < values.Length; i++)
        {
            high = Math.Min(high, values[i]);
        }

        return low + (position - below) * (high - low);
    }

    /// <summary>The k-th smallest value (0-based), partitioning <paramref name="values"/> around it (Hoare's selection, middle pivot).</summary>
    private static double NthSmallest(double[] values, int k)
    {
        int left = 0, right = values.Length - 1;
        while (left < right)
        {
            double pivot = values[left + (right - left) / 2];
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                break;
            }
        }

        return values[k];
    }
}
