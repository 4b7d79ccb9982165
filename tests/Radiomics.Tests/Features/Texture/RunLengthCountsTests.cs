using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Glrlm;
using Radiomics.Imaging;

namespace Radiomics.Tests.Features.Texture;

/// <summary>
/// The run counts in every form (runs so far, runs at their ends, runs of two or more at their ends) give exactly
/// the matrices of runs walked one by one over the grid: random and blocky volumes of odd sizes, few and many grey
/// levels, holes, in 3D and per slice across each axis, with several threads and with single-voxel directions dropped.
/// </summary>
public class RunLengthCountsTests
{
    [Theory]
    [InlineData("SoFar")]
    [InlineData("Ends")]
    [InlineData("LongEnds")]
    public void Count_RandomVolumes_EqualRunsWalkedOneByOne(string form)
    {
        RunCounting counting = Enum.Parse<RunCounting>(form);
        var random = new Random(20261207);
        foreach ((int nx, int ny, int nz) in new[] { (13, 9, 7), (37, 5, 3), (1, 8, 6), (8, 1, 6), (9, 6, 1), (21, 17, 11) })
        {
            foreach (int levels in new[] { 1, 2, 5, 40, 300 })
            {
                Check(TextureTestVolumes.RandomVolume(random, nx, ny, nz, levels, 0.2), counting);
                Check(TextureTestVolumes.BlockVolume(random, nx, ny, nz, levels, 0.05), counting);
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(60)]
    [InlineData(255)]
    public void Count_BytePass_EqualRunsWalkedOneByOne(int levels)
    {
        // Boxes at least 31 voxels wide: every step off the row is a vector of byte codes or more, so (with AVX2) the byte pass
        // counts them (in 3D and per slice across y and z; across x the int pass does). The pass takes a slice's rows as one
        // stretch of grid positions in chunks of 1,024: (45, 33, 3) has slices of two chunks.
        var random = new Random(20261208 + levels);
        foreach ((int nx, int ny, int nz) in new[] { (31, 5, 3), (37, 6, 4), (64, 3, 5), (70, 9, 4), (33, 1, 7), (95, 4, 1), (45, 33, 3) })
        {
            int[,,] volume = TextureTestVolumes.RandomVolume(random, nx, ny, nz, levels, 0.2);
            TextureGrid grid = TextureTestVolumes.GridOf(volume);
            TextureLayout layout = TextureLayout.ForAggregation(grid, TextureAggregation.Average3D, 2);
            Assert.Equal(System.Runtime.Intrinsics.X86.Avx2.IsSupported, ByteRunCounter.Applies(grid, layout, layout.Directions, Math.Max(grid.Box.X, Math.Max(grid.Box.Y, grid.Box.Z))));
            Check(volume, RunCounting.LongEnds);
            Check(TextureTestVolumes.BlockVolume(random, nx, ny, nz, levels, 0.05), RunCounting.LongEnds);
            Check(TextureTestVolumes.BlockVolume(random, nx, ny, nz, levels, 0.0), RunCounting.LongEnds);
        }
    }

    [Fact]
    public void Count_BeyondTheBytePass_EqualRunsWalkedOneByOne()
    {
        // More than 255 levels, a run longer than 255, a narrow box: the int pass.
        var random = new Random(11);
        int[,,] manyLevels = RandomLevels(random, 40, 6, 5, 600);
        int[,,] longRows = TextureTestVolumes.BlockVolume(random, 300, 3, 2, 2, 0.0);
        int[,,] narrow = TextureTestVolumes.RandomVolume(random, 12, 9, 7, 5, 0.1);
        foreach (int[,,] volume in new[] { manyLevels, longRows, narrow })
        {
            TextureGrid grid = TextureTestVolumes.GridOf(volume);
            TextureLayout layout = TextureLayout.ForAggregation(grid, TextureAggregation.Average3D, 2);
            Assert.False(ByteRunCounter.Applies(grid, layout, layout.Directions, Math.Max(grid.Box.X, Math.Max(grid.Box.Y, grid.Box.Z))));
            Check(volume, RunCounting.LongEnds);
        }
    }

    [Fact]
    public void Count_BlocksAndNoise_EqualRunsWalkedOneByOne()
    {
        // Large blocks (long runs, few ends) and a level per voxel drawn from many (nearly every run of one voxel).
        var random = new Random(7);
        foreach (RunCounting counting in Enum.GetValues<RunCounting>())
        {
            Check(TextureTestVolumes.BlockVolume(random, 23, 19, 17, 2, 0.0), counting);
            Check(RandomLevels(random, 19, 17, 13, 50), counting);
        }
    }

    private static void Check(int[,,] volume, RunCounting counting)
    {
        TextureGrid grid = TextureTestVolumes.GridOf(volume);
        foreach ((TextureAggregation aggregation, int axis) in new[] { (TextureAggregation.Average3D, 2), (TextureAggregation.Average2D, 0), (TextureAggregation.Average2D, 1), (TextureAggregation.Average2D, 2) })
        {
            TextureLayout layout = TextureLayout.ForAggregation(grid, aggregation, axis);
            foreach (int threads in new[] { 1, 4 })
            {
                using RunLengthCounts counts = RunLengthCounts.Count(grid, layout, dropSingleVoxelDirections: false, threads, counting);
                using RunLengthCounts dropped = RunLengthCounts.Count(grid, layout, dropSingleVoxelDirections: true, threads, counting);
                using RunLengthCounts reference = RunLengthCounts.Count(grid, layout, dropSingleVoxelDirections: true, 1, RunCounting.SoFar);
                int size = grid.GreyLevelCount * counts.MaxRunLength;
                for (int group = 0; group < layout.SliceCount; group++)
                {
                    for (int d = 0; d < layout.DirectionCount; d++)
                    {
                        var actual = new double[size];
                        counts.Fill(group, d, actual);
                        Assert.Equal(WalkRuns(volume, grid, layout.Directions[d], layout.SliceAxis, group, counts.MaxRunLength), actual);
                        var droppedActual = new double[size];
                        var droppedExpected = new double[size];
                        dropped.Fill(group, d, droppedActual);
                        reference.Fill(group, d, droppedExpected);
                        Assert.Equal(droppedExpected, droppedActual);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The run length matrix of one direction and slice group, walking from each run's first voxel (a ROI voxel whose
    /// voxel before it along the direction is not of its level) until the level changes or the ROI ends.
    /// </summary>
    private static double[] WalkRuns(int[,,] volume, TextureGrid grid, Index3 o, int? sliceAxis, int group, int maxRunLength)
    {
        int nx = volume.GetLength(0), ny = volume.GetLength(1), nz = volume.GetLength(2);
        int LevelAt(int x, int y, int z) => x < 0 || y < 0 || z < 0 || x >= nx || y >= ny || z >= nz ? 0 : volume[x, y, z];
        int[] lower = [nx, ny, nz];
        foreach (int p in grid.RoiPositions)
        {
            for (int a = 0; a < 3; a++)
            {
                lower[a] = Math.Min(lower[a], grid.Coordinate(p, a));
            }
        }

        var matrix = new double[grid.GreyLevelCount * maxRunLength];
        for (int z = 0; z < nz; z++)
        {
            for (int y = 0; y < ny; y++)
            {
                for (int x = 0; x < nx; x++)
                {
                    int level = volume[x, y, z];
                    int[] at = [x, y, z];
                    if (level == 0 || LevelAt(x - o.X, y - o.Y, z - o.Z) == level || (sliceAxis is int s && at[s] - lower[s] != group))
                    {
                        continue;
                    }

                    int length = 1;
                    while (LevelAt(x + (length * o.X), y + (length * o.Y), z + (length * o.Z)) == level)
                    {
                        length++;
                    }

                    matrix[(Array.IndexOf(grid.GreyLevels, level) * maxRunLength) + length - 1]++;
                }
            }
        }

        return matrix;
    }

    private static int[,,] RandomLevels(Random random, int nx, int ny, int nz, int levels)
    {
        var volume = new int[nx, ny, nz];
        for (int z = 0; z < nz; z++)
        {
            for (int y = 0; y < ny; y++)
            {
                for (int x = 0; x < nx; x++)
                {
                    volume[x, y, z] = 1 + random.Next(levels);
                }
            }
        }

        return volume;
    }
}
