using Radiomics.Features;
using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Glcm;
using Radiomics.Features.Texture.Gldm;
using Radiomics.Features.Texture.Glrlm;
using Radiomics.Features.Texture.Glszm;
using Radiomics.Imaging;

namespace Radiomics.Tests.Features.Texture;

/// <summary>
/// The optimised one-pass matrix builders agree with the definitions counted the slow, obvious way (walking each
/// run, testing each pair and neighbour with coordinates) on random ROIs with holes, long runs and runs that touch
/// the bounding box, in 3D and per slice.
/// </summary>
public class MatrixCrossCheckTests
{
    public static TheoryData<TextureAggregation, int> Layouts => new()
    {
        { TextureAggregation.Average3D, 2 },
        { TextureAggregation.Average2D, 2 },
        { TextureAggregation.Average2D, 0 },
        { TextureAggregation.Average2D, 1 },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Glrlm_OnePassCounts_EqualRunsWalkedOneByOne(TextureAggregation aggregation, int sliceAxis)
    {
        foreach (int seed in new[] { 1, 2, 3 })
        {
            int[][][] slices = RandomSlices(seed, nx: 11, ny: 9, nz: 7, levels: 3);
            GlrlmMatrices glrlm = GlrlmMatrices.Build(TextureTestInputs.FromSlices(slices), aggregation, sliceAxis);
            for (int s = 0; s < glrlm.SliceCount; s++)
            {
                for (int d = 0; d < glrlm.Directions.Count; d++)
                {
                    double[] expected = WalkRuns(slices, glrlm.Directions[d], glrlm.SliceAxis, s, glrlm.GreyLevels, glrlm.MaxRunLength);
                    Assert.Equal(expected, glrlm.Counts(s, d).ToArray());
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Glcm_OnePassCounts_EqualPairsCountedOneByOne(TextureAggregation aggregation, int sliceAxis)
    {
        int[][][] slices = RandomSlices(seed: 5, nx: 10, ny: 8, nz: 6, levels: 4);
        GlcmMatrices glcm = GlcmMatrices.Build(TextureTestInputs.FromSlices(slices), aggregation, sliceAxis, symmetric: false);
        int ng = glcm.GreyLevelCount;
        for (int s = 0; s < glcm.SliceCount; s++)
        {
            for (int d = 0; d < glcm.Directions.Count; d++)
            {
                var expected = new double[ng * ng];
                Index3 o = glcm.Directions[d];
                ForEachVoxel(slices, (x, y, z, v) =>
                {
                    int w = At(slices, x + o.X, y + o.Y, z + o.Z);
                    if (w != 0 && InSlice(glcm.SliceAxis, s, x, y, z))
                    {
                        expected[Row(glcm.GreyLevels, v) * ng + Row(glcm.GreyLevels, w)]++;
                    }
                });
                Assert.Equal(expected, glcm.Counts(s, d).ToArray());
            }
        }
    }

    [Fact]
    public void Gldm_VectorisedEqualityCounts_EqualNeighboursCountedOneByOne()
    {
        int[][][] slices = RandomSlices(seed: 9, nx: 19, ny: 7, nz: 5, levels: 3); // rows longer than a vector, with a tail
        GldmMatrices gldm = GldmMatrices.Build(TextureTestInputs.FromSlices(slices), TextureAggregation.Average3D);
        var expected = new double[gldm.GreyLevels.Count * gldm.MaxDependence];
        ForEachVoxel(slices, (x, y, z, v) =>
        {
            int dependent = 0;
            for (int dz = -1; dz <= 1; dz++)
            {
                for (int dy = -1; dy <= 1; dy++)
                {
                    for (int dx = -1; dx <= 1; dx++)
                    {
                        if ((dx, dy, dz) != (0, 0, 0) && At(slices, x + dx, y + dy, z + dz) == v)
                        {
                            dependent++;
                        }
                    }
                }
            }

            expected[Row(gldm.GreyLevels, v) * gldm.MaxDependence + dependent]++;
        });
        Assert.Equal(expected, gldm.Counts(0).ToArray());
    }

    [Theory]
    [InlineData(5, 1, 1)]
    [InlineData(1, 6, 1)]
    [InlineData(2, 1, 3)]
    [InlineData(9, 2, 1)]
    [InlineData(3, 3, 1)]
    public void Glrlm_ThinBoxes_EqualRunsWalkedOneByOne(int nx, int ny, int nz)
    {
        // Boxes so thin that a vector of voxels can run past the padded grid's end (the builder's voxel-by-voxel tail).
        int[][][] slices = RandomSlices(seed: nx + 10 * ny + 100 * nz, nx, ny, nz, levels: 2, holes: false);
        foreach ((TextureAggregation aggregation, int axis) in new[] { (TextureAggregation.Average3D, 2), (TextureAggregation.Average2D, 2), (TextureAggregation.Average2D, 0) })
        {
            GlrlmMatrices glrlm = GlrlmMatrices.Build(TextureTestInputs.FromSlices(slices), aggregation, axis);
            for (int s = 0; s < glrlm.SliceCount; s++)
            {
                for (int d = 0; d < glrlm.Directions.Count; d++)
                {
                    double[] expected = WalkRuns(slices, glrlm.Directions[d], glrlm.SliceAxis, s, glrlm.GreyLevels, glrlm.MaxRunLength);
                    Assert.Equal(expected, glrlm.Counts(s, d).ToArray());
                }
            }
        }
    }

    [Theory]
    [InlineData(TextureAggregation.Average3D, 2)]
    [InlineData(TextureAggregation.Average2D, 2)]
    [InlineData(TextureAggregation.Average2D, 1)]
    [InlineData(TextureAggregation.Average2D, 0)]
    [InlineData(TextureAggregation.Merged25D, 2)]
    public void Glszm_Zones_EqualZonesGrownWithCoordinates(TextureAggregation aggregation, int sliceAxis)
    {
        // 3D and x–y / x–z planes take the row-of-three comparisons, y–z planes the offset-by-offset fill.
        foreach (int seed in new[] { 1, 2 })
        {
            int[][][] slices = RandomSlices(seed, nx: 13, ny: 9, nz: 7, levels: 3);
            GlszmMatrices glszm = GlszmMatrices.Build(TextureTestInputs.FromSlices(slices), aggregation, sliceAxis);
            bool is3D = aggregation == TextureAggregation.Average3D;
            var zones = GrowZones(slices, is3D ? null : sliceAxis);
            int columns = glszm.Sizes.Count;
            for (int s = 0; s < glszm.SliceCount; s++)
            {
                var expected = new double[glszm.GreyLevels.Count * columns];
                foreach ((int slice, int level, int size) in zones)
                {
                    if (glszm.SliceAxis is null || slice == s)
                    {
                        int column = glszm.Sizes.ToList().IndexOf(size);
                        Assert.True(column >= 0, $"zone size {size} has no column");
                        expected[Row(glszm.GreyLevels, level) * columns + column]++;
                    }
                }

                Assert.Equal(expected, glszm.Counts(s).ToArray());
            }
        }
    }

    /// <summary>Zones as (slice coordinate along the plane's normal, level, size); 26-connected, or 8-connected in planes across <paramref name="planeAxis"/>.</summary>
    private static List<(int Slice, int Level, int Size)> GrowZones(int[][][] slices, int? planeAxis)
    {
        int nz = slices.Length, ny = slices[0].Length, nx = slices[0][0].Length;
        var seen = new bool[nz, ny, nx];
        var zones = new List<(int, int, int)>();
        ForEachVoxel(slices, (x, y, z, v) =>
        {
            if (seen[z, y, x])
            {
                return;
            }

            var queue = new Queue<(int X, int Y, int Z)>();
            queue.Enqueue((x, y, z));
            seen[z, y, x] = true;
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
                            if (planeAxis is int a && move[a] != 0)
                            {
                                continue;
                            }

                            int qx = cx + dx, qy = cy + dy, qz = cz + dz;
                            if (At(slices, qx, qy, qz) == v && !seen[qz, qy, qx])
                            {
                                seen[qz, qy, qx] = true;
                                queue.Enqueue((qx, qy, qz));
                            }
                        }
                    }
                }
            }

            int slice = planeAxis switch { 0 => x, 1 => y, 2 => z, _ => 0 };
            zones.Add((slice, v, size));
        });
        return zones;
    }

    private static double[] WalkRuns(int[][][] slices, Index3 o, int? sliceAxis, int slice, IReadOnlyList<int> levels, int maxRun)
    {
        var counts = new double[levels.Count * maxRun];
        ForEachVoxel(slices, (x, y, z, v) =>
        {
            if (!InSlice(sliceAxis, slice, x, y, z) || At(slices, x - o.X, y - o.Y, z - o.Z) == v)
            {
                return; // not in this slice group, or not the first voxel of its run
            }

            int length = 1;
            while (At(slices, x + length * o.X, y + length * o.Y, z + length * o.Z) == v)
            {
                length++;
            }

            counts[Row(levels, v) * maxRun + length - 1]++;
        });
        return counts;
    }

    private static bool InSlice(int? sliceAxis, int slice, int x, int y, int z) =>
        sliceAxis switch { 0 => x == slice, 1 => y == slice, 2 => z == slice, _ => true };

    private static int Row(IReadOnlyList<int> levels, int level)
    {
        for (int i = 0; i < levels.Count; i++)
        {
            if (levels[i] == level)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Grey level {level} has no row.");
    }

    private static int At(int[][][] slices, int x, int y, int z) =>
        z < 0 || z >= slices.Length || y < 0 || y >= slices[0].Length || x < 0 || x >= slices[0][0].Length ? 0 : slices[z][y][x];

    private static void ForEachVoxel(int[][][] slices, Action<int, int, int, int> visit)
    {
        for (int z = 0; z < slices.Length; z++)
        {
            for (int y = 0; y < slices[0].Length; y++)
            {
                for (int x = 0; x < slices[0][0].Length; x++)
                {
                    if (slices[z][y][x] != 0)
                    {
                        visit(x, y, z, slices[z][y][x]);
                    }
                }
            }
        }
    }

    private static int[][][] RandomSlices(int seed, int nx, int ny, int nz, int levels, bool holes = true)
    {
        // Few grey levels and few holes, so runs are long and often reach the edge of the box.
        var random = new Random(seed);
        return Enumerable.Range(0, nz).Select(_ =>
            Enumerable.Range(0, ny).Select(_ =>
                Enumerable.Range(0, nx).Select(_ => holes && random.NextDouble() < 0.1 ? 0 : 1 + random.Next(levels)).ToArray()).ToArray()).ToArray();
    }
}
