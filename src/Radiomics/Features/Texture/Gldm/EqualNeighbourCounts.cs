using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Radiomics.Features.Texture.Gldm;

/// <summary>
/// The dependence counts of GLDM with α &lt; 1 (a neighbour is dependent when it has the centre's code) on the grid's
/// byte codes: 32 voxels per 256-bit compare instead of 8. Works slice by slice of the box: the slice's box rows are
/// one stretch of the padded grid (the padding columns between them computed too and never read), so the sweep has
/// no per-row bookkeeping; each ROI voxel's count is then tallied run by run of the row.
/// </summary>
internal static class EqualNeighbourCounts
{
    /// <summary>
    /// True when the byte kernel applies: codes fit in bytes and a count of equal neighbours (at most the number of
    /// neighbours) fits in a byte lane.
    /// </summary>
    public static bool Applies(TextureGrid grid, int neighbourCount) =>
        grid.GreyLevelCount <= byte.MaxValue && neighbourCount <= byte.MaxValue && Vector256.IsHardwareAccelerated;

    /// <summary>
    /// Adds each ROI voxel to <c>counts[(slice · Ng + code − 1) · columns + d]</c>, d its number of neighbours (at
    /// <paramref name="steps"/>) with the same code and slice its coordinate along <paramref name="sliceAxis"/> (0
    /// when null). Exact integer counts, so the same as the per-voxel definition whatever the order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tally(TextureGrid grid, int[] steps, int? sliceAxis, int[] counts, int columns)
    {
        byte[] codes = grid.ByteCodes ?? throw new InvalidOperationException("More than 255 codes: use the int kernel.");
        Imaging.Size3 box = grid.Box, padded = grid.PaddedSize;
        int pad = grid.Padding, ng = grid.GreyLevelCount, width = Vector256<byte>.Count;

        // One slice's box rows as a stretch of the padded grid; its counts a vector past its end (read only in the ROI).
        int stretch = ((box.Y - 1) * padded.X) + box.X;
        byte[] dependent = System.Buffers.ArrayPool<byte>.Shared.Rent(stretch + width);
        ref byte code0 = ref MemoryMarshal.GetArrayDataReference(codes);
        ref byte dependent0 = ref MemoryMarshal.GetArrayDataReference(dependent);
        for (int z = 0; z < box.Z; z++)
        {
            int first = padded.Offset(pad, pad, z + pad);

            // Unchecked loads: from a position of the stretch (or up to a vector past it), any step stays inside the
            // padded grid, and a vector from there inside its slack (TextureGrid.Slack ≥ 64 bytes).
            for (int i = 0; i < stretch; i += width)
            {
                var centre = Vector256.LoadUnsafe(ref code0, (nuint)(first + i));
                if (centre == Vector256<byte>.Zero)
                {
                    continue; // no ROI voxel here: its counts are never read
                }

                var sum = Vector256<byte>.Zero;
                foreach (int step in steps)
                {
                    sum -= Vector256.Equals(centre, Vector256.LoadUnsafe(ref code0, (nuint)(first + i + step))); // −1 where equal
                }

                sum.StoreUnsafe(ref dependent0, (nuint)i);
            }

            for (int y = 0; y < box.Y; y++)
            {
                int offset = y * padded.X;
                ReadOnlySpan<byte> row = codes.AsSpan(first + offset, box.X);
                int rowSlice = sliceAxis switch { 1 => y, 2 => z, _ => 0 };
                for (int start = 0; Imaging.RoiRuns.Next(row, ref start, out int length); start += length)
                {
                    if (sliceAxis == 0)
                    {
                        for (int x = start; x < start + length; x++)
                        {
                            counts[(((x * ng) + row[x] - 1) * columns) + dependent[offset + x]]++;
                        }
                    }
                    else
                    {
                        AddRun(row.Slice(start, length), dependent.AsSpan(offset + start, length), counts.AsSpan(rowSlice * ng * columns), columns);
                    }
                }
            }
        }

        System.Buffers.ArrayPool<byte>.Shared.Return(dependent);
    }

    /// <summary>
    /// Counts each voxel of a run in <c>counts[(code − 1) · columns + d]</c> (<paramref name="counts"/> starting at the
    /// run's slice). Kept apart from the slice loop so that its few references stay in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void AddRun(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> dependent, Span<int> counts, int columns)
    {
        // Unchecked: a run's codes are 1 … Ng and its counts 0 … columns − 1, inside the slice's Ng × columns counts.
        ref byte code0 = ref MemoryMarshal.GetReference(codes);
        ref byte dependent0 = ref MemoryMarshal.GetReference(dependent);
        ref int count0 = ref MemoryMarshal.GetReference(counts);
        for (int x = 0; x < codes.Length; x++)
        {
            Unsafe.Add(ref count0, ((Unsafe.Add(ref code0, x) - 1) * columns) + Unsafe.Add(ref dependent0, x))++;
        }
    }
}
