using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Radiomics.Features.Texture.Ngtdm;

/// <summary>
/// The volume's NGTDM tallies from <see cref="NeighbourhoodSums"/>' box sums (or, for the 3D cube of radius 1, its
/// row sums, added up over the nine (y, z) neighbours here instead of in a grid-sized pass of their own): each voxel's
/// neighbour count n, level sum A and <c>|i·n − A|</c> computed a vector of voxels at a time along a box row, then
/// added to the tally of (i, n) run by run of the row's ROI voxels. Integer arithmetic throughout, so the tallies
/// equal the voxel-by-voxel ones exactly, whatever the order.
/// </summary>
internal static class VolumeDifferences
{
    /// <summary>Copies of the tallies the voxels take turns over, so that neighbouring voxels, which mostly hit the
    /// same tally, do not wait on each other's memory updates.</summary>
    private const int Copies = 4;

    /// <summary>
    /// Adds each ROI voxel's <c>|i·n − A|</c> to <c>differences[(code − 1) · stride + n]</c> (stride = the array's length
    /// / Ng) and counts in <c>counts[code − 1]</c> every ROI voxel when <paramref name="includeIsolatedVoxels"/>, else
    /// those with n ≥ 1. <paramref name="sums"/> holds <c>(A ≪ b) + n</c> per position with each voxel itself included:
    /// box sums, or row sums when <paramref name="rowSums"/>.
    /// </summary>
    /// <remarks>Reads the grid's byte codes when there are any and <see cref="CodeVectors.ReadBytes"/>, else its int codes.</remarks>
    public static void Tally(TextureGrid grid, int[] sums, bool rowSums, int countBits, int[] levelOfCode, bool includeIsolatedVoxels, int[] counts, long[] differences)
    {
        if (CodeVectors.ReadBytes && grid.ByteCodes is byte[] bytes)
        {
            Tally(grid, bytes, sums, rowSums, countBits, levelOfCode, includeIsolatedVoxels, counts, differences);
        }
        else
        {
            Tally(grid, grid.Codes, sums, rowSums, countBits, levelOfCode, includeIsolatedVoxels, counts, differences);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tally<T>(TextureGrid grid, T[] codes, int[] sums, bool rowSums, int countBits, int[] levelOfCode, bool includeIsolatedVoxels, int[] counts, long[] differences)
        where T : unmanaged, IBinaryInteger<T>
    {
        int ng = counts.Length, stride = differences.Length / ng, tallyLength = differences.Length;
        int width = Vector<int>.Count;
        Imaging.Size3 box = grid.Box;
        bool codesAreLevels = NeighbourhoodSums.CodesAreLevels(levelOfCode);
        int[] rowLevels = System.Buffers.ArrayPool<int>.Shared.Rent(box.X + width);
        int[] rowDifferences = System.Buffers.ArrayPool<int>.Shared.Rent(box.X + width);
        int[] rowKeys = System.Buffers.ArrayPool<int>.Shared.Rent(box.X + width);
        long[] tallies = System.Buffers.ArrayPool<long>.Shared.Rent(Copies * tallyLength);
        int[] voxels = System.Buffers.ArrayPool<int>.Shared.Rent(Copies * tallyLength);
        Array.Clear(tallies, 0, Copies * tallyLength);
        Array.Clear(voxels, 0, Copies * tallyLength);
        ref T code0 = ref MemoryMarshal.GetArrayDataReference(codes);
        ref int sum0 = ref MemoryMarshal.GetArrayDataReference(sums);
        int strideY = grid.PaddedSize.X, strideZ = grid.PaddedSize.X * grid.PaddedSize.Y;
        ref int rowDifferences0 = ref MemoryMarshal.GetArrayDataReference(rowDifferences); // box.X + width entries
        ref int rowKeys0 = ref MemoryMarshal.GetArrayDataReference(rowKeys);
        var ones = Vector<int>.One;
        var countMask = new Vector<int>((1 << countBits) - 1);
        var strides = new Vector<int>(stride);
        for (int z = 0; z < box.Z; z++)
        {
            for (int y = 0; y < box.Y; y++)
            {
                int rowStart = grid.PaddedSize.Offset(grid.Padding, y + grid.Padding, z + grid.Padding);
                ReadOnlySpan<T> row = codes.AsSpan(rowStart, box.X);
                if (row.IndexOfAnyExcept(T.Zero) < 0)
                {
                    continue; // no ROI voxel in this row
                }

                // Unchecked loads: a vector from a box position, moved by at most one row and one slice either way,
                // stays inside the padded grid (and Codes' slack), which the sums cover. Lanes outside the ROI compute
                // values that are never read.
                if (!codesAreLevels)
                {
                    for (int x = 0; x < box.X + width; x++)
                    {
                        rowLevels[x] = levelOfCode[int.CreateTruncating(codes[rowStart + x])];
                    }
                }

                for (int x = 0; x < box.X; x += width)
                {
                    int p = rowStart + x;
                    var code = CodeVectors.Load(ref code0, (nuint)p);
                    var level = codesAreLevels ? code : Vector.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(rowLevels), (nuint)x);
                    Vector<int> sum = rowSums ? PlaneSum(ref sum0, p, strideY, strideZ) : Vector.LoadUnsafe(ref sum0, (nuint)p);
                    var packed = sum - Vector.ShiftLeft(level, countBits) - Vector.Min(code, ones); // the voxel itself taken off
                    var found = packed & countMask;
                    var total = Vector.ShiftRightArithmetic(packed, countBits);
                    Vector.StoreUnsafe(Vector.Abs((level * found) - total), ref rowDifferences0, (nuint)x);
                    Vector.StoreUnsafe(((code - ones) * strides) + found, ref rowKeys0, (nuint)x);
                }

                for (int start = 0; Imaging.RoiRuns.Next(row, ref start, out int length); start += length)
                {
                    AddRun(rowKeys, rowDifferences, start, length, tallies, includeIsolatedVoxels ? null : voxels, tallyLength);
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

        System.Buffers.ArrayPool<int>.Shared.Return(rowLevels);
        System.Buffers.ArrayPool<int>.Shared.Return(rowDifferences);
        System.Buffers.ArrayPool<int>.Shared.Return(rowKeys);
        System.Buffers.ArrayPool<long>.Shared.Return(tallies);
        System.Buffers.ArrayPool<int>.Shared.Return(voxels);
    }

    /// <summary>
    /// Adds the differences of row voxels <paramref name="start"/> … + <paramref name="length"/> − 1 to their tallies
    /// (voxel x to copy x mod <see cref="Copies"/>) and, when <paramref name="voxels"/> is given, counts them there.
    /// Kept apart from the row loop so that its few references stay in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void AddRun(int[] keys, int[] rowDifferences, int start, int length, long[] tallies, int[]? voxels, int tallyLength)
    {
        // Unchecked: x is inside the row, and a ROI voxel's key, (code − 1) · stride + n, inside one copy of the tallies.
        ref int key0 = ref MemoryMarshal.GetArrayDataReference(keys);
        ref int difference0 = ref MemoryMarshal.GetArrayDataReference(rowDifferences);
        ref long tally0 = ref MemoryMarshal.GetArrayDataReference(tallies);
        for (int x = start; x < start + length; x++)
        {
            int tally = ((x & (Copies - 1)) * tallyLength) + Unsafe.Add(ref key0, x);
            Unsafe.Add(ref tally0, tally) += Unsafe.Add(ref difference0, x);
        }

        if (voxels is not null)
        {
            for (int x = start; x < start + length; x++)
            {
                voxels[((x & (Copies - 1)) * tallyLength) + keys[x]]++;
            }
        }
    }

    /// <summary>The sum of the row sums at the nine (y, z) neighbours of position p (itself included).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<int> PlaneSum(ref int sum0, int p, int strideY, int strideZ)
    {
        int below = p - strideZ, above = p + strideZ;
        return Vector.LoadUnsafe(ref sum0, (nuint)(below - strideY)) + Vector.LoadUnsafe(ref sum0, (nuint)below) + Vector.LoadUnsafe(ref sum0, (nuint)(below + strideY))
            + Vector.LoadUnsafe(ref sum0, (nuint)(p - strideY)) + Vector.LoadUnsafe(ref sum0, (nuint)p) + Vector.LoadUnsafe(ref sum0, (nuint)(p + strideY))
            + Vector.LoadUnsafe(ref sum0, (nuint)(above - strideY)) + Vector.LoadUnsafe(ref sum0, (nuint)above) + Vector.LoadUnsafe(ref sum0, (nuint)(above + strideY));
    }
}
