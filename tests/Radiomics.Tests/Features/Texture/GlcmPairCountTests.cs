using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Glcm;
using Radiomics.Imaging;

namespace Radiomics.Tests.Features.Texture;

/// <summary>
/// The GLCM fast path: integer pair counts (unrolled chunks of 13, 4 and 1 directions), sparse normalised matrices
/// built straight from them, checked against brute force and against the dense double route they replace, bit for bit.
/// </summary>
public sealed class GlcmPairCountTests
{
    private static readonly FeatureFormula<GlcmCoefficients>[] Features =
    [
        GlcmFeatures.Autocorrelation, GlcmFeatures.ClusterProminence, GlcmFeatures.ClusterShade, GlcmFeatures.ClusterTendency,
        GlcmFeatures.Contrast, GlcmFeatures.Correlation, GlcmFeatures.DifferenceAverage, GlcmFeatures.DifferenceEntropy,
        GlcmFeatures.DifferenceVariance, GlcmFeatures.Dissimilarity, GlcmFeatures.Homogeneity1, GlcmFeatures.Homogeneity2,
        GlcmFeatures.Id, GlcmFeatures.Idm, GlcmFeatures.Idmn, GlcmFeatures.Idn, GlcmFeatures.Imc1, GlcmFeatures.Imc2,
        GlcmFeatures.InverseVariance, GlcmFeatures.JointAverage, GlcmFeatures.JointEnergy, GlcmFeatures.JointEntropy,
        GlcmFeatures.Mcc, GlcmFeatures.MaximumProbability, GlcmFeatures.SumAverage, GlcmFeatures.SumEntropy,
        GlcmFeatures.SumSquares, GlcmFeatures.SumVariance,
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(13)]
    [InlineData(17)]
    [InlineData(26)]
    public void Count_AnyNumberOfDirections_MatchesBruteForce(int directionCount)
    {
        FeatureInput input = RandomInput(seed: directionCount);
        TextureGrid grid = TextureGrid.For(input, 2);
        Index3[] directions = TextureDirections.Generate(grid.Box, [1, 2], bidirectional: false, null)[..directionCount];
        var layout = new TextureLayout(directions, null, 1);

        int[] counts = Count(grid, layout);

        int ng = grid.GreyLevelCount, block = GlcmPairCounts.BlockLength(ng);
        for (int d = 0; d < directionCount; d++)
        {
            int[,] expected = BruteForce(input, grid, directions[d], sliceAxis: null, slice: 0);
            AssertBlock(expected, counts.AsSpan(d * block, block), ng);
        }
    }

    [Fact]
    public void Count_SliceGroups_MatchesBruteForcePerSlice()
    {
        FeatureInput input = RandomInput(seed: 7);
        TextureGrid grid = TextureGrid.For(input, 1);
        TextureLayout layout = TextureLayout.ForAggregation(grid, TextureAggregation.Average2D, sliceAxis: 2);

        int[] counts = Count(grid, layout);

        int ng = grid.GreyLevelCount, block = GlcmPairCounts.BlockLength(ng);
        for (int s = 0; s < layout.SliceCount; s++)
        {
            for (int d = 0; d < layout.DirectionCount; d++)
            {
                int[,] expected = BruteForce(input, grid, layout.Directions[d], sliceAxis: 2, slice: s);
                AssertBlock(expected, counts.AsSpan(((s * layout.DirectionCount) + d) * block, block), ng);
            }
        }
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(false, false, false)]
    [InlineData(true, true, false)]
    [InlineData(false, true, false)]
    [InlineData(true, true, true)]
    [InlineData(false, true, true)]
    public void FromPairCounts_EqualsTheDenseRoute_BitForBit(bool symmetric, bool merged, bool weighted)
    {
        FeatureInput input = RandomInput(seed: 11);
        TextureGrid grid = TextureGrid.For(input, 1);
        TextureLayout layout = TextureLayout.PyRadiomics(grid, RadiomicsSettings.Default, [1]);
        int[] counts = Count(grid, layout);
        GlcmMatrices dense = GlcmMatrices.Build(grid, layout, symmetric);
        double[] weights = weighted ? [.. Enumerable.Range(0, 13).Select(d => Math.Exp(-0.37 * (d + 1)))] : [];
        int[][] matrices = merged ? [Enumerable.Range(0, 13).ToArray()] : [.. Enumerable.Range(0, 13).Select(d => new[] { d })];

        foreach (int[] blocks in matrices)
        {
            // The dense route: the double matrices summed block by block (times the weights), then normalised.
            var sum = new double[grid.GreyLevelCount * grid.GreyLevelCount];
            foreach (int b in blocks)
            {
                ReadOnlySpan<double> raw = dense.Counts(0, b);
                for (int k = 0; k < sum.Length; k++)
                {
                    sum[k] += (weighted ? weights[b] : 1.0) * raw[k];
                }
            }

            var expected = new GlcmProbabilities(sum, grid.GreyLevels, grid.MaxLevel);
            using GlcmProbabilities actual = GlcmProbabilities.FromPairCounts(counts, blocks, weights, symmetric, grid.GreyLevels, grid.MaxLevel);

            Assert.Equal(expected.IsEmpty, actual.IsEmpty);
            Assert.True(expected.Px.SequenceEqual(actual.Px));
            Assert.True(expected.Py.SequenceEqual(actual.Py));
            Assert.True(expected.EntryValues.SequenceEqual(actual.EntryValues));
            Assert.True(expected.EntryColumns.SequenceEqual(actual.EntryColumns));
            Assert.True(!symmetric || actual.IsSymmetric());
            Assert.Equal(expected.IsSymmetric(), actual.IsSymmetric());
            foreach (FeatureFormula<GlcmCoefficients> feature in Features)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(feature(expected)), BitConverter.DoubleToInt64Bits(feature(actual)));
            }
        }
    }

    [Fact]
    public void Imc2_SymmetricMatrix_EqualsTheRowMajorSumToTheBit()
    {
        // The symmetric shortcut computes each q log₂(q + ε) once; the sum must stay the dense row-major one.
        const int n = 9;
        var counts = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                counts[(i * n) + j] = counts[(j * n) + i] = (i * 31 + j * 17) % 7 == 0 ? 0 : 1 + ((i * 13 + j * 5) % 11);
            }
        }

        var m = new GlcmProbabilities(counts, Enumerable.Range(1, n).ToArray(), n);
        double hxy2 = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double q = m.Px[i] * m.Py[j];
                if (q != 0)
                {
                    hxy2 -= q * Math.Log2(q + 2.220446049250313e-16);
                }
            }
        }

        double expected = Math.Sqrt(1 - Math.Exp(-2 * (hxy2 - m.JointEntropy)));

        Assert.True(m.Px.SequenceEqual(m.Py));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(GlcmFeatures.Imc2(m)));
    }

    [Fact]
    public void FromPairCounts_Disposed_RefusesAccess()
    {
        FeatureInput input = RandomInput(seed: 3);
        TextureGrid grid = TextureGrid.For(input, 1);
        TextureLayout layout = TextureLayout.PyRadiomics(grid, RadiomicsSettings.Default, [1]);
        int[] counts = Count(grid, layout);
        GlcmProbabilities m = GlcmProbabilities.FromPairCounts(counts, [0], [], true, grid.GreyLevels, grid.MaxLevel);
        Assert.True(m.EntryCount > 0);

        m.Dispose();

        Assert.Throws<ObjectDisposedException>(() => m.Px.Length);
        Assert.Throws<ObjectDisposedException>(() => m.EntryCount);
    }

    private static int[] Count(TextureGrid grid, TextureLayout layout)
    {
        var counts = new int[GlcmPairCounts.Length(grid, layout)];
        GlcmPairCounts.Count(grid, layout, counts);
        return counts;
    }

    /// <summary>Pairs (voxel, voxel + offset), both in the ROI (and in slice <paramref name="slice"/> when sliced), by grey-level code.</summary>
    internal static int[,] BruteForce(FeatureInput input, TextureGrid grid, Index3 offset, int? sliceAxis, int slice)
    {
        Volume<int> levels = input.Discretised.Levels;
        Volume<byte> mask = input.Mask;
        Size3 size = mask.Size;
        int ng = grid.GreyLevelCount;
        var counts = new int[ng + 1, ng + 1];
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    int coordinate = sliceAxis switch { 0 => x, 1 => y, 2 => z, _ => 0 };
                    if (mask[x, y, z] == 0 || coordinate != slice)
                    {
                        continue;
                    }

                    int nx = x + offset.X, ny = y + offset.Y, nz = z + offset.Z;
                    bool inside = nx >= 0 && ny >= 0 && nz >= 0 && nx < size.X && ny < size.Y && nz < size.Z && mask[nx, ny, nz] != 0;
                    int a = Array.IndexOf(grid.GreyLevels, levels[x, y, z]) + 1;
                    int b = inside ? Array.IndexOf(grid.GreyLevels, levels[nx, ny, nz]) + 1 : 0;
                    counts[a, b]++;
                }
            }
        }

        return counts;
    }

    internal static void AssertBlock(int[,] expected, ReadOnlySpan<int> block, int ng)
    {
        for (int a = 1; a <= ng; a++)
        {
            for (int b = 0; b <= ng; b++)
            {
                Assert.Equal(expected[a, b], block[((a - 1) * (ng + 1)) + b]);
            }
        }
    }

    /// <summary>A 9 × 8 × 7 volume of levels 1 … 6 (one left out) with holes, so that neighbours fall outside the ROI.</summary>
    private static FeatureInput RandomInput(int seed)
    {
        var random = new Random(seed);
        int[][][] slices = Enumerable.Range(0, 7).Select(_ => Enumerable.Range(0, 8).Select(_ =>
            Enumerable.Range(0, 9).Select(_ => random.Next(5) == 0 ? 0 : new[] { 1, 2, 4, 5, 6 }[random.Next(5)]).ToArray()).ToArray()).ToArray();
        return TextureTestInputs.FromSlices(slices);
    }
}
