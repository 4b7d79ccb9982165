namespace Radiomics.Features.FirstOrder;

/// <summary>
/// Percentiles with numpy's default ("linear", Hyndman–Fan type 7) definition, found by multi-selection instead
/// of a full sort: selecting the handful of ranks the first-order features need costs O(n log k), not O(n log n).
/// </summary>
internal static class OrderStatistics
{
    /// <summary>
    /// The <paramref name="percentiles"/> (0–100) of <paramref name="values"/>, which is reordered in place.
    /// Interpolates as numpy.percentile: <c>a + (b − a)·t</c>, or <c>b − (b − a)·(1 − t)</c> when t ≥ 0.5.
    /// </summary>
    public static double[] Percentiles(Span<double> values, ReadOnlySpan<double> percentiles)
    {
        int n = values.Length;
        if (TryIntegerRanks(values, out long minimum, out int[]? counts))
        {
            return InterpolateFromCounts(percentiles, n, minimum, counts!);
        }

        var ranks = new List<int>(percentiles.Length * 2);
        foreach (double q in percentiles)
        {
            double position = q / 100.0 * (n - 1);
            int lower = (int)Math.Floor(position);
            ranks.Add(lower);
            ranks.Add(Math.Min(lower + 1, n - 1));
        }

        int[] sortedRanks = ranks.Distinct().Order().ToArray();
        MultiSelect(values, sortedRanks, 0, sortedRanks.Length - 1, 0, n - 1);

        var result = new double[percentiles.Length];
        for (int i = 0; i < percentiles.Length; i++)
        {
            double position = percentiles[i] / 100.0 * (n - 1);
            int lower = (int)Math.Floor(position);
            int upper = Math.Min(lower + 1, n - 1);
            double t = position - lower;
            double a = values[lower], b = values[upper];
            double difference = b - a;
            result[i] = t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
        }

        return result;
    }

    /// <summary>
    /// Integer-valued data over a modest range (CT in HU, discretised levels): a counting pass finds every rank in
    /// O(n + range) with the same result as selection.
    /// </summary>
    private static bool TryIntegerRanks(ReadOnlySpan<double> values, out long minimum, out int[]? counts)
    {
        minimum = 0;
        counts = null;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in values)
        {
            if (v != Math.Floor(v) || double.IsInfinity(v))
            {
                return false;
            }

            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        if (values.Length == 0 || max - min > Math.Max(4L * values.Length, 65536))
        {
            return false;
        }

        minimum = (long)min;
        counts = new int[(int)(max - min) + 1];
        foreach (double v in values)
        {
            counts[(int)((long)v - minimum)]++;
        }

        return true;
    }

    private static double[] InterpolateFromCounts(ReadOnlySpan<double> percentiles, int n, long minimum, int[] counts)
    {
        var result = new double[percentiles.Length];
        for (int i = 0; i < percentiles.Length; i++)
        {
            double position = percentiles[i] / 100.0 * (n - 1);
            int lower = (int)Math.Floor(position);
            int upper = Math.Min(lower + 1, n - 1);
            double t = position - lower;
            double a = ValueOfRank(lower, minimum, counts), b = ValueOfRank(upper, minimum, counts);
            double difference = b - a;
            result[i] = t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
        }

        return result;
    }

    private static double ValueOfRank(int rank, long minimum, int[] counts)
    {
        long seen = 0;
        for (int bin = 0; bin < counts.Length; bin++)
        {
            seen += counts[bin];
            if (seen > rank)
            {
                return minimum + bin;
            }
        }

        throw new InvalidOperationException("Rank beyond the data.");
    }

    /// <summary>Places the elements of rank ranks[lo..hi] at their sorted positions within values[left..right].</summary>
    private static void MultiSelect(Span<double> values, int[] ranks, int lo, int hi, int left, int right)
    {
        while (lo <= hi && left < right)
        {
            int middle = (lo + hi) >>> 1;
            int k = ranks[middle];
            Select(values, k, left, right);
            // Ranks below k lie in [left, k-1]; above in [k+1, right].
            MultiSelect(values, ranks, lo, middle - 1, left, k - 1);
            lo = middle + 1;
            left = k + 1;
        }
    }

    /// <summary>Hoare-style quickselect with median-of-three pivots: values[k] becomes the k-th smallest.</summary>
    private static void Select(Span<double> values, int k, int left, int right)
    {
        while (right > left)
        {
            if (right - left < 16)
            {
                InsertionSort(values.Slice(left, right - left + 1));
                return;
            }

            int mid = left + ((right - left) >> 1);
            if (values[mid] < values[left]) Swap(values, mid, left);
            if (values[right] < values[left]) Swap(values, right, left);
            if (values[right] < values[mid]) Swap(values, right, mid);
            double pivot = values[mid];
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i <= j)
                {
                    Swap(values, i, j);
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
                return;
            }
        }
    }

    private static void InsertionSort(Span<double> values)
    {
        for (int i = 1; i < values.Length; i++)
        {
            double v = values[i];
            int j = i - 1;
            while (j >= 0 && values[j] > v)
            {
                values[j + 1] = values[j];
                j--;
            }

            values[j + 1] = v;
        }
    }

    private static void Swap(Span<double> values, int a, int b) => (values[a], values[b]) = (values[b], values[a]);
}
