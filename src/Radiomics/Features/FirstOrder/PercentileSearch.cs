using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Radiomics.Preprocessing;

namespace Radiomics.Features.FirstOrder;

/// <summary>
/// The bucketed percentile search of <see cref="OrderStatistics"/> split into its steps, so that a caller can fold its
/// counting pass over the values into a pass of its own (first order folds it into its sums): every value through
/// <see cref="Counter"/>, then <see cref="PlanGather"/>, <see cref="Gather"/> and <see cref="Finish"/>. Holds pooled
/// buffers until disposed.
/// </summary>
/// <remarks>
/// A histogram of the values over <c>B ≈ n/16</c> equal-width buckets between the minimum and the maximum locates
/// the bucket of each needed rank; only those buckets' values are gathered (in data order) and selected in. Exact:
/// the bucket of a value, <c>⌊(x − min)·B/(max − min)⌋</c>, never decreases as x increases (each rounded operation
/// is monotone), so the k-th smallest value lies in the bucket where the cumulative count first exceeds k, at rank k
/// minus the counts of the buckets below. The result is the very element a full sort would put at rank k (+0 and −0
/// are ties, as in any comparison sort). The counting step also keeps each value's bucket (2 bytes a value), so the
/// gather scans those instead of recomputing every bucket from the values: a pass with no floating-point work.
/// </remarks>
internal sealed class PercentileSearch : IDisposable
{
    /// <summary>The most percentiles one search computes.</summary>
    public const int MaxPercentiles = 16;

    private const int MaxBuckets = 1 << 16; // a bucket index fits in a ushort

    private readonly int _n;
    private readonly double[] _percentiles;
    private readonly int[] _ranks;
    private readonly Bucketing _bucketing;
    private readonly bool _undefined;
    private int[] _counts;
    private ushort[] _buckets = [];
    private double[]? _gathered;
    private int[] _next = [];
    private int[] _slotBucket = [];
    private int[] _slotStart = [];
    private int[] _distinct = [];
    private int[] _bucketOfRank = [];
    private int[] _belowBucket = [];

    /// <summary>
    /// A search for <paramref name="percentiles"/> (0–100, at most <see cref="MaxPercentiles"/>) among <paramref name="n"/>
    /// values whose extremes are <paramref name="minimum"/> and <paramref name="maximum"/>; NaN extremes (the data hold a
    /// NaN) make every percentile NaN, as numpy's.
    /// </summary>
    public PercentileSearch(int n, double minimum, double maximum, ReadOnlySpan<double> percentiles)
    {
        if (n == 0)
        {
            throw new ArgumentException("Percentiles need at least one value.", nameof(n));
        }

        if (percentiles.Length > MaxPercentiles)
        {
            throw new ArgumentException($"At most {MaxPercentiles} percentiles at a time.", nameof(percentiles));
        }

        _n = n;
        _percentiles = percentiles.ToArray();
        _undefined = double.IsNaN(minimum) || double.IsNaN(maximum);

        // Ranks 2i and 2i + 1 are the two order statistics percentile i interpolates between.
        _ranks = new int[2 * percentiles.Length];
        for (int i = 0; i < percentiles.Length; i++)
        {
            int lower = (int)Math.Floor(Position(percentiles[i], n));
            _ranks[2 * i] = lower;
            _ranks[2 * i + 1] = Math.Min(lower + 1, n - 1);
        }

        int bucketCount = Math.Clamp(n >> 4, 1, MaxBuckets);
        double scale = bucketCount / (maximum - minimum);
        if (_undefined || !double.IsFinite(scale) || !double.IsFinite(maximum - minimum))
        {
            // One value repeated, or a range too narrow or too wide (infinities) to scale: one bucket holds everything.
            bucketCount = 1;
            scale = 0;
        }

        _bucketing = new Bucketing(minimum, scale, bucketCount);
        _counts = ArrayPool<int>.Shared.Rent(CountLanes * bucketCount);
        _counts.AsSpan(0, CountLanes * bucketCount).Clear();
        if (bucketCount == 1)
        {
            _counts[0] = n;
        }
        else if (!_undefined)
        {
            _buckets = ArrayPool<ushort>.Shared.Rent(n);
        }
    }

    /// <summary>
    /// The counting step keeps <see cref="CountLanes"/> interleaved histograms (bucket b, lane l at <c>b·CountLanes + l</c>),
    /// value i counted in lane i mod <see cref="CountLanes"/>: neighbouring voxels often share a bucket, and with a
    /// single histogram each increment waited on the previous one's store (a memory round trip per voxel, longer than
    /// the floating-point chain of the pass that carries the count).
    /// </summary>
    internal const int CountLanes = 2;

    /// <summary>The counting step's sink (it ignores the values when there is nothing to count: one bucket, or NaN extremes).</summary>
    public BucketCounter Counter() => new(_bucketing, _bucketing.Count > 1 && !_undefined ? _counts : null, _buckets);

    /// <summary>Decides, from the counts, which buckets hold the ranks and where each goes in the gather buffer.</summary>
    public void PlanGather()
    {
        if (_undefined)
        {
            return;
        }

        if (_bucketing.Count > 1)
        {
            // The lanes' counts summed into the first bucketing.Count entries (entry b is written after entries
            // b·CountLanes … b·CountLanes + CountLanes − 1, the last it needs, are read).
            for (int b = 0; b < _bucketing.Count; b++)
            {
                int total = 0;
                for (int lane = 0; lane < CountLanes; lane++)
                {
                    total += _counts[(b * CountLanes) + lane];
                }

                _counts[b] = total;
            }
        }

        // The distinct ranks, ascending; for each, its bucket and the number of values in the buckets below it.
        int[] sorted = [.. _ranks];
        Array.Sort(sorted);
        var distinct = new List<int>(sorted.Length);
        foreach (int rank in sorted)
        {
            if (distinct.Count == 0 || distinct[^1] != rank)
            {
                distinct.Add(rank);
            }
        }

        _distinct = [.. distinct];
        _bucketOfRank = new int[_distinct.Length];
        _belowBucket = new int[_distinct.Length];
        int bucket = 0, below = 0;
        for (int i = 0; i < _distinct.Length; i++)
        {
            while (below + _counts[bucket] <= _distinct[i])
            {
                below += _counts[bucket];
                bucket++;
            }

            _bucketOfRank[i] = bucket;
            _belowBucket[i] = below;
        }

        // Slots: the distinct buckets needed, ascending, laid out one after another in the gather buffer.
        var slotBucket = new List<int>(_distinct.Length);
        var slotStart = new List<int>(_distinct.Length + 1) { 0 };
        foreach (int b in _bucketOfRank)
        {
            if (slotBucket.Count == 0 || slotBucket[^1] != b)
            {
                slotBucket.Add(b);
                slotStart.Add(slotStart[^1] + _counts[b]);
            }
        }

        _slotBucket = [.. slotBucket];
        _slotStart = [.. slotStart];
        _gathered = ArrayPool<double>.Shared.Rent(_slotStart[^1]);

        // The counts become the bucket → slot map.
        Span<int> map = _counts.AsSpan(0, _bucketing.Count);
        map.Fill(-1);
        _next = new int[_slotBucket.Length];
        for (int slot = 0; slot < _slotBucket.Length; slot++)
        {
            map[_slotBucket[slot]] = slot;
            _next[slot] = _slotStart[slot];
        }
    }

    /// <summary>
    /// Copies, in data order, the values of the buckets that hold a rank into the gather buffer (after
    /// <see cref="PlanGather"/>; nothing when the percentiles are NaN). <paramref name="values"/> are the values the
    /// counter saw, in the same order.
    /// </summary>
    public void Gather(RoiSegments values)
    {
        if (_undefined)
        {
            return;
        }

        double[] target = _gathered!;
        if (_bucketing.Count == 1)
        {
            int copied = 0;
            for (int r = 0; r < values.Runs.Length; r += 2)
            {
                values.Voxels.Slice(values.Runs[r], values.Runs[r + 1]).CopyTo(target.AsSpan(copied));
                copied += values.Runs[r + 1];
            }

            return;
        }

        BucketScan scan = new(values, _counts, _next, target);
        ReadOnlySpan<ushort> buckets = _buckets.AsSpan(0, _n);
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Few buckets hold a rank (about one in 4,000 values here): test sixteen stored buckets at a time against
            // each of them and look closer only where one matches.
            Span<Vector256<ushort>> wanted = stackalloc Vector256<ushort>[_slotBucket.Length];
            for (int slot = 0; slot < _slotBucket.Length; slot++)
            {
                wanted[slot] = Vector256.Create((ushort)_slotBucket[slot]);
            }

            for (; i <= buckets.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                Vector256<ushort> stored = Vector256.Create(buckets.Slice(i, Vector256<ushort>.Count));
                Vector256<ushort> hit = Vector256<ushort>.Zero;
                foreach (Vector256<ushort> bucket in wanted)
                {
                    hit |= Vector256.Equals(stored, bucket);
                }

                for (uint matches = hit.ExtractMostSignificantBits(); matches != 0; matches &= matches - 1)
                {
                    int j = i + BitOperations.TrailingZeroCount(matches);
                    scan.Visit(j, buckets[j]);
                }
            }
        }

        for (; i < buckets.Length; i++)
        {
            scan.Visit(i, buckets[i]);
        }
    }

    /// <summary>
    /// The percentiles into <paramref name="result"/>, interpolated as numpy.percentile: <c>a + (b − a)·t</c>, or
    /// <c>b − (b − a)·(1 − t)</c> when t ≥ 0.5.
    /// </summary>
    public void Finish(Span<double> result)
    {
        if (_undefined)
        {
            result[.._percentiles.Length].Fill(double.NaN);
            return;
        }

        Span<double> ranked = stackalloc double[_ranks.Length];
        Span<int> local = stackalloc int[_distinct.Length];
        int first = 0;
        for (int slot = 0; slot < _slotBucket.Length; slot++)
        {
            int last = first;
            while (last < _distinct.Length && _bucketOfRank[last] == _slotBucket[slot])
            {
                local[last - first] = _distinct[last] - _belowBucket[last];
                last++;
            }

            Span<double> bucketValues = _gathered.AsSpan(_slotStart[slot], _slotStart[slot + 1] - _slotStart[slot]);
            OrderStatistics.MultiSelect(bucketValues, local[..(last - first)], 0, last - first - 1, 0, bucketValues.Length - 1);
            for (int i = first; i < last; i++)
            {
                double value = bucketValues[_distinct[i] - _belowBucket[i]];
                for (int r = 0; r < _ranks.Length; r++)
                {
                    if (_ranks[r] == _distinct[i])
                    {
                        ranked[r] = value;
                    }
                }
            }

            first = last;
        }

        for (int i = 0; i < _percentiles.Length; i++)
        {
            double position = Position(_percentiles[i], _n);
            double t = position - Math.Floor(position);
            double a = ranked[2 * i], b = ranked[2 * i + 1];
            double difference = b - a;
            result[i] = t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_counts.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_counts);
            _counts = [];
        }

        if (_gathered is not null)
        {
            ArrayPool<double>.Shared.Return(_gathered);
            _gathered = null;
        }

        if (_buckets.Length > 0)
        {
            ArrayPool<ushort>.Shared.Return(_buckets);
            _buckets = [];
        }
    }

    /// <summary>numpy's virtual index of percentile q among n sorted values.</summary>
    private static double Position(double q, int n) => q / 100.0 * (n - 1);

    /// <summary>The histogram step: one count per value in its bucket (in the lane of the value's position), and the bucket kept.</summary>
    public readonly struct BucketCounter : IValueSink
    {
        private readonly Bucketing _bucketing;
        private readonly int[]? _counts;
        private readonly ushort[] _buckets;

        internal BucketCounter(Bucketing bucketing, int[]? counts, ushort[] buckets)
        {
            _bucketing = bucketing;
            _counts = counts;
            _buckets = buckets;
        }

        /// <summary>Whether values need to be shown at all.</summary>
        public bool Active => _counts is not null;

        /// <summary>Counts <paramref name="value"/> (only when <see cref="Active"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(double value, int position)
        {
            int bucket = _bucketing.Of(value);
            _buckets[position] = (ushort)bucket;
            _counts![(bucket * CountLanes) + (position & (CountLanes - 1))]++;
        }
    }

    /// <summary>The gather's bookkeeping: from a value's position among the ROI's values to its voxel, and into its slot.</summary>
    private ref struct BucketScan
    {
        private readonly RoiSegments _values;
        private readonly int[] _slots;
        private readonly int[] _next;
        private readonly double[] _target;
        private int _run;
        private int _runFirst;

        public BucketScan(RoiSegments values, int[] slots, int[] next, double[] target)
        {
            _values = values;
            _slots = slots;
            _next = next;
            _target = target;
        }

        /// <summary>Keeps value number <paramref name="position"/> (positions ascending) when its bucket holds a rank.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Visit(int position, int bucket)
        {
            int slot = _slots[bucket];
            if (slot < 0)
            {
                return;
            }

            ReadOnlySpan<int> runs = _values.Runs;
            while (position >= _runFirst + runs[_run + 1])
            {
                _runFirst += runs[_run + 1];
                _run += 2;
            }

            _target[_next[slot]++] = _values.Voxels[runs[_run] + position - _runFirst];
        }
    }

    /// <summary>The monotone map from a value to its bucket: ⌊(x − min)·scale⌋, capped at the last bucket.</summary>
    internal readonly struct Bucketing(double minimum, double scale, int count)
    {
        public int Count => count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        // Values lie in [minimum, maximum], so the scaled offset is in [0, count] (up to rounding) and the plain
        // truncating conversion is exact; the saturating cast's NaN and overflow handling would cost four instructions
        // per value for inputs that cannot occur.
        public int Of(double value) => Math.Min(double.ConvertToIntegerNative<int>((value - minimum) * scale), count - 1);
    }
}
