using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Glcm;
using Radiomics.Features.Texture.Glrlm;
using Radiomics.Features.Texture.Ngtdm;
using Radiomics.Imaging;

namespace Radiomics.Tests.Features.Texture;

/// <summary>
/// Within-case parallelism never changes a value: every family gives bit-identical results with one thread, with a
/// forced split of the work (more parts than this machine may have cores) and with the default, and the fast
/// neighbourhood sums agree with adding neighbours one by one.
/// </summary>
public class TextureParallelismTests
{
    public static TheoryData<string> Settings => new(["default", "distances-1-2", "force2D", "weighted"]);

    [Theory]
    [MemberData(nameof(Settings))]
    public void Families_AnyDegreeOfParallelism_GiveBitIdenticalResults(string variant)
    {
        RadiomicsSettings settings = variant switch
        {
            "distances-1-2" => RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 1 }, Features = new FeatureSettings { Distances = [1, 2] } },
            "force2D" => RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 1 }, Features = new FeatureSettings { Force2D = true } },
            "weighted" => RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 1 }, Features = new FeatureSettings { WeightingNorm = WeightingNorm.Euclidean } },
            _ => RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 1 } },
        };
        FeatureInput input = TextureTestInputs.FromSlices(RandomSlices(seed: 7, nx: 13, ny: 11, nz: 6, levels: 9), settings);

        foreach (Func<int, IFeatureFamily> create in new Func<int, IFeatureFamily>[] { d => new GlcmFamily(d), d => new GlrlmFamily(d) })
        {
            IFeatureFamily serial = create(1);
            FeatureInfo[] requested = serial.Features.ToArray();
            double[] expected = serial.Compute(input, requested);
            foreach (int degree in new[] { 2, 3, 13, -1 })
            {
                double[] actual = create(degree).Compute(input, requested);
                for (int f = 0; f < requested.Length; f++)
                {
                    Assert.True(
                        BitConverter.DoubleToInt64Bits(expected[f]) == BitConverter.DoubleToInt64Bits(actual[f]),
                        $"{serial.Name} {requested[f].Name} with {degree} threads: {actual[f]:R}, one thread: {expected[f]:R}");
                }
            }
        }
    }

    [Fact]
    public void CtPhantom_DefaultParallelism_EqualsOneThread()
    {
        FeatureInput input = TextureTestInputs.CtPhantom();
        foreach ((IFeatureFamily serial, IFeatureFamily parallel) in new (IFeatureFamily, IFeatureFamily)[]
        {
            (new GlcmFamily(1), new GlcmFamily(-1)),
            (new GlrlmFamily(1), new GlrlmFamily(-1)),
        })
        {
            Assert.Equal(TextureTestInputs.ComputeAll(serial, input), TextureTestInputs.ComputeAll(parallel, input));
        }
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(2, null)]
    [InlineData(1, 2)]
    [InlineData(1, 0)]
    public void NeighbourhoodSums_BoxSums_EqualNeighbourByNeighbourSums(int distance, int? outOfPlaneAxis)
    {
        FeatureInput input = TextureTestInputs.FromSlices(RandomSlices(seed: 3, nx: 9, ny: 8, nz: 7, levels: 6));
        TextureGrid grid = TextureGrid.For(input, distance);
        int[] distances = Enumerable.Range(1, distance).ToArray();
        Index3[] neighbours = TextureDirections.Generate(grid.Box, distances, bidirectional: true, outOfPlaneAxis);
        int[] levelOfCode = [0, .. grid.GreyLevels];

        using NeighbourhoodSums fast = NeighbourhoodSums.Compute(grid, neighbours, levelOfCode);
        using NeighbourhoodSums plain = NeighbourhoodSums.NeighbourByNeighbour(grid, neighbours, levelOfCode);
        foreach (int p in grid.RoiPositions)
        {
            Assert.Equal(plain.At(p), fast.At(p));
        }
    }

    [Fact]
    public void NeighbourhoodSums_ShellNeighbourhood_SumsOnlyTheShell()
    {
        // Distance 2 alone is a shell, not a box: the sums must still be right (checked against a hand count).
        FeatureInput input = TextureTestInputs.FromSlices([[[1, 2, 3, 4, 5]]], RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 1 }, Features = new FeatureSettings { Distances = [2] } });
        TextureGrid grid = TextureGrid.For(input, 2);
        Index3[] neighbours = TextureDirections.Generate(grid.Box, [2], bidirectional: true, null);
        using NeighbourhoodSums sums = NeighbourhoodSums.Compute(grid, neighbours, [0, .. grid.GreyLevels]);
        int middle = grid.RoiPositions[2]; // level 3: neighbours at ±2 along x have levels 1 and 5
        Assert.Equal((2, 6), sums.At(middle));
        Assert.Equal((1, 3), sums.At(grid.RoiPositions[0]));
    }

    private static int[][][] RandomSlices(int seed, int nx, int ny, int nz, int levels)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, nz).Select(_ =>
            Enumerable.Range(0, ny).Select(_ =>
                Enumerable.Range(0, nx).Select(_ => random.NextDouble() < 0.15 ? 0 : 1 + random.Next(levels)).ToArray()).ToArray()).ToArray();
    }
}
