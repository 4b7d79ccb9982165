using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Gldm;
using Radiomics.Features.Texture.Ngtdm;
using Radiomics.Imaging;

namespace Radiomics.Tests.Features.Texture;

/// <summary>
/// The texture grid and the GLDM and NGTDM kernels (byte-code compares, row-sum tallies, run-by-run filling) against
/// straightforward voxel-by-voxel references, bit for bit, on random ROIs with holes, sizes that are not multiples
/// of a vector, grey levels with and without gaps (and more than a byte holds), in 3D, in-plane (force2D), per slice
/// and at distances beyond 1.
/// </summary>
public class NeighbourhoodKernelTests
{
    public static TheoryData<int, int, int, int, bool> Grids => new()
    {
        { 37, 5, 3, 9, false },
        { 33, 9, 4, 40, true },
        { 65, 4, 2, 6, true },
        { 8, 1, 1, 3, false },
        { 1, 1, 1, 2, false },
        { 41, 9, 5, 600, false }, // more codes than a byte holds: the int kernels
        { 23, 6, 6, 300, true },
    };

    public static TheoryData<string> Neighbourhoods => new(["3D-1", "3D-1-2", "3D-2", "2D-z-1", "2D-x-1-2"]);

    [Theory]
    [MemberData(nameof(Grids))]
    public void Grid_FromDirtyPooledBuffers_EqualsVoxelByVoxelGrid(int nx, int ny, int nz, int levels, bool gaps)
    {
        FeatureInput plain = RandomInput(seed: nx * 31 + ny, nx, ny, nz, levels, gaps);
        foreach (int padding in new[] { 1, 2 })
        {
            // A pool whose arrays of the grid's lengths hold garbage: the grid must write every entry itself.
            var pool = new ExactLengthArrayPool();
            Size3 box = BoundingBox.Of(plain.Mask)!.Value.Size;
            int length = ((box.X + (2 * padding)) * (box.Y + (2 * padding)) * (box.Z + (2 * padding))) + TextureGrid.Slack;
            int roiCount = plain.Mask.Voxels.ToArray().Count(v => v != 0);
            foreach (int size in new[] { length, roiCount, plain.Image.Length })
            {
                int[] dirty = pool.Rent<int>(size);
                Array.Fill(dirty, 0x5A5A5A5A);
                pool.Return(dirty);
            }

            byte[] dirtyBytes = pool.Rent<byte>(length);
            Array.Fill(dirtyBytes, (byte)0xA5);
            pool.Return(dirtyBytes);

            using var input = new FeatureInput(plain.Image, plain.Mask, plain.Settings, null, pool);
            TextureGrid grid = TextureGrid.For(input, padding);
            (int[] codes, int[] positions, int[] greyLevels) = ReferenceGrid(input.Discretised.Levels, input.Mask, padding);

            Assert.Equal(greyLevels, grid.GreyLevels);
            Assert.Equal(codes, grid.Codes);
            Assert.Equal(positions, grid.RoiPositions);
            Assert.Equal(Enumerable.Range(0, greyLevels.Length + 1).Select(c => c == 0 ? 0 : codes.Count(v => v == c)), grid.CodeCounts);
            if (greyLevels.Length <= byte.MaxValue)
            {
                Assert.Equal(codes.Select(c => (byte)c), grid.ByteCodes!);
            }
            else
            {
                Assert.Null(grid.ByteCodes);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Grids))]
    public void Gldm_EqualsVoxelByVoxelCounts(int nx, int ny, int nz, int levels, bool gaps)
    {
        FeatureInput input = RandomInput(seed: nx + 7 * nz, nx, ny, nz, levels, gaps);
        foreach (string neighbourhood in Neighbourhoods)
        {
            (TextureGrid grid, Index3[] neighbours) = Neighbours(input, neighbourhood);
            foreach (int? sliceAxis in new int?[] { null, 0, 1, 2 })
            {
                GldmMatrices actual = GldmMatrices.Build(grid, neighbours, sliceAxis, alpha: 0);
                (int[][] counts, int maxDependence) = ReferenceGldm(grid, neighbours, sliceAxis);
                string context = $"{neighbourhood}, slices across {sliceAxis?.ToString() ?? "none"}";
                Assert.True(maxDependence == actual.MaxDependence, context);
                Assert.True(counts.Length == actual.SliceCount, context);
                for (int s = 0; s < counts.Length; s++)
                {
                    Assert.True(counts[s].Select(c => (double)c).SequenceEqual(actual.Counts(s).ToArray()), $"{context}, slice {s}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Grids))]
    public void Ngtdm_EqualsVoxelByVoxelSums(int nx, int ny, int nz, int levels, bool gaps)
    {
        FeatureInput input = RandomInput(seed: ny + 11 * nx, nx, ny, nz, levels, gaps);
        foreach (string neighbourhood in Neighbourhoods)
        {
            (TextureGrid grid, Index3[] neighbours) = Neighbours(input, neighbourhood);
            foreach (int? sliceAxis in new int?[] { null, 2 })
            {
                foreach (bool isolated in new[] { true, false })
                {
                    NgtdmMatrix[] actual = NgtdmMatrix.Build(grid, neighbours, sliceAxis, isolated);
                    NgtdmMatrix[] expected = ReferenceNgtdm(grid, neighbours, sliceAxis, isolated);
                    string context = $"{neighbourhood}, slices across {sliceAxis?.ToString() ?? "none"}, isolated voxels {isolated}";
                    Assert.True(expected.Length == actual.Length, context);
                    for (int s = 0; s < expected.Length; s++)
                    {
                        Assert.True(expected[s].Levels.SequenceEqual(actual[s].Levels), $"{context}, slice {s}: levels");
                        Assert.True(expected[s].VoxelCounts.SequenceEqual(actual[s].VoxelCounts), $"{context}, slice {s}: counts");
                        Assert.True(
                            expected[s].DifferenceSums.Select(BitConverter.DoubleToInt64Bits).SequenceEqual(actual[s].DifferenceSums.Select(BitConverter.DoubleToInt64Bits)),
                            $"{context}, slice {s}: difference sums");
                    }
                }
            }
        }
    }

    /// <summary>A random ROI (about one voxel in six a hole) of levels 1 … <paramref name="levels"/>, or of every third level from 2 when <paramref name="gaps"/>.</summary>
    private static FeatureInput RandomInput(int seed, int nx, int ny, int nz, int levels, bool gaps)
    {
        var random = new Random(seed);
        int[][][] slices = Enumerable.Range(0, nz).Select(_ =>
            Enumerable.Range(0, ny).Select(_ =>
                Enumerable.Range(0, nx).Select(_ => random.NextDouble() < 0.17 ? 0 : gaps ? 2 + (3 * random.Next(levels)) : 1 + random.Next(levels)).ToArray()).ToArray()).ToArray();
        slices[0][0][0] = 1; // never an empty ROI
        return TextureTestInputs.FromSlices(slices);
    }

    private static (TextureGrid Grid, Index3[] Neighbours) Neighbours(FeatureInput input, string neighbourhood)
    {
        (int[] distances, int? outOfPlane) = neighbourhood switch
        {
            "3D-1" => (new[] { 1 }, (int?)null),
            "3D-1-2" => ([1, 2], null),
            "3D-2" => ([2], null),
            "2D-z-1" => ([1], 2),
            _ => ([1, 2], 0),
        };
        TextureGrid grid = TextureGrid.For(input, distances.Max());
        return (grid, TextureDirections.Generate(grid.Box, distances, bidirectional: true, outOfPlane));
    }

    /// <summary>The grid by its definition: every position zero, then each ROI voxel's rank among the levels present.</summary>
    private static (int[] Codes, int[] Positions, int[] GreyLevels) ReferenceGrid(Volume<int> levels, Volume<byte> mask, int padding)
    {
        BoundingBox box = BoundingBox.Of(mask)!.Value;
        var padded = new Size3(box.Size.X + (2 * padding), box.Size.Y + (2 * padding), box.Size.Z + (2 * padding));
        var present = new SortedSet<int>();
        for (int i = 0; i < mask.Length; i++)
        {
            if (mask.Voxels[i] != 0)
            {
                present.Add(levels.Voxels[i]);
            }
        }

        int[] greyLevels = [.. present];
        var codes = new int[(padded.X * padded.Y * padded.Z) + TextureGrid.Slack];
        var positions = new List<int>();
        for (int z = 0; z < box.Size.Z; z++)
        {
            for (int y = 0; y < box.Size.Y; y++)
            {
                for (int x = 0; x < box.Size.X; x++)
                {
                    int source = mask.Size.Offset(box.Lower.X + x, box.Lower.Y + y, box.Lower.Z + z);
                    if (mask.Voxels[source] != 0)
                    {
                        int target = padded.Offset(x + padding, y + padding, z + padding);
                        codes[target] = Array.IndexOf(greyLevels, levels.Voxels[source]) + 1;
                        positions.Add(target);
                    }
                }
            }
        }

        return (codes, positions.ToArray(), greyLevels);
    }

    /// <summary>GLDM (α = 0) by its definition: per ROI voxel, the neighbours with its code.</summary>
    private static (int[][] Counts, int MaxDependence) ReferenceGldm(TextureGrid grid, Index3[] neighbours, int? sliceAxis)
    {
        int ng = grid.GreyLevelCount, columns = neighbours.Length + 1;
        int slices = sliceAxis is int axis ? grid.Box[axis] : 1;
        var counts = new int[slices * ng * columns];
        int maxDependence = 1;
        foreach (int p in grid.RoiPositions)
        {
            int code = grid.Codes[p];
            int dependent = neighbours.Count(o => grid.Codes[p + grid.Step(o)] == code);
            int slice = sliceAxis is int a ? grid.Coordinate(p, a) : 0;
            counts[(((slice * ng) + code - 1) * columns) + dependent]++;
            maxDependence = Math.Max(maxDependence, dependent + 1);
        }

        int[][] matrices = new int[slices][];
        for (int s = 0; s < slices; s++)
        {
            matrices[s] = Enumerable.Range(0, ng).SelectMany(i => counts.AsSpan((((s * ng) + i) * columns), maxDependence).ToArray()).ToArray();
        }

        return (matrices, maxDependence);
    }

    /// <summary>
    /// NGTDM by its definition, in exact integers: per (slice, level, neighbour count n) the sum of |i·n − A| over the
    /// voxels, then sᵢ = Σₙ (that sum) / n in increasing n, the matrix's documented reduction.
    /// </summary>
    private static NgtdmMatrix[] ReferenceNgtdm(TextureGrid grid, Index3[] neighbours, int? sliceAxis, bool includeIsolatedVoxels)
    {
        int ng = grid.GreyLevelCount, stride = neighbours.Length + 1;
        int slices = sliceAxis is int axis ? grid.Box[axis] : 1;
        var counts = new double[slices * ng];
        var differences = new long[slices * ng * stride];
        foreach (int p in grid.RoiPositions)
        {
            int code = grid.Codes[p];
            int found = 0;
            long total = 0;
            foreach (Index3 o in neighbours)
            {
                int neighbour = grid.Codes[p + grid.Step(o)];
                if (neighbour != 0)
                {
                    found++;
                    total += grid.GreyLevels[neighbour - 1];
                }
            }

            if (found == 0 && !includeIsolatedVoxels)
            {
                continue;
            }

            int index = ((sliceAxis is int a ? grid.Coordinate(p, a) : 0) * ng) + code - 1;
            counts[index]++;
            differences[(index * stride) + found] += Math.Abs(((long)grid.GreyLevels[code - 1] * found) - total);
        }

        double[] levels = grid.GreyLevels.Select(l => (double)l).ToArray();
        var matrices = new NgtdmMatrix[slices];
        for (int s = 0; s < slices; s++)
        {
            var sums = new double[ng];
            for (int i = 0; i < ng; i++)
            {
                for (int found = 1; found < stride; found++)
                {
                    sums[i] += (double)differences[((((s * ng) + i) * stride) + found)] / found;
                }
            }

            matrices[s] = new NgtdmMatrix(levels, counts.AsSpan(s * ng, ng).ToArray(), sums);
        }

        return matrices;
    }
}
