using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Glszm;
using Radiomics.Imaging;

namespace Radiomics.Tests.Features.Texture;

/// <summary>
/// The zone finder (union-find labelling, flood fill elsewhere) gives exactly the zones of a plain breadth-first flood fill over coordinates (26-connected in 3D,
/// 8-connected in the plane with force2D across each axis): same multiset of (slice, grey level, size), on random
/// volumes with holes, few and many grey levels, and boxes one voxel thin along an axis. GLSZM uses distance 1 only.
/// </summary>
public class ZoneFinderTests
{
    public static TheoryData<int?> OutOfPlaneAxes => new() { (int?)null, 0, 1, 2 };

    [Theory]
    [MemberData(nameof(OutOfPlaneAxes))]
    public void Find_RandomVolumes_EqualFloodFilledZones(int? outOfPlane)
    {
        var random = new Random(20261127);
        (int X, int Y, int Z)[] shapes = [(9, 7, 5), (17, 6, 4), (1, 8, 6), (8, 1, 6), (8, 6, 1), (23, 3, 3)];
        foreach ((int nx, int ny, int nz) in shapes)
        {
            foreach (int levels in new[] { 1, 2, 3, 6 })
            {
                foreach (double holeRate in new[] { 0.0, 0.25 })
                {
                    int[,,] volume = TextureTestVolumes.RandomVolume(random, nx, ny, nz, levels, holeRate);
                    var expected = FloodFill(volume, outOfPlane);
                    var actual = Found(volume, outOfPlane);
                    Assert.Equal(expected, actual);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(OutOfPlaneAxes))]
    public void Find_LargerVolumes_UnionFindEqualsFloodFill(int? outOfPlane)
    {
        // Boxes wider than a vector, with zones that meet only late in the raster order (unions of large sets).
        var random = new Random(20261207);
        foreach ((int nx, int ny, int nz) in new[] { (37, 21, 13), (64, 9, 9), (11, 40, 17) })
        {
            foreach (int levels in new[] { 1, 2, 5, 40 })
            {
                AssertLabellingEqualsFloodFill(TextureTestVolumes.RandomVolume(random, nx, ny, nz, levels, 0.15), outOfPlane);
            }
        }
    }

    [Theory]
    [MemberData(nameof(OutOfPlaneAxes))]
    public void Find_BlockVolumes_UnionFindEqualsFloodFill(int? outOfPlane)
    {
        // Long runs along x and large zones that meet late in the raster order, mixed with noisy rows, holes, odd
        // sizes, and runs that touch the box's ends.
        var random = new Random(20261208);
        foreach ((int nx, int ny, int nz) in new[] { (41, 9, 7), (17, 13, 5), (66, 3, 4), (23, 1, 9), (29, 8, 1) })
        {
            foreach (int levels in new[] { 1, 2, 5 })
            {
                foreach (double noise in new[] { 0.0, 0.02, 0.3 })
                {
                    AssertLabellingEqualsFloodFill(TextureTestVolumes.BlockVolume(random, nx, ny, nz, levels, noise), outOfPlane);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(OutOfPlaneAxes))]
    public void Find_ByteAndIntCodes_EqualFloodFill(int? outOfPlane)
    {
        // Both comparison paths (byte codes 32 at a time, int codes a Vector<int> at a time) on noisy and blocky
        // volumes with holes and odd sizes, 1 to 300 grey levels (more than 255 has no byte codes: the int path).
        var random = new Random(20261209);
        foreach ((int nx, int ny, int nz) in new[] { (33, 7, 6), (31, 12, 5), (65, 3, 3), (5, 17, 9), (1, 11, 13), (70, 1, 4) })
        {
            foreach (int levels in new[] { 1, 2, 7, 60, 200, 300 })
            {
                foreach (bool blocks in new[] { false, true })
                {
                    int[,,] volume = blocks
                        ? TextureTestVolumes.BlockVolume(random, nx, ny, nz, levels, 0.05)
                        : TextureTestVolumes.RandomVolume(random, nx, ny, nz, levels, 0.2);
                    AssertLabellingEqualsFloodFill(volume, outOfPlane, byteCodes: true);
                    AssertLabellingEqualsFloodFill(volume, outOfPlane, byteCodes: false);
                }
            }
        }
    }

    [Fact]
    public void Find_AllSameAndAllDifferentLevels_EqualFloodFill()
    {
        // One zone filling the box (every voxel joins the previous one's set), and no two neighbours equal (a zone per voxel).
        var same = new int[41, 9, 7];
        var different = new int[15, 15, 1];
        for (int z = 0; z < same.GetLength(2); z++)
        {
            for (int y = 0; y < same.GetLength(1); y++)
            {
                for (int x = 0; x < same.GetLength(0); x++)
                {
                    same[x, y, z] = 3;
                }
            }
        }

        for (int y = 0; y < 15; y++)
        {
            for (int x = 0; x < 15; x++)
            {
                different[x, y, 0] = 1 + (x % 3) + (3 * (y % 3));
            }
        }

        foreach (int[,,] volume in new[] { same, different })
        {
            foreach (int? axis in new int?[] { null, 2 })
            {
                AssertLabellingEqualsFloodFill(volume, axis, byteCodes: true);
                AssertLabellingEqualsFloodFill(volume, axis, byteCodes: false);
            }
        }

        Assert.Equal([(0, 3, 41 * 9 * 7)], Found(same, null));
        Assert.Equal(15 * 15, Found(different, 2).Count);
    }

    [Fact]
    public void Find_FourThreadsMixingNeighbourhoods_EqualOneThread()
    {
        // The representative table is cached for the last neighbourhood: threads labelling 3D and per-slice grids at
        // once must each get their own neighbourhood's zones.
        var random = new Random(20261210);
        int[][,,] volumes = [.. Enumerable.Range(0, 8).Select(i => TextureTestVolumes.BlockVolume(random, 29 + i, 11, 7, 2 + i, 0.1))];
        int?[] axes = [null, 0, 1, 2];
        var expected = volumes.SelectMany(v => axes.Select(a => Found(v, a))).ToList();
        for (int round = 0; round < 5; round++)
        {
            var actual = new List<(int, int, int)>[expected.Count];
            Parallel.For(0, expected.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, k => actual[k] = Found(volumes[k / axes.Length], axes[k % axes.Length]));
            for (int k = 0; k < expected.Count; k++)
            {
                Assert.Equal(expected[k], actual[k]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(OutOfPlaneAxes))]
    public void JoinsPreviousRule_HoldsOnlyForOneGroupWithThePreviousVoxel(int? outOfPlane)
    {
        // For every mask of equal earlier neighbours: where the rule holds, x − 1 is equal and all equal neighbours are
        // one connected group (so the voxel joins x − 1's set and no other); the vector form agrees with the scalar one.
        (Index3[] earlier, HashSet<Index3> all, JoinsPreviousRule rule, int previous) = EarlierOffsetsAndRule(outOfPlane);
        int holding = 0;
        var masks = new ushort[16];
        for (int mask = 0; mask < 1 << earlier.Length; mask++)
        {
            bool holds = rule.Holds(mask);
            masks[mask % 16] = (ushort)mask;
            if (mask % 16 == 15)
            {
                uint vector = rule.Holds(System.Runtime.Intrinsics.Vector256.Create<ushort>(masks));
                for (int lane = 0; lane < 16; lane++)
                {
                    Assert.Equal(rule.Holds(masks[lane]), (vector & (1u << lane)) != 0);
                }
            }

            if (!holds)
            {
                continue;
            }

            holding++;
            Assert.True(previous >= 0 && (mask & (1 << previous)) != 0);
            int group = 1 << previous, grown;
            do
            {
                grown = group;
                for (int i = 0; i < earlier.Length; i++)
                {
                    for (int j = 0; j < earlier.Length; j++)
                    {
                        var between = new Index3(earlier[j].X - earlier[i].X, earlier[j].Y - earlier[i].Y, earlier[j].Z - earlier[i].Z);
                        if ((group & (1 << i)) != 0 && (mask & (1 << j)) != 0 && all.Contains(between))
                        {
                            grown |= 1 << j;
                        }
                    }
                }

                (group, grown) = (grown, group);
            }
            while (group != grown);
            Assert.Equal(mask, group);
        }

        // The rule must serve: x − 1 alone, and x − 1 with every earlier neighbour, hold wherever there is an x − 1 offset.
        Assert.Equal(previous >= 0, rule.Holds(1 << previous) && rule.Holds((1 << earlier.Length) - 1));
        Assert.True(previous < 0 || holding > 1);
    }

    [Theory]
    [MemberData(nameof(OutOfPlaneAxes))]
    public void JoinsPreviousRule_HoldsWhereEveryFarNeighbourHasAnEqualCommonBridge(int? outOfPlane)
    {
        // Exactly the masks with x − 1 equal and, for every equal offset not adjacent to x − 1, an equal offset adjacent
        // to both (the cube's bridge sets fit the rule's pairs, so it misses none of them).
        (Index3[] earlier, HashSet<Index3> all, JoinsPreviousRule rule, int previous) = EarlierOffsetsAndRule(outOfPlane);
        bool Adjacent(int i, int j) =>
            i != j && all.Contains(new Index3(earlier[j].X - earlier[i].X, earlier[j].Y - earlier[i].Y, earlier[j].Z - earlier[i].Z));
        int bridged = 0;
        for (int mask = 0; mask < 1 << earlier.Length; mask++)
        {
            bool expected = previous >= 0 && (mask & (1 << previous)) != 0;
            for (int o = 0; o < earlier.Length && expected; o++)
            {
                if ((mask & (1 << o)) == 0 || o == previous || Adjacent(o, previous))
                {
                    continue;
                }

                expected = Enumerable.Range(0, earlier.Length).Any(b => (mask & (1 << b)) != 0 && Adjacent(b, previous) && Adjacent(b, o));
                bridged += expected && !Enumerable.Range(0, earlier.Length).Any(b => (mask & (1 << b)) != 0 && earlier[b] == new Index3(0, 0, -1)) ? 1 : 0;
            }

            Assert.Equal(expected, rule.Holds(mask));
        }

        // In 3D some of them are bridged without z − 1 (e.g. (1, −1, 0) through (0, −1, 0)).
        Assert.True(outOfPlane is not null || bridged > 0);
    }

    /// <summary>The earlier offsets of the radius-1 neighbourhood (3D or per slice), the neighbourhood, its rule and the x − 1 index.</summary>
    private static (Index3[] Earlier, HashSet<Index3> All, JoinsPreviousRule Rule, int Previous) EarlierOffsetsAndRule(int? outOfPlane)
    {
        Index3[] neighbours = TextureDirections.Generate(new Size3(5, 5, 5), [1], bidirectional: true, outOfPlane);
        var all = new HashSet<Index3>(neighbours);
        Index3[] earlier = [.. neighbours.Where(o => o.Z < 0 || (o.Z == 0 && (o.Y < 0 || (o.Y == 0 && o.X < 0)))).OrderBy(o => (o.Z, o.Y, o.X))];
        return (earlier, all, JoinsPreviousRule.For(earlier, all), Array.IndexOf(earlier, new Index3(-1, 0, 0)));
    }

    [Fact]
    public void Find_DiagonalOnlyContact_JoinsIn3DButNotAcrossSlices()
    {
        // Two voxels of level 1 touching only at a corner (x + 1, y + 1, z + 1): one zone of 2 in 3D, two zones with force2D.
        var volume = new int[2, 2, 2];
        volume[0, 0, 0] = 1;
        volume[1, 1, 1] = 1;
        volume[1, 0, 0] = 2;
        Assert.Equal([(0, 1, 2), (0, 2, 1)], Found(volume, null));
        Assert.Equal([(0, 1, 1), (0, 2, 1), (1, 1, 1)], Found(volume, 2));
    }

    [Theory]
    [MemberData(nameof(OutOfPlaneAxes))]
    public void Build_FewLargeAndManyZones_CountsEqualFloodFilledZones(int? outOfPlane)
    {
        // The size columns come from a table over 1..maxSize or, when a few zones are large, from sorting their sizes:
        // one level with a few odd voxels (few zones, one of ~24,000 voxels: sorted), the same with noise (a large zone
        // among many small ones: the table), blocks, and noise alone.
        var random = new Random(20261210);
        foreach (double noise in new[] { 0.0005, 0.01, 0.3 })
        {
            int[,,] volume = TextureTestVolumes.BlockVolume(random, 40, 30, 20, 1, 0.0);
            for (int k = 0; k < volume.Length * noise; k++)
            {
                volume[random.Next(40), random.Next(30), random.Next(20)] = 2 + random.Next(3);
            }

            AssertMatricesEqualFloodFill(volume, outOfPlane);
        }

        AssertMatricesEqualFloodFill(TextureTestVolumes.BlockVolume(random, 37, 19, 11, 3, 0.01), outOfPlane);
        AssertMatricesEqualFloodFill(TextureTestVolumes.RandomVolume(random, 29, 13, 9, 5, 0.2), outOfPlane);
    }

    /// <summary>The matrices count exactly the flood fill's zones per (slice, grey level, size), over the sizes that occur.</summary>
    private static void AssertMatricesEqualFloodFill(int[,,] volume, int? outOfPlane)
    {
        TextureGrid grid = TextureTestVolumes.GridOf(volume);
        Index3[] neighbours = TextureDirections.Generate(grid.Box, [1], bidirectional: true, outOfPlane);
        GlszmMatrices matrices = GlszmMatrices.Build(grid, neighbours, outOfPlane);
        List<(int Slice, int Level, int Size)> zones = FloodFill(volume, outOfPlane);
        int[] sizes = [.. zones.Select(z => z.Size).Distinct().Order()];
        Assert.Equal(sizes, matrices.Sizes);
        var expected = new List<(int, int, int, double)>();
        foreach (var group in zones.GroupBy(z => z))
        {
            expected.Add((group.Key.Slice, group.Key.Level, group.Key.Size, group.Count()));
        }

        var actual = new List<(int, int, int, double)>();
        for (int slice = 0; slice < matrices.SliceCount; slice++)
        {
            ReadOnlySpan<double> counts = matrices.Counts(slice);
            for (int i = 0; i < counts.Length; i++)
            {
                if (counts[i] != 0)
                {
                    actual.Add((slice, matrices.GreyLevels[i / sizes.Length], sizes[i % sizes.Length], counts[i]));
                }
            }
        }

        expected.Sort();
        actual.Sort();
        Assert.Equal(expected, actual);
    }

    /// <summary>The union–find labelling and the flood fill find the same zones (slice, code, size) and largest size.</summary>
    private static void AssertLabellingEqualsFloodFill(int[,,] volume, int? outOfPlane, bool byteCodes = true)
    {
        TextureGrid grid = TextureTestVolumes.GridOf(volume);
        Index3[] neighbours = TextureDirections.Generate(grid.Box, [1], bidirectional: true, outOfPlane);
        var labelled = new int[3 * grid.RoiCount];
        var filled = new int[3 * grid.RoiCount];
        int labelledCount = ZoneLabelling.Find(grid, neighbours, outOfPlane, labelled, out int labelledMax, byteCodes);
        int filledCount = ZoneFinder.FloodFill(grid, neighbours, outOfPlane, filled, out int filledMax);
        Assert.Equal(Triples(filled, filledCount), Triples(labelled, labelledCount));
        Assert.True(labelledCount >= 0, "the labelling must serve this neighbourhood");
        Assert.Equal(filledMax, labelledMax);
    }

    private static List<(int, int, int)> Triples(int[] zones, int count)
    {
        var list = new List<(int, int, int)>();
        for (int k = 0; k < count; k++)
        {
            list.Add((zones[3 * k], zones[(3 * k) + 1], zones[(3 * k) + 2]));
        }

        list.Sort();
        return list;
    }

    private static List<(int Slice, int Level, int Size)> Found(int[,,] volume, int? outOfPlane)
    {
        TextureGrid grid = TextureTestVolumes.GridOf(volume);
        Index3[] neighbours = TextureDirections.Generate(grid.Box, [1], bidirectional: true, outOfPlane);
        var zones = new int[3 * grid.RoiCount];
        int count = ZoneFinder.Find(grid, neighbours, outOfPlane, zones, out int maxSize);
        var found = new List<(int, int, int)>();
        for (int k = 0; k < count; k++)
        {
            found.Add((zones[3 * k], grid.GreyLevels[zones[(3 * k) + 1] - 1], zones[(3 * k) + 2]));
        }

        Assert.Equal(found.Max(z => z.Item3), maxSize);
        found.Sort();
        return found;
    }

    /// <summary>The zones by breadth-first search over coordinates; slice = coordinate along the out-of-plane axis (0 in 3D), counted from the ROI's bounding box.</summary>
    private static List<(int Slice, int Level, int Size)> FloodFill(int[,,] volume, int? outOfPlane)
    {
        int nx = volume.GetLength(0), ny = volume.GetLength(1), nz = volume.GetLength(2);
        int[] lower = [int.MaxValue, int.MaxValue, int.MaxValue];
        for (int z = 0; z < nz; z++)
        {
            for (int y = 0; y < ny; y++)
            {
                for (int x = 0; x < nx; x++)
                {
                    if (volume[x, y, z] != 0)
                    {
                        lower = [Math.Min(lower[0], x), Math.Min(lower[1], y), Math.Min(lower[2], z)];
                    }
                }
            }
        }

        var seen = new bool[nx, ny, nz];
        var zones = new List<(int, int, int)>();
        for (int z = 0; z < nz; z++)
        {
            for (int y = 0; y < ny; y++)
            {
                for (int x = 0; x < nx; x++)
                {
                    int level = volume[x, y, z];
                    if (level == 0 || seen[x, y, z])
                    {
                        continue;
                    }

                    var queue = new Queue<(int, int, int)>();
                    queue.Enqueue((x, y, z));
                    seen[x, y, z] = true;
                    int size = 0;
                    while (queue.Count > 0)
                    {
                        var (cx, cy, cz) = queue.Dequeue();
                        size++;
                        for (int dz = -1; dz <= 1; dz++)
                        {
                            for (int dy = -1; dy <= 1; dy++)
                            {
                                for (int dx = -1; dx <= 1; dx++)
                                {
                                    int[] move = [dx, dy, dz];
                                    int qx = cx + dx, qy = cy + dy, qz = cz + dz;
                                    if ((outOfPlane is int a && move[a] != 0) || qx < 0 || qy < 0 || qz < 0 || qx >= nx || qy >= ny || qz >= nz
                                        || seen[qx, qy, qz] || volume[qx, qy, qz] != level)
                                    {
                                        continue;
                                    }

                                    seen[qx, qy, qz] = true;
                                    queue.Enqueue((qx, qy, qz));
                                }
                            }
                        }
                    }

                    int[] at = [x, y, z];
                    zones.Add((outOfPlane is int axis ? at[axis] - lower[axis] : 0, level, size));
                }
            }
        }

        zones.Sort();
        return zones;
    }
}
