using System.Buffers;
using Radiomics.Numerics;
using Radiomics.Preprocessing;

namespace Radiomics.Features.FirstOrder;

/// <summary>
/// Percentiles with numpy's default ("linear", Hyndman–Fan type 7) definition, found without sorting: a histogram
/// of the values over <c>B ≈ n/16</c> equal-width buckets between the minimum and the maximum locates the bucket of
/// each needed rank; only those buckets' values are gathered and selected in (quickselect). Two passes over the data,
/// which is not modified, and pooled buffers only.
/// </summary>
/// <remarks>
/// Exact: the bucket of a value, <c>⌊(x − min)·B/(max − min)⌋</c>, never decreases as x increases (each rounded
/// operation is monotone), so the k-th smallest value lies in the bucket where the cumulative count first exceeds k,
/// at rank k minus the counts of the buckets below. The result is the very element a full sort would put at rank k
/// (+0 and −0 are ties, as in any comparison sort).
/// </remarks>
internal static class OrderStatistics
{
    private const int MaxBuckets = 1 << 16;

    /// <summary>
    /// The <paramref name="percentiles"/> (0–100, at most <see cref="MaxPercentiles"/>) of <paramref name="values"/>,
    /// whose extremes are <paramref name="minimum"/> and <paramref name="maximum"/>, into <paramref name="result"/>.
    /// Interpolates as numpy.percentile: <c>a + (b − a)·t</c>, or <c>b − (b − a)·(1 − t)</c> when t ≥ 0.5.
    /// NaN everywhere when the data hold a NaN (numpy propagates it).
    /// </summary>
    public static void Percentiles(RoiSegments values, double minimum, double maximum, ReadOnlySpan<double> percentiles, Span<double> result)
    {
        int n = values.Count;
        if (n == 0)
        {
            throw new ArgumentException("Percentiles need at least one value.", nameof(values));
        }

        if (percentiles.Length > MaxPercentiles)
        {
            throw new ArgumentException($"At most {MaxPercentiles} percentiles at a time.", nameof(percentiles));
        }

        if (double.IsNaN(minimum) || double.IsNaN(maximum))
        {
            result[..percentiles.Length].Fill(double.NaN);
            return;
        }

        // Ranks 2i and 2i + 1 are the two order statistics percentile i interpolates between.
        Span<int> ranks = stackalloc int[2 * percentiles.Length];
        Span<double> ranked = stackalloc double[2 * percentiles.Length];
        for (int i = 0; i < percentiles.Length; i++)
        {
            int lower = (int)Math.Floor(Position(percentiles[i], n));
            ranks[2 * i] = lower;
            ranks[2 * i + 1] = Math.Min(lower + 1, n - 1);
        }

        SelectRanks(values, minimum, maximum, ranks, ranked);
        for (int i = 0; i < percentiles.Length; i++)
        {
            double position = Position(percentiles[i], n);
            double t = position - Math.Floor(position);
            double a = ranked[2 * i], b = ranked[2 * i + 1];
            double difference = b - a;
            result[i] = t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
        }
    }

    /// <summary>The most percentiles one call computes (their ranks live on the stack).</summary>
    public const int MaxPercentiles = 16;

    /// <summary>numpy's virtual index of percentile q among n sorted values.</summary>
    private static double Position(double q, int n) => q / 100.0 * (n - 1);

    /// <summary>The values of rank <paramref name="ranks"/>[i] (0 = smallest) into <paramref name="ranked"/>[i].</summary>
    private static void SelectRanks(RoiSegments values, double minimum, double maximum, ReadOnlySpan<int> ranks, Span<double> ranked)
    {
        int n = values.Count;
        int bucketCount = Math.Clamp(n >> 4, 1, MaxBuckets);
        double scale = bucketCount / (maximum - minimum);
        if (!double.IsFinite(scale) || !double.IsFinite(maximum - minimum))
        {
            // One value repeated, or a range too narrow or too wide (infinities) to scale: one bucket holds everything.
            bucketCount = 1;
            scale = 0;
        }

        var bucketing = new Bucketing(minimum, scale, bucketCount);
        int[] pooled = ArrayPool<int>.Shared.Rent(bucketCount);
        try
        {
            Span<int> counts = pooled.AsSpan(0, bucketCount);
            counts.Clear();
            if (bucketCount == 1)
            {
                counts[0] = n;
            }
            else
            {
                Count(values, bucketing, counts);
            }

            SelectFromBuckets(values, bucketing, counts, ranks, ranked);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(pooled);
        }
    }

    /// <summary>
    /// Given the bucket <paramref name="counts"/>, gathers the buckets holding the ranks and selects in each.
    /// <paramref name="counts"/> is then reused as the bucket → slot map.
    /// </summary>
    private static void SelectFromBuckets(RoiSegments values, Bucketing bucketing, Span<int> counts, ReadOnlySpan<int> ranks, Span<double> ranked)
    {
        // The distinct ranks, ascending; for each, its bucket and the number of values in the buckets below it.
        Span<int> distinct = stackalloc int[ranks.Length];
        ranks.CopyTo(distinct);
        distinct.Sort();
        int distinctCount = 0;
        foreach (int rank in distinct)
        {
            if (distinctCount == 0 || distinct[distinctCount - 1] != rank)
            {
                distinct[distinctCount++] = rank;
            }
        }

        distinct = distinct[..distinctCount];
        Span<int> bucketOfRank = stackalloc int[distinctCount];
        Span<int> belowBucket = stackalloc int[distinctCount];
        int bucket = 0, below = 0;
        for (int i = 0; i < distinctCount; i++)
        {
            while (below + counts[bucket] <= distinct[i])
            {
                below += counts[bucket];
                bucket++;
            }

            bucketOfRank[i] = bucket;
            belowBucket[i] = below;
        }

        // Slots: the distinct buckets needed, ascending, laid out one after another in the gather buffer.
        Span<int> slotBucket = stackalloc int[distinctCount];
        Span<int> slotStart = stackalloc int[distinctCount + 1];
        int slots = 0;
        for (int i = 0; i < distinctCount; i++)
        {
            if (slots == 0 || slotBucket[slots - 1] != bucketOfRank[i])
            {
                slotBucket[slots] = bucketOfRank[i];
                slotStart[slots + 1] = slotStart[slots] + counts[bucketOfRank[i]];
                slots++;
            }
        }

        int gathered = slotStart[slots];
        double[] pooled = ArrayPool<double>.Shared.Rent(gathered);
        try
        {
            Span<double> buffer = pooled.AsSpan(0, gathered);
            Gather(values, bucketing, counts, slotBucket[..slots], slotStart, buffer);
            Span<int> local = stackalloc int[distinctCount];
            int first = 0;
            for (int slot = 0; slot < slots; slot++)
            {
                int last = first;
                while (last < distinctCount && bucketOfRank[last] == slotBucket[slot])
                {
                    local[last - first] = distinct[last] - belowBucket[last];
                    last++;
                }

                Span<double> bucketValues = buffer[slotStart[slot]..slotStart[slot + 1]];
                MultiSelect(bucketValues, local[..(last - first)], 0, last - first - 1, 0, bucketValues.Length - 1);
                for (int i = first; i < last; i++)
                {
                    double value = bucketValues[distinct[i] - belowBucket[i]];
                    for (int r = 0; r < ranks.Length; r++)
                    {
                        if (ranks[r] == distinct[i])
                        {
                            ranked[r] = value;
                        }
                    }
                }

                first = last;
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(pooled);
        }
    }

    /// <summary>Copies the values of the slots' buckets into their slots of <paramref name="target"/>, in data order.</summary>
    private static void Gather(RoiSegments values, Bucketing bucketing, Span<int> map, ReadOnlySpan<int> slotBucket, ReadOnlySpan<int> slotStart, Span<double> target)
    {
        if (bucketing.Count == 1)
        {
            int k = 0;
            for (int r = 0; r < values.Runs.Length; r += 2)
            {
                ReadOnlySpan<double> run = values.Voxels.Slice(values.Runs[r], values.Runs[r + 1]);
                run.CopyTo(target[k..]);
                k += run.Length;
            }

            return;
        }

        map.Fill(-1);
        Span<int> next = stackalloc int[slotBucket.Length];
        for (int slot = 0; slot < slotBucket.Length; slot++)
        {
            map[slotBucket[slot]] = slot;
            next[slot] = slotStart[slot];
        }

        for (int r = 0; r < values.Runs.Length; r += 2)

        {

            ReadOnlySpan<double> run = values.Voxels.Slice(values.Runs[r], values.Runs[r + 1]);
            foreach (double v in run)
            {
                int slot = map[bucketing.Of(v)];
                if (slot >= 0)
                {
                    target[next[slot]++] = v;
                }
            }
        }
    }

    /// <summary>The histogram pass: counts[bucket]++ for every value.</summary>
    private static void Count(RoiSegments values, Bucketing bucketing, Span<int> counts)
    {
        for (int r = 0; r < values.Runs.Length; r += 2)
        {
            ReadOnlySpan<double> run = values.Voxels.Slice(values.Runs[r], values.Runs[r + 1]);
            foreach (double v in run)
            {
                counts[bucketing.Of(v)]++;
            }
        }
    }

    /// <summary>The monotone map from a value to its bucket: ⌊(x − min)·scale⌋, capped at the last bucket.</summary>
    private readonly struct Bucketing(double minimum, double scale, int count)
    {
        public int Count => count;

        public int Of(double value) => Math.Min((int)((value - minimum) * scale), count - 1);
    }

    /// <summary>Places the elements of rank ranks[lo..hi] (ascending) at their sorted positions within values[left..right].</summary>
    private static void MultiSelect(Span<double> values, ReadOnlySpan<int> ranks, int lo, int hi, int left, int right)
    {
        while (lo <= hi && left < right)
        {
            int middle = (lo + hi) >>> 1;
            int k = ranks[middle];
            QuickSelect.Select(values, k, left, right);
            // Ranks below k lie in [left, k-1]; above in [k+1, right].
            MultiSelect(values, ranks, lo, middle - 1, left, k - 1);
            lo = middle + 1;
            left = k + 1;
        }
    }
}
