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

    /// <summary>The union–find labelling and the flood fill find the same zones (slice, code, size) and largest size.</summary>
    private static void AssertLabellingEqualsFloodFill(int[,,] volume, int? outOfPlane)
    {
        TextureGrid grid = TextureTestVolumes.GridOf(volume);
        Index3[] neighbours = TextureDirections.Generate(grid.Box, [1], bidirectional: true, outOfPlane);
        var labelled = new int[3 * grid.RoiCount];
        var filled = new int[3 * grid.RoiCount];
        int labelledCount = ZoneLabelling.Find(grid, neighbours, outOfPlane, labelled, out int labelledMax);
        int filledCount = ZoneFinder.FloodFill(grid, neighbours, outOfPlane, filled, out int filledMax);
        Assert.Equal(Triples(filled, filledCount), Triples(labelled, labelledCount));
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
