using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Radiomics.Imaging;

namespace Radiomics.Features.Texture.Glszm;

/// <summary>
/// Zones by one raster-order pass of union–find over the ROI voxels, for a symmetric neighbourhood whose "earlier"
/// half (offsets to voxels visited before, at most <see cref="MaxEarlierOffsets"/>) is small: the whole 3×3×3 cube
/// (13 earlier offsets) or a 3×3 square (4). Each voxel joins the sets of its equal earlier neighbours; sets are kept
/// as a parent forest over grid positions with each root holding minus its set's size, so the zones and their sizes
/// are read off the roots at the end. The partition is the connected components whatever the order of unions, so the
/// zones are exactly the flood fill's.
/// </summary>
/// <remarks>
/// Equal grey level is transitive, so the equal earlier neighbours of a voxel that are neighbours of one another are
/// already in one set when the voxel comes (the later of the two joined the earlier one). Only one union per connected
/// group of them is needed: a table gives, for each subset of earlier neighbours that are equal to the voxel, one
/// representative per group. In a smooth region the voxel below (z − 1) neighbours all the others, so a voxel costs
/// one lookup and one root search. The equal-neighbour subsets are formed a vector of voxels at a time (one comparison
/// per offset), which keeps the per-neighbour branches of a flood fill out of the loop.
/// </remarks>
internal static class ZoneLabelling
{
    /// <summary>The most earlier offsets the representative table serves (2^13 entries).</summary>
    public const int MaxEarlierOffsets = 13;

    /// <summary>The table of the last neighbourhood used (immutable once published; rebuilt for another neighbourhood).</summary>
    private static RepresentativeTable? _lastTable;

    /// <summary>
    /// Writes the zones as (slice, code, size) triples into <paramref name="zones"/> as <see cref="ZoneFinder.Find"/>
    /// does (in another order) and returns their number, or −1 when the neighbourhood does not suit this method.
    /// </summary>
    public static int Find(TextureGrid grid, Index3[] neighbours, int? sliceAxis, Span<int> zones, out int maxSize)
    {
        maxSize = 1;
        RepresentativeTable? table = TableFor(grid, neighbours);
        if (table is null)
        {
            return -1;
        }

        int[] steps = table.Offsets.Select(grid.Step).ToArray();
        int[] parent = System.Buffers.ArrayPool<int>.Shared.Rent(grid.Length);
        try
        {
            Label(grid, table.Plans, steps, parent);
            int count = 0;
            int[] codes = grid.Codes;
            foreach (int p in grid.RoiPositions)
            {
                int size = -parent[p];
                if (size > 0)
                {
                    zones[3 * count] = sliceAxis is int a ? grid.Coordinate(p, a) : 0;
                    zones[(3 * count) + 1] = codes[p];
                    zones[(3 * count) + 2] = size;
                    maxSize = Math.Max(maxSize, size);
                    count++;
                }
            }

            return count;
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(parent);
        }
    }

    /// <summary>
    /// The pass: every ROI voxel, in grid order, becomes a root of size 1 or joins its equal earlier neighbours' sets.
    /// Unchecked access: a vector starts inside a box row, so its loads stay inside the codes and their slack, and every
    /// earlier offset stays inside the padding; the parent of a position is read only after it was written (earlier
    /// ROI voxels of the same code).
    /// </summary>
    private static void Label(TextureGrid grid, ulong[] table, int[] steps, int[] parent)
    {
        int width = Vector<int>.Count;
        int earlier = steps.Length;
        Span<int> equal = stackalloc int[width];
        ref int code0 = ref MemoryMarshal.GetArrayDataReference(grid.Codes);
        ref int parent0 = ref MemoryMarshal.GetArrayDataReference(parent);
        ref ulong plans = ref MemoryMarshal.GetArrayDataReference(table);
        Size3 box = grid.Box;
        int pad = grid.Padding;
        for (int z = 0; z < box.Z; z++)
        {
            for (int y = 0; y < box.Y; y++)
            {
                int rowStart = grid.PaddedSize.Offset(pad, y + pad, z + pad);
                for (int x = 0; x < box.X; x += width)
                {
                    int p = rowStart + x;
                    var centre = Vector.LoadUnsafe(ref code0, (nuint)p);
                    if (centre == Vector<int>.Zero)
                    {
                        continue;
                    }

                    // Bit d of a lane: its earlier neighbour d has the same code.
                    var bits = Vector<int>.Zero;
                    for (int d = 0; d < earlier; d++)
                    {
                        bits |= Vector.Equals(centre, Vector.LoadUnsafe(ref code0, (nuint)(p + steps[d]))) & new Vector<int>(1 << d);
                    }

                    bits.CopyTo(equal);
                    int lanes = Math.Min(width, box.X - x);
                    for (int lane = 0; lane < lanes; lane++)
                    {
                        int q = p + lane;
                        if (Unsafe.Add(ref code0, q) == 0)
                        {
                            continue;
                        }

                        ulong plan = Unsafe.Add(ref plans, equal[lane]);
                        int groups = (int)(plan & 15);
                        if (groups == 0)
                        {
                            Unsafe.Add(ref parent0, q) = -1;
                            continue;
                        }

                        int root = Root(ref parent0, q + steps[(int)(plan >> 4) & 15]);
                        for (int g = 1; g < groups; g++)
                        {
                            int other = Root(ref parent0, q + steps[(int)(plan >> (4 + (4 * g))) & 15]);
                            if (other != root)
                            {
                                // Union by size (sizes are stored negated at the roots).
                                if (Unsafe.Add(ref parent0, other) < Unsafe.Add(ref parent0, root))
                                {
                                    (root, other) = (other, root);
                                }

                                Unsafe.Add(ref parent0, root) += Unsafe.Add(ref parent0, other);
                                Unsafe.Add(ref parent0, other) = root;
                            }
                        }

                        Unsafe.Add(ref parent0, root)--;
                        Unsafe.Add(ref parent0, q) = root;
                    }
                }
            }
        }
    }

    /// <summary>The root of <paramref name="position"/>'s set, halving the path on the way.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Root(ref int parent0, int position)
    {
        while (true)
        {
            int up = Unsafe.Add(ref parent0, position);
            if (up < 0)
            {
                return position;
            }

            int upper = Unsafe.Add(ref parent0, up);
            if (upper < 0)
            {
                return up;
            }

            Unsafe.Add(ref parent0, position) = upper;
            position = upper;
        }
    }

    /// <summary>The representative table of a neighbourhood, or null when it does not suit (asymmetric, too wide, too many offsets).</summary>
    private static RepresentativeTable? TableFor(TextureGrid grid, Index3[] neighbours)
    {
        var all = new HashSet<Index3>(neighbours);
        if (all.Count != neighbours.Length || neighbours.Any(o => !all.Contains(new Index3(-o.X, -o.Y, -o.Z))
            || TextureDirections.ChebyshevLength(o) is 0 || TextureDirections.ChebyshevLength(o) > grid.Padding))
        {
            return null;
        }

        // Earlier offsets: those to positions visited before (negative steps), in a fixed order.
        Index3[] earlier = [.. neighbours.Where(o => o.Z < 0 || (o.Z == 0 && (o.Y < 0 || (o.Y == 0 && o.X < 0)))).OrderBy(o => (o.Z, o.Y, o.X))];
        if (earlier.Length > MaxEarlierOffsets)
        {
            return null;
        }

        RepresentativeTable? last = Volatile.Read(ref _lastTable);
        if (last is null || !last.Offsets.AsSpan().SequenceEqual(earlier))
        {
            last = RepresentativeTable.Build(earlier, all);
            Volatile.Write(ref _lastTable, last);
        }

        return last;
    }

    /// <summary>
    /// For each subset (bit mask) of the earlier offsets, one representative per group of them connected through the
    /// neighbourhood, packed as a count (bits 0–3) and up to 13 offset indices (4 bits each). The representative is
    /// the group's last offset, the voxel visited most recently (its set's root is the nearest).
    /// </summary>
    private sealed record RepresentativeTable(Index3[] Offsets, ulong[] Plans)
    {
        public static RepresentativeTable Build(Index3[] earlier, HashSet<Index3> neighbourhood)
        {
            int k = earlier.Length;
            var adjacent = new int[k];
            for (int i = 0; i < k; i++)
            {
                for (int j = 0; j < k; j++)
                {
                    var between = new Index3(earlier[j].X - earlier[i].X, earlier[j].Y - earlier[i].Y, earlier[j].Z - earlier[i].Z);
                    if (i != j && neighbourhood.Contains(between))
                    {
                        adjacent[i] |= 1 << j;
                    }
                }
            }

            var plans = new ulong[1 << k];
            for (int mask = 1; mask < plans.Length; mask++)
            {
                int left = mask, groups = 0;
                ulong plan = 0;
                while (left != 0)
                {
                    int first = BitOperations.TrailingZeroCount(left);
                    int group = 1 << first, grown;
                    do
                    {
                        grown = group;
                        for (int bits = group; bits != 0; bits &= bits - 1)
                        {
                            grown |= adjacent[BitOperations.TrailingZeroCount(bits)] & mask;
                        }

                        (group, grown) = (grown, group);
                    }
                    while (group != grown);

                    plan |= (ulong)BitOperations.Log2((uint)group) << (4 + (4 * groups));
                    groups++;
                    left &= ~group;
                }

                plans[mask] = plan | (uint)groups;
            }

            return new RepresentativeTable(earlier, plans);
        }
    }
}
