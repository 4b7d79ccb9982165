using System.Buffers;

namespace Radiomics.Imaging;

/// <summary>Connected-component counting on binary masks.</summary>
public static class ConnectedComponents
{
    /// <summary>
    /// The number of connected regions of non-zero voxels; 26-connectivity when <paramref name="fullyConnected"/>
    /// (ITK's FullyConnectedOn, which PyRadiomics uses for diagnostics_Mask-*_VolumeNum), else 6-connectivity.
    /// </summary>
    /// <remarks>
    /// Works on runs, not voxels: each row's runs of non-zero voxels are found in one pass over the mask, then every run
    /// is joined (union–find) with the overlapping runs of the rows before it that can touch it — the row below and, in
    /// the slice below, the rows −1, 0, +1 (26-connectivity, where runs one voxel apart diagonally touch too) or only
    /// the row below and the same row in the slice below (6-connectivity, runs must share an x). The count is the runs
    /// less the joins that merged two regions. This runs on every extraction with diagnostics, once per mask: a pass over
    /// the bytes and work per run, where a flood fill visits 26 neighbours per voxel.
    /// </remarks>
    public static int Count(Volume<byte> mask, bool fullyConnected = true)
    {
        Size3 size = mask.Size;
        int rows = checked(size.Y * size.Z);
        int[] rowStarts = ArrayPool<int>.Shared.Rent(rows + 1);
        int[] starts = ArrayPool<int>.Shared.Rent(16);
        int[] ends = ArrayPool<int>.Shared.Rent(16);
        int[] parents = [];
        try
        {
            int runs = FindRuns(mask.Voxels, size, rowStarts, ref starts, ref ends);
            parents = ArrayPool<int>.Shared.Rent(Math.Max(1, runs));
            for (int i = 0; i < runs; i++)
            {
                parents[i] = i;
            }

            // 26-connectivity: a run touches a run of a neighbouring row whose x-range comes within one voxel of its own.
            int reach = fullyConnected ? 1 : 0;
            int merges = 0;
            for (int z = 0; z < size.Z; z++)
            {
                for (int y = 0; y < size.Y; y++)
                {
                    int row = (z * size.Y) + y;
                    if (rowStarts[row] == rowStarts[row + 1])
                    {
                        continue;
                    }

                    if (y > 0)
                    {
                        merges += JoinRows(row, row - 1, rowStarts, starts, ends, parents, reach);
                    }

                    if (z > 0)
                    {
                        int below = row - size.Y;
                        merges += JoinRows(row, below, rowStarts, starts, ends, parents, reach);
                        if (fullyConnected && y > 0)
                        {
                            merges += JoinRows(row, below - 1, rowStarts, starts, ends, parents, reach);
                        }

                        if (fullyConnected && y + 1 < size.Y)
                        {
                            merges += JoinRows(row, below + 1, rowStarts, starts, ends, parents, reach);
                        }
                    }
                }
            }

            return runs - merges;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rowStarts);
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(ends);
            if (parents.Length > 0)
            {
                ArrayPool<int>.Shared.Return(parents);
            }
        }
    }

    /// <summary>
    /// The runs of non-zero voxels of every row (x-fastest rows, in memory order): run <c>i</c> covers
    /// <c>starts[i]..ends[i]</c> (inclusive), the runs of row <c>r</c> are <c>rowStarts[r]..rowStarts[r + 1]</c>.
    /// The run arrays grow (pooled) as needed. Returns the number of runs.
    /// </summary>
    private static int FindRuns(ReadOnlySpan<byte> voxels, Size3 size, int[] rowStarts, ref int[] starts, ref int[] ends)
    {
        int runs = 0;
        int rows = size.Y * size.Z;
        for (int row = 0; row < rows; row++)
        {
            rowStarts[row] = runs;
            ReadOnlySpan<byte> line = voxels.Slice(row * size.X, size.X);
            for (int start = 0; RoiRuns.Next(line, ref start, out int length); start += length)
            {
                if (runs == starts.Length)
                {
                    Grow(ref starts, runs);
                    Grow(ref ends, runs);
                }

                starts[runs] = start;
                ends[runs] = start + length - 1;
                runs++;
            }
        }

        rowStarts[rows] = runs;
        return runs;
    }

    /// <summary>
    /// Joins every run of <paramref name="row"/> with the runs of <paramref name="other"/> it touches (x-ranges that
    /// overlap once widened by <paramref name="reach"/>); both rows' runs are sorted by x, so one merge walk does it.
    /// Returns the joins that merged two different regions.
    /// </summary>
    private static int JoinRows(int row, int other, int[] rowStarts, int[] starts, int[] ends, int[] parents, int reach)
    {
        int merges = 0;
        int a = rowStarts[row], aEnd = rowStarts[row + 1];
        int b = rowStarts[other], bEnd = rowStarts[other + 1];
        while (a < aEnd && b < bEnd)
        {
            if (starts[b] <= ends[a] + reach && ends[b] + reach >= starts[a])
            {
                merges += Union(parents, a, b);
            }

            // Advance the run that ends first: it cannot touch anything further along the other row.
            if (ends[a] < ends[b])
            {
                a++;
            }
            else
            {
                b++;
            }
        }

        return merges;
    }

    /// <summary>Merges the regions of runs <paramref name="a"/> and <paramref name="b"/>; 1 when they were apart, else 0.</summary>
    private static int Union(int[] parents, int a, int b)
    {
        int rootA = Find(parents, a), rootB = Find(parents, b);
        if (rootA == rootB)
        {
            return 0;
        }

        // The later run joins the earlier one's region (the roots stay the smallest indices of their regions).
        if (rootA < rootB)
        {
            parents[rootB] = rootA;
        }
        else
        {
            parents[rootA] = rootB;
        }

        return 1;
    }

    /// <summary>The root of <paramref name="i"/>'s region, halving the path on the way.</summary>
    private static int Find(int[] parents, int i)
    {
        while (parents[i] != i)
        {
            parents[i] = parents[parents[i]];
            i = parents[i];
        }

        return i;
    }

    private static void Grow(ref int[] buffer, int used)
    {
        int[] larger = ArrayPool<int>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, used).CopyTo(larger);
        ArrayPool<int>.Shared.Return(buffer);
        buffer = larger;
    }
}
