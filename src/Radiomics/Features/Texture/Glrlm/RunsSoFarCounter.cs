using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Radiomics.Imaging;

namespace Radiomics.Features.Texture.Glrlm;

/// <summary>
/// Counts the runs of every slice group, grey level and direction in one of three forms (<see cref="RunCounting"/>):
/// the ROI voxels whose run so far along that direction has length L (1 at a run's first voxel, 2 at its second, ...),
/// that is the number of runs at least L long, as each such run has exactly one such voxel (runs of length exactly L
/// are then <c>reached(L) − reached(L + 1)</c>); or, at each run's last voxel, the run itself (its length so far is
/// its length), either every run or only those of two voxels or more (each voxel lies in one run, so the runs of one
/// are the voxels less L for each longer run of length L). Nothing branches on where a run ends: the first form counts
/// the voxels that continue a run, the others the voxels that end one; the last takes the fewest increments.
/// </summary>
/// <remarks>
/// A line holds the same runs whichever way it is walked, so every direction is walked towards increasing grid
/// positions: the voxel before p (p − step) is then done before p. The box's rows are taken a vector of voxels at a
/// time (rows without ROI voxels are skipped). For a direction whose step is at least the vector width (any
/// direction that leaves the row), the vector's voxels do not depend on one another, so their run lengths are
/// computed together: <c>length(p) = (code(p) = code(p − step) ? length(p − step) : 0) + 1</c>. Along the row
/// itself (step 1) the voxels are taken one by one. Each voxel's count index is formed in the vector too. Only the
/// lanes that reach a length of two or more are counted: their indices are packed to the front of the vector (one
/// permutation, no branch per lane) and appended to a list of pending increments, which is applied once per row in
/// a tight loop. Every ROI voxel has exactly one length so far, so <c>reached(1)</c> is the voxel count of its grey
/// level and slice group (counted once for all directions) less the voxels counted at greater lengths. This keeps
/// the increments, the costly part, to the ones that matter. A direction counted by run ends counts instead the ROI
/// lanes whose next voxel along the direction (p + step, read from the grid) has another code, at their length.
///
/// Run lengths live in a ring per direction over grid positions, longer than the largest step plus two vectors,
/// so the entry of p − step is still there when p needs it. An entry of a position outside the ROI may be stale
/// or meaningless, and one past the row's end may be written early with a value that is corrected when its own row
/// comes; neither is ever used, as a ROI voxel only takes the length of a neighbour with its own (non-zero) code.
/// </remarks>
internal static class RunsSoFarCounter
{
    /// <summary>The counts, indexed by <see cref="Index"/>, in an array from the shared pool (the caller returns it).</summary>
    /// <param name="grid">The discretised ROI (padded by at least one voxel).</param>
    /// <param name="layout">Slice grouping.</param>
    /// <param name="directions">The directions to count (a share of the layout's).</param>
    /// <param name="form">How the runs are counted (<see cref="RunCounting.SoFar"/>: the runs so far of each length;
    /// otherwise the runs themselves, at their ends).</param>
    /// <param name="maxRunLength">The longest possible run (the box's longest side).</param>
    public static int[] Count(TextureGrid grid, TextureLayout layout, ReadOnlySpan<Index3> directions, RunCounting form, int maxRunLength)
    {
        int width = Vector<int>.Count;
        if (width > TextureGrid.Slack)
        {
            throw new PlatformNotSupportedException($"Vectors of {width} ints exceed the texture grid's slack.");
        }

        int directionCount = directions.Length;
        int columns = maxRunLength + 1;
        int ng = grid.GreyLevelCount;
        int directionStride = layout.SliceCount * (ng + 1) * columns;
        int countLength = directionStride * directionCount;
        int[] counts = System.Buffers.ArrayPool<int>.Shared.Rent(countLength);
        counts.AsSpan(0, countLength).Clear();

        var steps = new int[directionCount];
        int maxStep = 1;
        for (int d = 0; d < directionCount; d++)
        {
            steps[d] = Math.Abs(grid.Step(directions[d]));
            maxStep = Math.Max(maxStep, steps[d]);
        }

        if (form == RunCounting.LongEnds && ByteRunCounter.Applies(grid, layout, directions, maxRunLength))
        {
            ByteRunCounter.CountLongRuns(grid, layout, steps, counts, directionStride, columns);
        }
        else
        {
            CountInts(grid, layout, steps, maxStep, form, counts, directionStride, columns);
        }

        if (form != RunCounting.Ends && directionCount > 0)
        {
            AddFirstVoxels(grid, layout, counts, directionCount, directionStride, columns, form == RunCounting.LongEnds);
        }

        return counts;
    }

    /// <summary>The pass of <see cref="Count"/> on the int codes, lengths and count indices, 8 (or the vector width) voxels at a time.</summary>
    private static void CountInts(TextureGrid grid, TextureLayout layout, int[] steps, int maxStep, RunCounting form, int[] counts, int directionStride, int columns)
    {
        int width = Vector<int>.Count;
        int directionCount = steps.Length;
        int ng = grid.GreyLevelCount;
        Size3 box = grid.Box;

        // Ring d occupies [d·stride, (d + 1)·stride): a margin of one vector, the ring's slots, then copies of its first
        // slots (see StoreRing), so that a vector load or store never has to wrap. The last `width` entries are scratch.
        int ringSize = (int)BitOperations.RoundUpToPowerOf2((uint)(maxStep + 4 * width));
        int ringStride = ringSize + 3 * width;
        int scratchStart = ringStride * directionCount;
        int pendingStart = scratchStart + width;
        int pendingLength = ((box.X + width - 1) / width * width * directionCount) + width;
        int[] rings = System.Buffers.ArrayPool<int>.Shared.Rent(pendingStart + pendingLength); // pooled: can be large-object-heap sized
        rings.AsSpan(0, scratchStart + width).Clear();

        var lanes = Vector<int>.Indices;
        Size3 padded = grid.PaddedSize;
        int[] codes = grid.Codes;
        int pending = 0;
        bool countAllEnds = form != RunCounting.SoFar;

        // Lanes of this length are not counted at their ends: none (0) for every run, 1 for the runs of two or more.
        Vector<int> uncountedLength = form == RunCounting.LongEnds ? Vector<int>.One : Vector<int>.Zero;
        for (int z = 0; z < box.Z; z++)
        {
            for (int y = 0; y < box.Y; y++)
            {
                int rowStart = padded.Offset(grid.Padding, y + grid.Padding, z + grid.Padding);
                if (codes.AsSpan(rowStart, box.X).IndexOfAnyExcept(0) < 0)
                {
                    continue;
                }

                for (int x = 0; x < box.X; x += width)
                {
                    int p = rowStart + x;
                    var code = Vector.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(codes), (nuint)p);
                    Vector<int> counted = Vector.AndNot(Vector.LessThan(lanes, new Vector<int>(box.X - x)), Vector.Equals(code, Vector<int>.Zero));
                    if (counted == Vector<int>.Zero)
                    {
                        continue;
                    }

                    // Counter row of each lane (its slice group and code), less one column so that length L lands in column L − 1.
                    Vector<int> group = layout.SliceAxis switch
                    {
                        null => Vector<int>.Zero,
                        0 => lanes + new Vector<int>(x),
                        1 => new Vector<int>(y),
                        _ => new Vector<int>(z),
                    };
                    Vector<int> row = (((group * (ng + 1)) + code) * columns) - Vector<int>.One;
                    pending = countAllEnds
                        ? CountEnds(codes, rings, steps, p, code, row, counted, uncountedLength, ringStride, ringSize, directionStride, scratchStart, pendingStart, pending)
                        : CountVector(codes, rings, steps, p, code, row, counted, ringStride, ringSize, directionStride, scratchStart, pendingStart, pending);
                }

                ApplyIncrements(counts, rings.AsSpan(pendingStart, pending));
                pending = 0;
            }
        }

        System.Buffers.ArrayPool<int>.Shared.Return(rings);
    }

    /// <summary>
    /// The first column of every count row: in the so-far form reached(1), the voxels whose run so far has length 1
    /// (one per run): the voxels of that slice group and grey level less those counted at a length of two or more;
    /// counting the runs of two or more at their ends (<paramref name="longEnds"/>), the runs of one voxel: each voxel
    /// lies in one run, so they are the voxels less L voxels for each run of length L ≥ 2.
    /// </summary>
    private static void AddFirstVoxels(TextureGrid grid, TextureLayout layout, int[] counts, int directionCount, int directionStride, int columns, bool longEnds)
    {
        // The voxels per (slice group, code), one per `columns` entries as the counts' rows: the grid's per-code
        // counts for the volume, else counted here.
        Size3 box = grid.Box;
        int ng = grid.GreyLevelCount;
        int[] voxels = System.Buffers.ArrayPool<int>.Shared.Rent(layout.SliceCount * (ng + 1));
        voxels.AsSpan(0, layout.SliceCount * (ng + 1)).Clear();
        if (layout.SliceAxis is null)
        {
            grid.CodeCounts.AsSpan(0, ng + 1).CopyTo(voxels);
        }

        for (int z = 0; z < box.Z && layout.SliceAxis is not null; z++)
        {
            for (int y = 0; y < box.Y; y++)
            {
                ReadOnlySpan<int> row = grid.Codes.AsSpan(grid.PaddedSize.Offset(grid.Padding, y + grid.Padding, z + grid.Padding), box.X);
                for (int x = 0; x < row.Length; x++)
                {
                    if (row[x] != 0)
                    {
                        int group = layout.SliceAxis switch { null => 0, 0 => x, 1 => y, _ => z };
                        voxels[(group * (ng + 1)) + row[x]]++;
                    }
                }
            }
        }

        // Each voxel has one length so far (and lies in one run): those not counted at a length of two or more are the
        // runs' first voxels (or the runs of one).
        for (int d = 0; d < directionCount; d++)
        {
            for (int k = 0; k < directionStride; k += columns)
            {
                ReadOnlySpan<int> longer = counts.AsSpan((d * directionStride) + k + 1, columns - 1);
                int sum = 0;
                for (int j = 0; j < longer.Length; j++)
                {
                    sum += longEnds ? (j + 2) * longer[j] : longer[j];
                }

                counts[(d * directionStride) + k] = voxels[k / columns] - sum;
            }
        }

        System.Buffers.ArrayPool<int>.Shared.Return(voxels);
    }

    /// <summary>Adds one to the counter at each pending index.</summary>
    private static void ApplyIncrements(int[] counts, ReadOnlySpan<int> pending)
    {
        // Unchecked: the indices were formed below countLength.
        ref int count0 = ref MemoryMarshal.GetArrayDataReference(counts);
        foreach (int index in pending)
        {
            Unsafe.Add(ref count0, index)++;
        }
    }

    /// <summary>
    /// All directions for the vector of voxels at <paramref name="p"/>: run lengths so far, then the count index of each
    /// ROI lane with a length of at least two appended to the pending list; returns the list's new length.
    /// </summary>
    private static int CountVector(int[] codes, int[] rings, int[] steps, int p, Vector<int> code, Vector<int> row, Vector<int> counted, int ringStride, int ringSize, int directionStride, int scratchStart, int pendingStart, int pending)
    {
        // Unchecked access: the pending list has room for every lane of the row (see Length for the rest).
        ref int scratch = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(rings), scratchStart);
        ref int pending0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(rings), pendingStart);
        for (int d = 0; d < steps.Length; d++)
        {
            Vector<int> length = Length(codes, rings, steps[d], p, code, (d * ringStride) + Vector<int>.Count, ringSize, ref scratch);
            Vector<int> index = row + length + new Vector<int>(d * directionStride);
            Vector<int> counting = Vector.AndNot(counted, Vector.Equals(length, Vector<int>.One));
            pending += LanePacking.Append(index, counting, ref Unsafe.Add(ref pending0, pending), ref scratch);
        }

        return pending;
    }

    /// <summary>
    /// <see cref="CountVector"/> counting run ends: the count index of each ROI lane whose next voxel along the
    /// direction has another code (the run's last voxel, at the run's length) appended to the pending list, unless
    /// its length is <paramref name="uncountedLength"/>.
    /// </summary>
    private static int CountEnds(int[] codes, int[] rings, int[] steps, int p, Vector<int> code, Vector<int> row, Vector<int> counted, Vector<int> uncountedLength, int ringStride, int ringSize, int directionStride, int scratchStart, int pendingStart, int pending)
    {
        // Unchecked access: p + step is inside the padded grid or its slack, as p − step is (see Length).
        ref int code0 = ref MemoryMarshal.GetArrayDataReference(codes);
        ref int scratch = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(rings), scratchStart);
        ref int pending0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(rings), pendingStart);
        for (int d = 0; d < steps.Length; d++)
        {
            int step = steps[d];
            Vector<int> length = Length(codes, rings, step, p, code, (d * ringStride) + Vector<int>.Count, ringSize, ref scratch);
            Vector<int> index = row + length + new Vector<int>(d * directionStride);
            Vector<int> ends = Vector.Equals(code, Vector.LoadUnsafe(ref code0, (nuint)(p + step))) | Vector.Equals(length, uncountedLength);
            Vector<int> counting = Vector.AndNot(counted, ends);
            pending += LanePacking.Append(index, counting, ref Unsafe.Add(ref pending0, pending), ref scratch);
        }

        return pending;
    }

    /// <summary>
    /// The run lengths so far of the vector of voxels at <paramref name="p"/> along the direction of
    /// <paramref name="step"/>, whose ring starts at <paramref name="ringStart"/> in <paramref name="rings"/> (stored
    /// there too). Unchecked access: every position read is inside the padded grid or its slack (a vector starts inside
    /// the box, and p − step ≥ 0 for a ROI row), and ring slots are masked.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<int> Length(int[] codes, int[] rings, int step, int p, Vector<int> code, int ringStart, int ringSize, ref int scratch)
    {
        int width = Vector<int>.Count;
        int ringMask = ringSize - 1;
        ref int code0 = ref MemoryMarshal.GetArrayDataReference(codes);
        ref int ring = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(rings), ringStart);
        Vector<int> length;
        if (step >= width)
        {
            // The vector's voxels do not depend on one another: all lengths at once.
            var before = Vector.LoadUnsafe(ref code0, (nuint)(p - step));
            var beforeLength = Vector.LoadUnsafe(ref ring, (nuint)((p - step) & ringMask));
            length = (Vector.Equals(code, before) & beforeLength) + Vector<int>.One;
            StoreRing(ref ring, p & ringMask, ringSize, length);
        }
        else if (step == 1 && width == 8)
        {
            // Along the row, 8 voxels at once: lane i's run so far started at the last lane j ≤ i whose code differs
            // from the voxel before it (read from a table by the lanes' bit mask), or before the vector, where the
            // voxel before it (its length in the ring) carries on. Lanes outside the ROI get meaningless lengths.
            var before = Vector.LoadUnsafe(ref code0, (nuint)(p - 1));
            uint starts = ~Vector.Equals(code, before).AsVector256().ExtractMostSignificantBits() & 0xFF;
            var lastStart = Vector.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(LastStarts), (nuint)(starts * 8));
            var carried = new Vector<int>(-Unsafe.Add(ref ring, (p - 1) & ringMask));
            length = Vector<int>.Indices + Vector<int>.One - Vector.Max(lastStart, carried);
            Unsafe.Add(ref ring, (p + width - 1) & ringMask) = length[width - 1];
        }
        else
        {
            // Along the row: each voxel needs the one before it, so one at a time (this ring is never read as a vector).
            for (int lane = 0; lane < width; lane++)
            {
                int q = p + lane;
                int value = (Unsafe.Add(ref ring, (q - step) & ringMask) & SameMask(Unsafe.Add(ref code0, q - step), Unsafe.Add(ref code0, q))) + 1;
                Unsafe.Add(ref ring, q & ringMask) = value;
                Unsafe.Add(ref scratch, lane) = value;
            }

            length = Vector.LoadUnsafe(ref scratch);
        }

        return length;
    }

    /// <summary>
    /// Stores a vector at ring slot <paramref name="start"/>. The slots run on past the ring's end into copies of its
    /// first slots (and a margin lies before slot 0), so a vector never wraps: a store that reaches past the end is
    /// repeated one ring earlier, and one that covers the first slots is repeated one ring later.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreRing(ref int ring, int start, int ringSize, Vector<int> values)
    {
        values.StoreUnsafe(ref ring, (nuint)start);
        if (start > ringSize - Vector<int>.Count)
        {
            values.StoreUnsafe(ref Unsafe.Subtract(ref ring, ringSize - start));
        }

        if (start < Vector<int>.Count)
        {
            values.StoreUnsafe(ref ring, (nuint)(start + ringSize));
        }
    }

    /// <summary>
    /// For each 8-bit mask of run starts, lane by lane (8 ints per mask): the last start at or before the lane, or a
    /// value below any negated run length when there is none.
    /// </summary>
    private static readonly int[] LastStarts = BuildLastStarts();

    private static int[] BuildLastStarts()
    {
        var table = new int[256 * 8];
        for (int mask = 0; mask < 256; mask++)
        {
            int last = int.MinValue / 2;
            for (int lane = 0; lane < 8; lane++)
            {
                if ((mask & (1 << lane)) != 0)
                {
                    last = lane;
                }

                table[(mask * 8) + lane] = last;
            }
        }

        return table;
    }

    /// <summary>The index in <see cref="Count"/>'s result of (slice group, code ≥ 1, length L ≥ 1, direction d).</summary>
    /// <remarks>Direction-major: (direction, slice group, code, length), so one matrix's counts are contiguous.</remarks>
    public static int Index(int direction, int group, int code, int length, int sliceCount, int greyLevelCount, int maxRunLength) =>
        ((((direction * sliceCount) + group) * (greyLevelCount + 1)) + code) * (maxRunLength + 1) + length - 1;

    /// <summary>−1 (all bits set) when <paramref name="a"/> equals <paramref name="b"/>, else 0, without a branch.</summary>
    private static int SameMask(int a, int b)
    {
        int difference = a ^ b;
        return ~((difference | -difference) >> 31);
    }
}
