using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Glcm;
using Radiomics.Imaging;

namespace Radiomics.Tests.Features.Texture;

/// <summary>
/// The 13-direction pair counts on byte codes (N_g ≤ 255, one slice group), with and without taking in voxels that
/// repeat their x-predecessor's pairs, through joint tables of two directions (few grey levels), and the int-code kernel beyond 255 levels and for slice groups: every count
/// against brute force, on random volumes (few repeats) and blocky ones (mostly repeats), odd sizes, holes.
/// </summary>
public sealed class GlcmByteCountTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(7, false)]
    [InlineData(7, true)]
    [InlineData(16, false)]
    [InlineData(29, false)]
    [InlineData(35, true)]
    [InlineData(GlcmPairCounts.JointLevelLimit, false)]
    [InlineData(GlcmPairCounts.JointLevelLimit + 1, false)]
    [InlineData(200, false)]
    [InlineData(200, true)]
    [InlineData(255, false)]
    [InlineData(300, false)]
    [InlineData(300, true)]
    public void Count_Distance1In3D_MatchesBruteForce(int levels, bool blocky)
    {
        FeatureInput input = Volume(levels, blocky, seed: levels);
        TextureGrid grid = TextureGrid.For(input, 1);
        TextureLayout layout = TextureLayout.PyRadiomics(grid, RadiomicsSettings.Default, [1]);
        Assert.Equal(13, layout.DirectionCount);

        AssertEveryBlockIsBruteForce(input, grid, layout);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(35)]
    public void SampledShare_BlockyVolume_TakesTheRepeatKernel_RandomVolumeDoesNot(int levels)
    {
        // The count test above covers both kernels only if the sampling sends these volumes different ways.
        foreach (bool blocky in new[] { true, false })
        {
            TextureGrid grid = TextureGrid.For(Volume(levels, blocky, seed: levels), 1);
            TextureLayout layout = TextureLayout.PyRadiomics(grid, RadiomicsSettings.Default, [1]);
            int[] steps = [.. layout.Directions.Select(grid.Step)];
            RepeatedNeighbourhoods repeats = RepeatedNeighbourhoods.For(steps, grid.PaddedSize) ?? throw new InvalidOperationException("not the distance-1 steps");

            double share = repeats.SampledShare(grid, grid.ByteCodes!);

            Assert.Equal(blocky, share >= RepeatedNeighbourhoods.WorthwhileShare);
        }
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(9, false)]
    public void Repeats_EveryRoiVoxel_MatchesComparingItsThirteenPairs(int levels, bool blocky)
    {
        TextureGrid grid = TextureGrid.For(Volume(levels, blocky, seed: 5), 1);
        TextureLayout layout = TextureLayout.PyRadiomics(grid, RadiomicsSettings.Default, [1]);
        int[] steps = [.. layout.Directions.Select(grid.Step)];
        RepeatedNeighbourhoods repeats = RepeatedNeighbourhoods.For(steps, grid.PaddedSize)!.Value;
        byte[] bytes = grid.ByteCodes!;
        int[] codes = grid.Codes;
        int found = 0;

        foreach (int p in grid.RoiPositions)
        {
            bool expected = codes[p] == codes[p - 1] && steps.All(s => codes[p + s] == codes[p - 1 + s]);
            Assert.Equal(expected, repeats.Repeats(ref bytes[p]));
            found += expected ? 1 : 0;
        }

        Assert.Equal(blocky, found > grid.RoiCount / 4);
    }

    [Fact]
    public void PyRadiomicsVolumeOrder_HoldsForTheDistance1Layout_NotForOthers()
    {
        // The joint kernel (N_g ≤ JointLevelLimit) runs only on steps in this order: the count tests above reach it
        // only if the PyRadiomics layout passes the check, and another order must not.
        TextureGrid grid = TextureGrid.For(Volume(5, blocky: false, seed: 1), 2);
        int[] distance1 = [.. TextureLayout.PyRadiomics(grid, RadiomicsSettings.Default, [1]).Directions.Select(grid.Step)];
        int[] distance2 = [.. TextureDirections.Generate(grid.Box, [2], bidirectional: false, null).Take(13).Select(grid.Step)];
        int[] swapped = [.. distance1];
        (swapped[0], swapped[1]) = (swapped[1], swapped[0]);

        Assert.True(GlcmPairCounts.IsPyRadiomicsVolumeOrder(distance1, grid.PaddedSize));
        Assert.False(GlcmPairCounts.IsPyRadiomicsVolumeOrder(distance2, grid.PaddedSize));
        Assert.False(GlcmPairCounts.IsPyRadiomicsVolumeOrder(swapped, grid.PaddedSize));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(20)]
    public void Count_ShuffledDistance1Directions_MatchesBruteForce(int levels)
    {
        // The 13 distance-1 steps in another order take the step-register kernel; every block must still be its direction's.
        FeatureInput input = Volume(levels, blocky: false, seed: 3);
        TextureGrid grid = TextureGrid.For(input, 1);
        Index3[] reversed = [.. TextureDirections.Volume().Reverse()];
        var layout = new TextureLayout(reversed, null, 1);

        AssertEveryBlockIsBruteForce(input, grid, layout);
    }

    [Fact]
    public void For_StepsOfOtherDistancesOrLayouts_IsNull()
    {
        TextureGrid grid = TextureGrid.For(Volume(5, blocky: false, seed: 1), 2);
        int[] distance2 = [.. TextureDirections.Generate(grid.Box, [2], bidirectional: false, null).Take(13).Select(grid.Step)];
        int[] distance1 = [.. TextureDirections.Volume().Select(grid.Step)];
        int[] shuffled = [.. distance1.Reverse()];

        Assert.Null(RepeatedNeighbourhoods.For(distance2, grid.PaddedSize));
        Assert.NotNull(RepeatedNeighbourhoods.For(shuffled, grid.PaddedSize));
        Assert.Null(RepeatedNeighbourhoods.For([.. distance1[..12], distance1[12] + 1], grid.PaddedSize));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(200)]
    public void Count_SliceGroupsOfBlockyVolume_MatchesBruteForcePerSlice(int levels)
    {
        FeatureInput input = Volume(levels, blocky: true, seed: 2);
        TextureGrid grid = TextureGrid.For(input, 1);
        TextureLayout layout = TextureLayout.ForAggregation(grid, TextureAggregation.Average2D, sliceAxis: 2);

        var counts = new int[GlcmPairCounts.Length(grid, layout)];
        GlcmPairCounts.Count(grid, layout, counts);

        int ng = grid.GreyLevelCount, block = GlcmPairCounts.BlockLength(ng);
        for (int s = 0; s < layout.SliceCount; s++)
        {
            for (int d = 0; d < layout.DirectionCount; d++)
            {
                int[,] expected = GlcmPairCountTests.BruteForce(input, grid, layout.Directions[d], sliceAxis: 2, slice: s);
                GlcmPairCountTests.AssertBlock(expected, counts.AsSpan(((s * layout.DirectionCount) + d) * block, block), ng);
            }
        }
    }

    /// <summary>Counts <paramref name="layout"/> (one slice group) and compares each direction's block with brute force.</summary>
    private static void AssertEveryBlockIsBruteForce(FeatureInput input, TextureGrid grid, TextureLayout layout)
    {
        var counts = new int[GlcmPairCounts.Length(grid, layout)];
        GlcmPairCounts.Count(grid, layout, counts);

        int ng = grid.GreyLevelCount, block = GlcmPairCounts.BlockLength(ng);
        for (int d = 0; d < layout.DirectionCount; d++)
        {
            int[,] expected = GlcmPairCountTests.BruteForce(input, grid, layout.Directions[d], sliceAxis: null, slice: 0);
            GlcmPairCountTests.AssertBlock(expected, counts.AsSpan(d * block, block), ng);
        }
    }

    /// <summary>
    /// A 25 × 19 × 11 volume of levels 1 … <paramref name="levels"/> (every one present) with holes: random voxel by
    /// voxel, or constant over slabs of 6 rows (so most voxels repeat their x-predecessor's pairs) with a few holes.
    /// </summary>
    private static FeatureInput Volume(int levels, bool blocky, int seed)
    {
        const int nx = 25, ny = 19, nz = 11;
        var random = new Random(seed);
        int[] slabLevels = [.. Enumerable.Range(0, (ny / 6) + 1).Select(_ => 1 + random.Next(levels))];
        int k = 0;
        int[][][] slices = Enumerable.Range(0, nz).Select(z => Enumerable.Range(0, ny).Select(y => Enumerable.Range(0, nx).Select(x =>
        {
            int level = k < levels ? 1 + k : blocky ? slabLevels[y / 6] : 1 + random.Next(levels);
            k++;
            bool hole = blocky ? random.Next(100) == 0 : random.Next(6) == 0;
            return hole && k > levels ? 0 : level;
        }).ToArray()).ToArray()).ToArray();
        return TextureTestInputs.FromSlices(slices);
    }
}
