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
/// pass. Only the count indices of the lanes that end a run of two or more are widened to ints (8 lanes at a time) and
/// packed to the pending list, as in the int pass. Along the row (step 1), where a vector's voxels depend on one
/// another, the runs are found from the bit mask of the voxels whose next voxel has another code: a run of two or more
/// ends at a set bit whose bit below is clear, and its length is the distance to the set bit below that.
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

        // As the int pass: ring d is a margin of one vector, the ring's slots, then copies of its first slots.
        int ringSize = (int)BitOperations.RoundUpToPowerOf2((uint)(maxStep + (4 * Width)));
        int ringMask = ringSize - 1;
        int ringStride = ringSize + (3 * Width);
        byte[] rings = System.Buffers.ArrayPool<byte>.Shared.Rent(ringStride * directionCount);
        rings.AsSpan(0, ringStride * directionCount).Clear();
        int[] pending = System.Buffers.ArrayPool<int>.Shared.Rent(((box.X + Width - 1) / Width * Width * directionCount) + 8);

        // Unchecked access: a vector starts inside the box, so p ± step and the vector's lanes stay inside the padded
        // grid and its slack (more than a vector); count indices are formed below the counts' length.
        ref byte code0 = ref MemoryMarshal.GetArrayDataReference(codes);
        ref byte ring0 = ref MemoryMarshal.GetArrayDataReference(rings);
        ref int pending0 = ref MemoryMarshal.GetArrayDataReference(pending);
        ref int count0 = ref MemoryMarshal.GetArrayDataReference(counts);
        Vector256<byte> one = Vector256<byte>.One;
        var columnsVector = Vector256.Create(columns);
        int ng = grid.GreyLevelCount;
        for (int z = 0; z < box.Z; z++)
        {
            for (int y = 0; y < box.Y; y++)
            {
                int rowStart = grid.PaddedSize.Offset(grid.Padding, y + grid.Padding, z + grid.Padding);
                if (codes.AsSpan(rowStart, box.X).IndexOfAnyExcept((byte)0) < 0)
                {
                    continue;
                }

                // Count index of (direction 0, this row's slice group, code 0, length 0).
                int groupBias = ((layout.SliceAxis switch { null => 0, 1 => y, _ => z }) * (ng + 1) * columns) - 1;
                int count = 0;

                // Along the row: the last x whose next voxel has another code (−1, the padding, before the row).
                int lastEnd = -1;
                for (int next = 0; next < box.X; next += Width)
                {
                    // The row's last vector ends at the row's end, overlapping the one before: its voxels before `next`
                    // are not counted again, and its ring stores rewrite their lengths with the same values.
                    int x = Math.Min(next, Math.Max(0, box.X - Width));
                    int p = rowStart + x;
                    var code = Vector256.LoadUnsafe(ref code0, (nuint)p);
                    uint inRow = box.X - x >= Width ? uint.MaxValue : (1u << (box.X - x)) - 1;
                    uint roi = ~Vector256.Equals(code, Vector256<byte>.Zero).ExtractMostSignificantBits() & inRow & ~((1u << (next - x)) - 1);
                    if (roi == 0)
                    {
                        // The vector's last voxel is outside the ROI: a run after it starts after it.
                        lastEnd = x + Width - 1;
                        continue;
                    }

                    // code · columns of each lane, 8 lanes per vector, shared by the directions.
                    Vector256<int> row0 = Avx2.ConvertToVector256Int32(code.GetLower()) * columnsVector;
                    Vector256<int> row1 = Avx2.ConvertToVector256Int32(Sse2.ShiftRightLogical128BitLane(code.GetLower(), 8)) * columnsVector;
                    Vector256<int> row2 = Avx2.ConvertToVector256Int32(code.GetUpper()) * columnsVector;
                    Vector256<int> row3 = Avx2.ConvertToVector256Int32(Sse2.ShiftRightLogical128BitLane(code.GetUpper(), 8)) * columnsVector;
                    for (int d = 0; d < directionCount; d++)
                    {
                        int step = steps[d];
                        int bias = (d * directionStride) + groupBias;
                        if (step == 1)
                        {
                            lastEnd = CountRowRuns(ref code0, ref count0, p, x, code, inRow, roi, lastEnd, bias, columns);
                            continue;
                        }

                        ref byte ring = ref Unsafe.Add(ref ring0, (d * ringStride) + Width);
                        var before = Vector256.LoadUnsafe(ref code0, (nuint)(p - step));
                        var beforeLength = Vector256.LoadUnsafe(ref ring, (nuint)((p - step) & ringMask));
                        Vector256<byte> length = (Vector256.Equals(code, before) & beforeLength) + one;
                        StoreRing(ref ring, p & ringMask, ringSize, length);
                        var after = Vector256.LoadUnsafe(ref code0, (nuint)(p + step));
                        uint ends = ~(Vector256.Equals(code, after) | Vector256.Equals(length, one)).ExtractMostSignificantBits() & roi;
                        if (ends == 0)
                        {
                            continue;
                        }

                        var biasVector = Vector256.Create(bias);
                        Vector128<byte> low = length.GetLower(), high = length.GetUpper();
                        count += LanePacking.AppendSelected(row0 + Avx2.ConvertToVector256Int32(low) + biasVector, ends & 0xFF, ref Unsafe.Add(ref pending0, count));
                        count += LanePacking.AppendSelected(row1 + Avx2.ConvertToVector256Int32(Sse2.ShiftRightLogical128BitLane(low, 8)) + biasVector, (ends >> 8) & 0xFF, ref Unsafe.Add(ref pending0, count));
                        count += LanePacking.AppendSelected(row2 + Avx2.ConvertToVector256Int32(high) + biasVector, (ends >> 16) & 0xFF, ref Unsafe.Add(ref pending0, count));
                        count += LanePacking.AppendSelected(row3 + Avx2.ConvertToVector256Int32(Sse2.ShiftRightLogical128BitLane(high, 8)) + biasVector, ends >> 24, ref Unsafe.Add(ref pending0, count));
                    }
                }

                foreach (int index in pending.AsSpan(0, count))
                {
                    Unsafe.Add(ref count0, index)++;
                }
            }
        }

        System.Buffers.ArrayPool<int>.Shared.Return(pending);
        System.Buffers.ArrayPool<byte>.Shared.Return(rings);
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
}
