using Radiomics.Numerics;
using Radiomics.Preprocessing;

namespace Radiomics.Features.FirstOrder;

/// <summary>
/// Percentiles with numpy's default ("linear", Hyndman–Fan type 7) definition, found without sorting (see
/// <see cref="PercentileSearch"/>): one pass over the data (not modified), a scan of the buckets it kept, and pooled buffers only.
/// </summary>
internal static class OrderStatistics
{
    /// <summary>The most percentiles one call computes.</summary>
    public const int MaxPercentiles = PercentileSearch.MaxPercentiles;

    /// <summary>
    /// The <paramref name="percentiles"/> (0–100, at most <see cref="MaxPercentiles"/>) of <paramref name="values"/>,
    /// whose extremes are <paramref name="minimum"/> and <paramref name="maximum"/>, into <paramref name="result"/>.
    /// Interpolates as numpy.percentile: <c>a + (b − a)·t</c>, or <c>b − (b − a)·(1 − t)</c> when t ≥ 0.5.
    /// NaN everywhere when the data hold a NaN (numpy propagates it).
    /// </summary>
    public static void Percentiles(RoiSegments values, double minimum, double maximum, ReadOnlySpan<double> percentiles, Span<double> result)
    {
        using var search = new PercentileSearch(values.Count, minimum, maximum, percentiles);
        PercentileSearch.BucketCounter counter = search.Counter();
        if (counter.Active)
        {
            Show(values, counter);
        }

        search.PlanGather();
        search.Gather(values);

        search.Finish(result);
    }

    /// <summary>Hands every value of <paramref name="values"/>, in voxel order, to <paramref name="sink"/>.</summary>
    private static void Show<TSink>(RoiSegments values, TSink sink)
        where TSink : struct, IValueSink
    {
        int position = 0;
        for (int r = 0; r < values.Runs.Length; r += 2)
        {
            foreach (double v in values.Voxels.Slice(values.Runs[r], values.Runs[r + 1]))
            {
                sink.Add(v, position++);
            }
        }
    }

    /// <summary>Places the elements of rank ranks[lo..hi] (ascending) at their sorted positions within values[left..right].</summary>
    internal static void MultiSelect(Span<double> values, ReadOnlySpan<int> ranks, int lo, int hi, int left, int right)
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
