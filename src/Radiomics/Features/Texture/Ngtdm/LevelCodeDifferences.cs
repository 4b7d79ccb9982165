using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Radiomics.Features.Texture.Ngtdm;

/// <summary>
/// The volume's NGTDM tallies from box sums when every code is its own grey level (all levels 1 … Ng present, the
/// common case): each voxel's neighbour count n, level sum A and <c>|i·n − A|</c> computed a vector of voxels at a
/// time along a box row (the level is the code, so no table lookups), then added to the tally of (i, n) run by run
/// of the row's ROI voxels. Integer arithmetic throughout, so the tallies equal the voxel-by-voxel ones exactly.
/// </summary>
internal static class LevelCodeDifferences
{
    /// <summary>Copies of the tallies the voxels take turns over (as in NgtdmMatrix's scalar tally).</summary>
    private const int Copies = 4;

    /// <summary>True when <paramref name="levelOfCode"/>[c] = c for every code and vectors are hardware accelerated.</summary>
    public static bool Applies(int[] levelOfCode)
    {
        for (int c = 0; c < levelOfCode.Length; c++)
        {
            if (levelOfCode[c] != c)
            {
                return false;
            }
        }

        return Vector.IsHardwareAccelerated;
    }

    /// <summary>
    /// Adds each ROI voxel's <c>|i·n − A|</c> to <c>differences[(i − 1) · stride + n]</c> (stride = the array's length
    /// / Ng) and, unless <paramref name="includeIsolatedVoxels"/>, counts the voxels with n ≥ 1 in
    /// <c>counts[i − 1]</c> (otherwise every ROI voxel); <paramref name="boxSums"/> holds <c>(A ≪ b) + n</c> with each voxel itself included.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tally(TextureGrid grid, int[] boxSums, int countBits, bool includeIsolatedVoxels, int[] counts, long[] differences)
    {
        int ng = counts.Length, stride = differences.Length / ng, tallyLength = differences.Length;
        int width = Vector<int>.Count;
        Imaging.Size3 box = grid.Box;
        int[] rowDifferences = System.Buffers.ArrayPool<int>.Shared.Rent(box.X + width);
        int[] rowKeys = System.Buffers.ArrayPool<int>.Shared.Rent(box.X + width);
        long[] tallies = System.Buffers.ArrayPool<long>.Shared.Rent(Copies * tallyLength);
        int[] voxels = System.Buffers.ArrayPool<int>.Shared.Rent(Copies * tallyLength);
        Array.Clear(tallies, 0, Copies * tallyLength);
        Array.Clear(voxels, 0, Copies * tallyLength);
        int[] codes = grid.Codes;
        ref int code0 = ref MemoryMarshal.GetArrayDataReference(codes);
        ref int sum0 = ref MemoryMarshal.GetArrayDataReference(boxSums);
        var ones = Vector<int>.One;
        var countMask = new Vector<int>((1 << countBits) - 1);
        var strides = new Vector<int>(stride);
        for (int z = 0; z < box.Z; z++)
        {
            for (int y = 0; y < box.Y; y++)
            {
                int rowStart = grid.PaddedSize.Offset(grid.Padding, y + grid.Padding, z + grid.Padding);
                ReadOnlySpan<int> row = codes.AsSpan(rowStart, box.X);
                if (row.IndexOfAnyExcept(0) < 0)
                {
                    continue; // no ROI voxel in this row
                }

                // Unchecked loads: a vector from a box position stays inside the padded grid (and Codes' slack), which
                // boxSums covers. Lanes outside the ROI compute values that are never read.
                for (int x = 0; x < box.X; x += width)
                {
                    var code = Vector.LoadUnsafe(ref code0, (nuint)(rowStart + x));
                    var packed = Vector.LoadUnsafe(ref sum0, (nuint)(rowStart + x)) - Vector.ShiftLeft(code, countBits) - Vector.Min(code, ones);
                    var found = packed & countMask;
                    var total = Vector.ShiftRightArithmetic(packed, countBits);
                    Vector.Abs((code * found) - total).CopyTo(rowDifferences, x);
                    (((code - ones) * strides) + found).CopyTo(rowKeys, x);
                }

                for (int start = 0; NextRun(row, ref start, out int length); start += length)
                {
                    for (int x = start; x < start + length; x++)
                    {
                        int tally = ((x & (Copies - 1)) * tallyLength) + rowKeys[x];
                        tallies[tally] += rowDifferences[x];
                        if (!includeIsolatedVoxels)
                        {
                            voxels[tally]++;
                        }
                    }
                }
            }
        }

        for (int copy = 0; copy < Copies; copy++)
        {
            for (int k = 0; k < tallyLength; k++)
            {
                differences[k] += tallies[(copy * tallyLength) + k];
                if (!includeIsolatedVoxels && k % stride != 0)
                {
                    counts[k / stride] += voxels[(copy * tallyLength) + k]; // voxels with n ≥ 1
                }
            }
        }

        if (includeIsolatedVoxels)
        {
            // Every ROI voxel counts: the grid's voxels per code.
            for (int i = 0; i < ng; i++)
            {
                counts[i] += grid.CodeCounts[i + 1];
            }
        }

        System.Buffers.ArrayPool<int>.Shared.Return(rowDifferences);
        System.Buffers.ArrayPool<int>.Shared.Return(rowKeys);
        System.Buffers.ArrayPool<long>.Shared.Return(tallies);
        System.Buffers.ArrayPool<int>.Shared.Return(voxels);
    }

    /// <summary>The next run of non-zero codes at or after <paramref name="start"/> (as <see cref="Imaging.RoiRuns.Next"/>).</summary>
    private static bool NextRun(ReadOnlySpan<int> row, ref int start, out int length)
    {
        int offset = row[start..].IndexOfAnyExcept(0);
        if (offset < 0)
        {
            length = 0;
            return false;
        }

        start += offset;
        length = row[start..].IndexOf(0);
        if (length < 0)
        {
            length = row.Length - start;
        }

        return true;
    }
}
