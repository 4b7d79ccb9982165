using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Radiomics.Imaging;

namespace Radiomics.Features.Texture.Glrlm;

/// <summary>
/// The <see cref="RunCounting.LongEnds"/> pass of <see cref="RunsSoFarCounter"/> on the grid's byte codes with run
/// lengths in bytes: 32 voxels per vector instead of 8, so the comparisons and run lengths cost a quarter of the int
/// pass. Only the lanes that end a run of two or more are counted: their count indices, code · columns + length in 16
/// bits, are packed to a list 8 lanes per byte shuffle and applied a direction and chunk at a time. The voxels are taken
/// in stretches of grid positions (a slice's rows with the padding between them), not row by row, so a row's last
/// vector wastes no lanes. Along the row (step 1), where a vector's voxels depend on one another, the runs are found
/// from the bit mask of the voxels whose next voxel has another code: a run of two or more ends at a set bit whose bit
/// below is clear, and its length is the distance to the set bit below that.
/// </summary>
/// <remarks>
/// Applies when there are at most 255 grey levels and no run is longer than 255 (the box's sides), with AVX2, for
/// slice groups along y or z (or none, in 3D), and when every direction but the row's has a step of at least 32 (the
/// box is at least about 30 voxels wide), so a vector's voxels never depend on one another along it. Run lengths live
/// in a byte ring per direction as in the int pass (see <see cref="RunsSoFarCounter"/>).
/// </remarks>
internal static class ByteRunCounter
{
    /// <summary>The voxels per vector.</summary>
    private const int Width = 32;

    /// <summary>The grid positions taken a direction at a time, between two applications of the increments (a multiple of the width).</summary>
    private const int ChunkLength = 1024;

    /// <summary>
    /// For each 8-bit mask, the byte shuffle that packs the selected 16-bit lanes of 8 to the front in lane order
    /// (16 bytes per mask; the rest zeroed).
    /// </summary>
    private static readonly byte[] Shuffles = BuildShuffles();

    /// <summary>Whether <see cref="CountLongRuns"/> can count <paramref name="directions"/> of this grid and layout.</summary>
    public static bool Applies(TextureGrid grid, TextureLayout layout, ReadOnlySpan<Index3> directions, int maxRunLength)
    {
        if (!Avx2.IsSupported || grid.GreyLevelCount > byte.MaxValue || maxRunLength > byte.MaxValue || layout.SliceAxis == 0 || TextureGrid.Slack <= Width)
        {
            return false;
        }

        foreach (Index3 direction in directions)
        {
            int step = Math.Abs(grid.Step(direction));
            if (step != 1 && step < Width)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Adds to <paramref name="counts"/> (indexed as <see cref="RunsSoFarCounter.Index"/>) each run of two voxels or
    /// more, at its length, of every direction of <paramref name="steps"/> (absolute grid steps); the caller checked
    /// <see cref="Applies"/>.
    /// </summary>
    public static void CountLongRuns(TextureGrid grid, TextureLayout layout, int[] steps, int[] counts, int directionStride, int columns)
    {
        byte[] codes = grid.ByteCodes!;
        int directionCount = steps.Length;
        Size3 box = grid.Box;
        int maxStep = 1;
        foreach (int step in steps)
        {
            maxStep = Math.Max(maxStep, step);
        }

        // The row's direction (step 1), if this share of the directions has it, finds its runs from bit masks, apart
        // from the others.
        int rowDirection = Array.IndexOf(steps, 1);

        // As the int pass: ring d is a margin of one vector, the ring's slots, then copies of its first slots.
        int ringSize = (int)BitOperations.RoundUpToPowerOf2((uint)(maxStep + (4 * Width)));
        int ringMask = ringSize - 1;
        int ringStride = ringSize + (3 * Width);
        byte[] rings = System.Buffers.ArrayPool<byte>.Shared.Rent(ringStride * directionCount);
        rings.AsSpan(0, ringStride * directionCount).Clear();

        // The increments of one direction and chunk: 16-bit indices code · columns + length relative to the
        // direction's and slice group's first count (below 65,536: at most 255 codes and 256 columns). A chunk adds at
        // most a lane per position, and a store writes up to 8 entries past the list's end.
        ushort[] pending = System.Buffers.ArrayPool<ushort>.Shared.Rent(ChunkLength + 8);

        // Per chunk, the vectors with ROI lanes: their grid positions, ROI lanes, and code · columns of each
        // lane in 16 bits in the lane order of the byte unpacks (per 128-bit half: the low 8 bytes, then the high 8).
        Span<int> positions = stackalloc int[ChunkLength / Width];
        Span<uint> rois = stackalloc uint[ChunkLength / Width];
        Span<Vector256<ushort>> codeColumns = stackalloc Vector256<ushort>[2 * ChunkLength / Width];
        Span<int> endsPerChunk = stackalloc int[directionCount];
        endsPerChunk.Clear();

        // Unchecked access: a vector starts inside the box, so p ± step and the vector's lanes stay inside the padded
        // grid and its slack (more than a vector); count indices are formed below the counts' length.
        ref byte code0 = ref MemoryMarshal.GetArrayDataReference(codes);
        ref byte ring0 = ref MemoryMarshal.GetArrayDataReference(rings);
        ref int count0 = ref MemoryMarshal.GetArrayDataReference(counts);
        var columnsVector = Vector256.Create((ushort)columns);
        int ng = grid.GreyLevelCount;

        // The voxels are taken in stretches of grid positions of one slice group: a whole slice's rows with the padding
        // between them (a padding voxel has code 0, so it is in no run and ends every run before it), or one row when
        // the slice groups are across y; trimmed to their first and last ROI voxels. Rows shorter than a vector waste
        // no lanes this way. Each stretch goes in chunks, each chunk a direction at a time.
        bool rowStretches = layout.SliceAxis == 1;
        int stretchLength = rowStretches ? box.X : ((box.Y - 1) * grid.PaddedSize.X) + box.X;
        for (int z = 0; z < box.Z; z++)
        {
            for (int y = 0; y < (rowStretches ? box.Y : 1); y++)
            {
                int stretchStart = grid.PaddedSize.Offset(grid.Padding, y + grid.Padding, z + grid.Padding);
                ReadOnlySpan<byte> stretch = codes.AsSpan(stretchStart, stretchLength);
                int firstRoi = stretch.IndexOfAnyExcept((byte)0);
                if (firstRoi < 0)
                {
                    continue;
                }

                int start = stretchStart + firstRoi;
                int length = stretch.LastIndexOfAnyExcept((byte)0) + 1 - firstRoi;

                // Count index of (direction 0, this stretch's slice group, code 0, length 0).
                int groupBias = ((layout.SliceAxis switch { null => 0, 1 => y, _ => z }) * (ng + 1) * columns) - 1;

                // Along the row: the last offset whose next voxel has another code (−1, before the stretch's first ROI
                // voxel, has code 0).
                int lastEnd = -1;
                for (int chunk = 0; chunk < length; chunk += ChunkLength)
                {
                    int vectors = 0;
                    for (int next = chunk; next < Math.Min(length, chunk + ChunkLength); next += Width)
                    {
                        // The stretch's last vector ends at its end, overlapping the one before: its voxels before
                        // `next` are not counted again, and its ring stores rewrite their lengths with the same values.
                        int x = Math.Min(next, Math.Max(0, length - Width));
                        int p = start + x;
                        var code = Vector256.LoadUnsafe(ref code0, (nuint)p);
                        uint inStretch = length - x >= Width ? uint.MaxValue : (1u << (length - x)) - 1;
                        uint roi = ~Vector256.Equals(code, Vector256<byte>.Zero).ExtractMostSignificantBits() & inStretch & ~((1u << (next - x)) - 1);
                        if (roi == 0)
                        {
                            // The vector's last voxel is outside the ROI: a run after it starts after it.
                            lastEnd = x + Width - 1;
                            continue;
                        }

                        if (rowDirection >= 0)
                        {
                            lastEnd = CountRowRuns(ref code0, ref count0, p, x, code, inStretch, roi, lastEnd, (rowDirection * directionStride) + groupBias, columns);
                        }

                        positions[vectors] = p;
                        rois[vectors] = roi;
                        codeColumns[2 * vectors] = Avx2.UnpackLow(code, Vector256<byte>.Zero).AsUInt16() * columnsVector;
                        codeColumns[(2 * vectors) + 1] = Avx2.UnpackHigh(code, Vector256<byte>.Zero).AsUInt16() * columnsVector;
                        vectors++;
                    }

                    for (int d = 0; d < directionCount; d++)
                    {
                        if (d != rowDirection)
                        {
                            ref byte ring = ref Unsafe.Add(ref ring0, (d * ringStride) + Width);
                            // Where the direction's last chunk had an end per vector or more, a vector without one
                            // is too rare to predict, and packing its empty mask costs less than a mispredicted branch.
                            int n = endsPerChunk[d] >= vectors
                                ? CountChunk<PackAlways>(ref code0, ref ring, ringSize, steps[d], positions[..vectors], rois, codeColumns, pending)
                                : CountChunk<SkipNoEnds>(ref code0, ref ring, ringSize, steps[d], positions[..vectors], rois, codeColumns, pending);
                            endsPerChunk[d] = n;
                            ref int first = ref Unsafe.Add(ref count0, (d * directionStride) + groupBias);
                            foreach (ushort index in pending.AsSpan(0, n))
                            {
                                Unsafe.Add(ref first, index)++;
                            }
                        }
                    }
                }
            }
        }

        System.Buffers.ArrayPool<ushort>.Shared.Return(pending);
        System.Buffers.ArrayPool<byte>.Shared.Return(rings);
    }

    /// <summary>
    /// One direction (grid step <paramref name="step"/> ≥ the width, run lengths in <paramref name="ring"/>) over a
    /// chunk's vectors at grid positions <paramref name="positions"/> (ROI lanes in <paramref name="rois"/>, code ·
    /// columns in <paramref name="codeColumns"/>, see <see cref="CountLongRuns"/>): stores the vectors' run lengths in
    /// the ring and writes to <paramref name="list"/> the count index (relative to the direction's first) of each ROI
    /// lane that ends a run of two or more; returns how many.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CountChunk<TPacking>(ref byte code0, ref byte ring, int ringSize, int step, ReadOnlySpan<int> positions, ReadOnlySpan<uint> rois, ReadOnlySpan<Vector256<ushort>> codeColumns, ushort[] list)
        where TPacking : struct, IPacking
    {
        int ringMask = ringSize - 1;
        ref byte shuffles = ref MemoryMarshal.GetArrayDataReference(Shuffles);
        ref ushort list0 = ref MemoryMarshal.GetArrayDataReference(list);
        ref uint roi0 = ref MemoryMarshal.GetReference(rois);
        ref Vector256<ushort> codeColumn0 = ref MemoryMarshal.GetReference(codeColumns);
        int count = 0;
        for (int v = 0; v < positions.Length; v++)
        {
            int p = positions[v];
            var code = Vector256.LoadUnsafe(ref code0, (nuint)p);
            var before = Vector256.LoadUnsafe(ref code0, (nuint)(p - step));
            var beforeLength = Vector256.LoadUnsafe(ref ring, (nuint)((p - step) & ringMask));
            Vector256<byte> continues = Vector256.Equals(code, before);
            Vector256<byte> length = (continues & beforeLength) + Vector256<byte>.One;
            StoreRing(ref ring, p & ringMask, ringSize, length);

            // A ROI voxel that continues a run (its length is two or more) and whose next voxel has another code ends
            // a run of two or more.
            var after = Vector256.LoadUnsafe(ref code0, (nuint)(p + step));
            uint ends = Vector256.AndNot(continues, Vector256.Equals(code, after)).ExtractMostSignificantBits() & Unsafe.Add(ref roi0, v);
            if (TPacking.Always || ends != 0)
            {
                count = Append(ref shuffles, Unsafe.Add(ref codeColumn0, 2 * v) + Avx2.UnpackLow(length, Vector256<byte>.Zero).AsUInt16(), ends & 0xFF, (ends >> 16) & 0xFF, ref list0, count);
                count = Append(ref shuffles, Unsafe.Add(ref codeColumn0, (2 * v) + 1) + Avx2.UnpackHigh(length, Vector256<byte>.Zero).AsUInt16(), (ends >> 8) & 0xFF, ends >> 24, ref list0, count);
            }
        }

        return count;
    }

    /// <summary>
    /// Appends to the list (of <paramref name="count"/> entries) the 16-bit lanes of <paramref name="indices"/> selected
    /// by <paramref name="lowBits"/> (lanes 0–7) and <paramref name="highBits"/> (lanes 8–15); returns the new count.
    /// Writes up to 8 entries past it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Append(ref byte table, Vector256<ushort> indices, uint lowBits, uint highBits, ref ushort list, int count)
    {
        // One byte shuffle packs each 128-bit half (its control read from `table`, Shuffles, by the half's 8 mask bits).
        var control = Vector256.Create(Vector128.LoadUnsafe(ref table, lowBits * 16), Vector128.LoadUnsafe(ref table, highBits * 16));
        Vector256<ushort> packed = Avx2.Shuffle(indices.AsByte(), control).AsUInt16();
        packed.GetLower().StoreUnsafe(ref Unsafe.Add(ref list, count));
        count += BitOperations.PopCount(lowBits);
        packed.GetUpper().StoreUnsafe(ref Unsafe.Add(ref list, count));
        return count + BitOperations.PopCount(highBits);
    }

    /// <summary>
    /// The runs of two or more along the row that end in the vector at grid position p (row x), counted at once, given
    /// lastEnd, the last x before the vector whose next voxel has another code; returns the new last end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CountRowRuns(ref byte code0, ref int count0, int p, int x, Vector256<byte> code, uint inRow, uint roi, int lastEnd, int bias, int columns)
    {
        // Bit i: voxel x + i is the last of a stretch of equal codes (a run, or a gap in the ROI). A run of two or more
        // ends at such a ROI voxel (of those still to count) whose voxel before it is not the last of another stretch.
        uint ends = ~Vector256.Equals(code, Vector256.LoadUnsafe(ref code0, (nuint)(p + 1))).ExtractMostSignificantBits() & inRow;
        uint longEnds = ends & roi & ~((ends << 1) | (lastEnd == x - 1 ? 1u : 0u));
        while (longEnds != 0)
        {
            int i = BitOperations.TrailingZeroCount(longEnds);
            uint below = ends & ((1u << i) - 1);
            int previous = below != 0 ? x + 31 - BitOperations.LeadingZeroCount(below) : lastEnd;
            Unsafe.Add(ref count0, bias + (Unsafe.Add(ref code0, p + i) * columns) + x + i - previous)++;
            longEnds &= longEnds - 1;
        }

        return ends != 0 ? x + 31 - BitOperations.LeadingZeroCount(ends) : lastEnd;
    }

    /// <summary>
    /// Stores a vector at ring slot <paramref name="start"/>, repeated one ring earlier when it reaches past the end and
    /// one ring later when it covers the first slots (as the int pass's ring), so a vector load never wraps.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreRing(ref byte ring, int start, int ringSize, Vector256<byte> values)
    {
        values.StoreUnsafe(ref ring, (nuint)start);
        if (start > ringSize - Width)
        {
            values.StoreUnsafe(ref Unsafe.Subtract(ref ring, ringSize - start));
        }

        if (start < Width)
        {
            values.StoreUnsafe(ref ring, (nuint)(start + ringSize));
        }
    }

    private static byte[] BuildShuffles()
    {
        var table = new byte[256 * 16];
        table.AsSpan().Fill(0x80);
        for (int mask = 0; mask < 256; mask++)
        {
            int k = 0;
            for (int lane = 0; lane < 8; lane++)
            {
                if ((mask & (1 << lane)) != 0)
                {
                    table[(mask * 16) + (2 * k)] = (byte)(2 * lane);
                    table[(mask * 16) + (2 * k) + 1] = (byte)((2 * lane) + 1);
                    k++;
                }
            }
        }

        return table;
    }

    /// <summary>Whether <see cref="CountChunk"/> packs a vector's ends without first checking that it has any.</summary>
    private interface IPacking
    {
        static abstract bool Always { get; }
    }

    /// <summary>Packs every vector (no branch on its ends).</summary>
    private readonly struct PackAlways : IPacking
    {
        public static bool Always => true;
    }

    /// <summary>Skips the vectors without ends (a branch per vector).</summary>
    private readonly struct SkipNoEnds : IPacking
    {
        public static bool Always => false;
    }
}
