using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
    public static int Find(TextureGrid grid, Index3[] neighbours, int? sliceAxis, Span<int> zones, out int maxSize) =>
        Find(grid, neighbours, sliceAxis, zones, out maxSize, byteCodes: true);

    /// <summary>
    /// <see cref="Find(TextureGrid, Index3[], int?, Span{int}, out int)"/>, comparing byte codes 32 voxels at a time
    /// when <paramref name="byteCodes"/> allows and the grid has them (at most 255 codes, 256-bit vectors), else int
    /// codes a <see cref="Vector{T}"/> at a time (tests run both).
    /// </summary>
    internal static int Find(TextureGrid grid, Index3[] neighbours, int? sliceAxis, Span<int> zones, out int maxSize, bool byteCodes)
    {
        maxSize = 1;
        RepresentativeTable? table = TableFor(grid, neighbours);
        if (table is null)
        {
            return -1;
        }

        int[] steps = table.Offsets.Select(grid.Step).ToArray();
        int[] parent = System.Buffers.ArrayPool<int>.Shared.Rent(grid.Length + TextureGrid.Slack);
        int[] roots = System.Buffers.ArrayPool<int>.Shared.Rent(2 * grid.RoiCount);
        try
        {
            byte[]? bytes = byteCodes && Vector256.IsHardwareAccelerated ? grid.ByteCodes : null;
            int rootCount = bytes is null
                ? Label(grid, new IntEqualNeighbourChunks(grid.Codes, steps, table.Rule), table, steps, parent, roots)
                : Label(grid, new ByteEqualNeighbourChunks(bytes, steps, table.Rule), table, steps, parent, roots);

            return ReadZones(grid, sliceAxis, parent, roots, rootCount, zones, out maxSize);
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(roots);
            System.Buffers.ArrayPool<int>.Shared.Return(parent);
        }
    }

    /// <summary>
    /// Writes the zones from the voxels that started a set (<paramref name="roots"/>: position and code, in grid order):
    /// those still roots are the zones (the others were joined). Each entry is written, and kept only when a root (a
    /// select, not a branch: where zones are small, whether a start was joined later is as good as random).
    /// </summary>
    private static int ReadZones(TextureGrid grid, int? sliceAxis, int[] parent, int[] roots, int rootCount, Span<int> zones, out int maxSize)
    {
        ref int zone0 = ref MemoryMarshal.GetReference(zones);
        ref int parent0 = ref MemoryMarshal.GetArrayDataReference(parent);
        ref int root0 = ref MemoryMarshal.GetArrayDataReference(roots);
        if (zones.Length < 3 * rootCount)
        {
            throw new ArgumentException("The zones need room for three entries per ROI voxel.", nameof(zones));
        }

        int count = 0, largest = 1;
        for (int i = 0; i < rootCount; i++)
        {
            int p = Unsafe.Add(ref root0, 2 * i);
            int size = -Unsafe.Add(ref parent0, p);

            // Slot count is inside zones: count <= i.
            Unsafe.Add(ref zone0, 3 * count) = sliceAxis is int a ? grid.Coordinate(p, a) : 0;
            Unsafe.Add(ref zone0, (3 * count) + 1) = Unsafe.Add(ref root0, (2 * i) + 1);
            Unsafe.Add(ref zone0, (3 * count) + 2) = size;
            count += size > 0 ? 1 : 0;
            largest = Math.Max(largest, size);
        }

        maxSize = largest;
        return count;
    }

    /// <summary>
    /// The pass: every ROI voxel, in grid order, becomes a root of size 1 or joins its equal earlier neighbours' sets.
    /// Voxels for which the <see cref="JoinsPreviousRule"/> holds come in runs after another voxel of the row and join
    /// the root that voxel ended in: their parents are written a vector at a time and their number is added to the
    /// root's size when another root comes (a size decremented in memory per voxel chained every voxel to the last
    /// store). The others take the representative table. Unchecked access: a chunk starts inside a box row, so its loads
    /// stay inside the codes and their slack, every earlier offset stays inside the padding, the parent stores of a run
    /// stay inside the parent's slack (those past the run are to positions not yet labelled, rewritten if in the ROI and
    /// never read otherwise); the parent of a position is read only after it was written (earlier ROI voxels of the
    /// same code). Returns the number of voxels that started a set, written to <paramref name="roots"/> as (position, code) pairs.
    /// </summary>
    private static int Label<TChunks>(TextureGrid grid, TChunks chunks, RepresentativeTable table, int[] steps, int[] parent, int[] roots)
        where TChunks : struct, IEqualNeighbourChunks
    {
        int width = TChunks.Width;
        Span<ushort> masks = stackalloc ushort[32];
        ref int parent0 = ref MemoryMarshal.GetArrayDataReference(parent);
        ref uint plans = ref MemoryMarshal.GetArrayDataReference(table.Plans);
        int previous = table.Previous;
        ref int root0 = ref MemoryMarshal.GetArrayDataReference(roots);
        int current = 0, pending = 0, rootCount = 0;
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
                    int lanes = Math.Min(width, box.X - x);
                    uint roi = chunks.Roi(p) & (lanes < 32 ? (1u << lanes) - 1 : uint.MaxValue);
                    if (roi == 0)
                    {
                        continue;
                    }

                    uint joins = chunks.Masks(p, masks) & roi;
                    uint others = roi & ~joins;

                    // A run at the chunk's start continues the previous chunk's last voxel.
                    int run = BitOperations.TrailingZeroCount(~joins);
                    if (run != 0)
                    {
                        FillRun(ref parent0, p, run, current);
                        pending += run;
                    }

                    while (others != 0)
                    {
                        int lane = BitOperations.TrailingZeroCount(others);
                        others &= others - 1;
                        int q = p + lane;
                        if (pending != 0)
                        {
                            Unsafe.Add(ref parent0, current) -= pending;
                            pending = 0;
                        }

                        // No equal earlier neighbour (common where zones are small) starts a set without the table.
                        int mask = masks[lane];
                        if (mask == 0)
                        {
                            Unsafe.Add(ref parent0, q) = -1;
                            Unsafe.Add(ref root0, rootCount) = q;
                            Unsafe.Add(ref root0, rootCount + 1) = chunks.Code(q);
                            rootCount += 2;
                            current = q;
                        }
                        else
                        {
                            uint plan = Unsafe.Add(ref plans, mask);
                            int groups = (int)(plan & 15);

                            // The x − 1 group comes first when there is one: its root is the one the previous voxel ended in.
                            int first = (int)(plan >> 4) & 15;
                            int root = first == previous ? current : Root(ref parent0, q + steps[first]);
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
                            current = root;
                        }

                        // The run of voxels that join this one's set right after it.
                        run = BitOperations.TrailingZeroCount(~(uint)((ulong)joins >> (lane + 1)));
                        if (run != 0)
                        {
                            FillRun(ref parent0, q + 1, run, current);
                            pending += run;
                        }
                    }
                }
            }
        }

        if (pending != 0)
        {
            Unsafe.Add(ref parent0, current) -= pending;
        }

        return rootCount / 2;
    }

    /// <summary>Sets the parent of <paramref name="count"/> positions from <paramref name="from"/> (and up to 7 after) to <paramref name="root"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void FillRun(ref int parent0, int from, int count, int root)
    {
        var value = Vector256.Create(root);
        for (int i = 0; i < count; i += Vector256<int>.Count)
        {
            value.StoreUnsafe(ref parent0, (nuint)(from + i));
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
            if (last is not null)
            {
                Volatile.Write(ref _lastTable, last);
            }
        }

        return last;
    }

    /// <summary>
    /// For each subset (bit mask) of the earlier offsets, one representative per group of them connected through the
    /// neighbourhood, packed as a count (bits 0–3) and up to 7 offset indices (4 bits each; 32 KB for 13 offsets, the
    /// cube's masks have at most 4 groups). The representative is the group's last offset, the voxel visited most
    /// recently (its set's root is the nearest), and the group of the x − 1 offset (<see cref="Previous"/>) comes first.
    /// </summary>
    private sealed record RepresentativeTable(Index3[] Offsets, uint[] Plans, int Previous)
    {
        /// <summary>The most groups a plan holds.</summary>
        private const int MaxGroups = 7;

        /// <summary>Which voxels join the previous voxel's set alone, without the table.</summary>
        public JoinsPreviousRule Rule { get; init; }

        /// <summary>The table, or null when a subset has more groups than a plan holds.</summary>
        public static RepresentativeTable? Build(Index3[] earlier, HashSet<Index3> neighbourhood)
        {
            int k = earlier.Length;
            int previous = Array.IndexOf(earlier, new Index3(-1, 0, 0));
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

            var plans = new uint[1 << k];
            for (int mask = 1; mask < plans.Length; mask++)
            {
                int left = mask, groups = 0;
                uint plan = 0;
                while (left != 0)
                {
                    if (groups == MaxGroups)
                    {
                        return null;
                    }

                    int first = previous >= 0 && (left & (1 << previous)) != 0 ? previous : BitOperations.TrailingZeroCount(left);
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

                    plan |= (uint)BitOperations.Log2((uint)group) << (4 + (4 * groups));
                    groups++;
                    left &= ~group;
                }

                plans[mask] = plan | (uint)groups;
            }

            return new RepresentativeTable(earlier, plans, previous) { Rule = JoinsPreviousRule.For(earlier, neighbourhood) };
        }
    }
}
