using Radiomics.Features;
using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Glcm;
using Radiomics.Features.Texture.Gldm;
using Radiomics.Features.Texture.Glrlm;
using Radiomics.Features.Texture.Glszm;
using Radiomics.Features.Texture.Ngtdm;
using Radiomics.Imaging;

namespace Radiomics.Tests.Features.Texture;

/// <summary>
/// Matrices of small 2D images worked out by hand (the examples in PyRadiomics' class documentation, rechecked).
/// Rows of the literals are image rows (y), columns are x.
/// </summary>
public class HandComputedMatrixTests
{
    private static readonly int[][] GlcmExample =
    [
        [1, 2, 5, 2, 3],
        [3, 2, 1, 3, 1],
        [1, 3, 5, 5, 2],
        [1, 1, 1, 1, 2],
        [1, 2, 4, 3, 5],
    ];

    private static readonly int[][] ZoneExample =
    [
        [5, 2, 5, 4, 4],
        [3, 3, 3, 1, 3],
        [2, 1, 1, 1, 3],
        [4, 2, 2, 2, 3],
        [3, 5, 3, 3, 2],
    ];

    [Fact]
    public void Glcm_HorizontalSymmetric_MatchesHandCount()
    {
        GlcmMatrices glcm = GlcmMatrices.Build(TextureTestInputs.FromSlices([GlcmExample]), TextureAggregation.Average2D);
        int horizontal = IndexOf(glcm.Directions, new Index3(1, 0, 0));
        Assert.Equal(
            [
                6, 4, 3, 0, 0,
                4, 0, 2, 1, 3,
                3, 2, 0, 1, 2,
                0, 1, 1, 0, 0,
                0, 3, 2, 0, 2,
            ],
            glcm.Counts(0, horizontal).ToArray());
    }

    [Fact]
    public void Glrlm_Horizontal_MatchesHandCount()
    {
        GlrlmMatrices glrlm = GlrlmMatrices.Build(TextureTestInputs.FromSlices([ZoneExample]), TextureAggregation.Average2D);
        int horizontal = IndexOf(glrlm.Directions, new Index3(1, 0, 0));
        Assert.Equal(5, glrlm.MaxRunLength);
        Assert.Equal(
            [
                1, 0, 1, 0, 0,
                3, 0, 1, 0, 0,
                4, 1, 1, 0, 0,
                1, 1, 0, 0, 0,
                3, 0, 0, 0, 0,
            ],
            glrlm.Counts(0, horizontal).ToArray());
    }

    [Fact]
    public void Glszm_EightConnected_MatchesHandCount()
    {
        GlszmMatrices glszm = GlszmMatrices.Build(TextureTestInputs.FromSlices([ZoneExample]), TextureAggregation.Average2D);
        Assert.Equal([1, 2, 3, 4, 5], glszm.Sizes);
        Assert.Equal(
            [
                0, 0, 0, 1, 0,
                1, 0, 0, 0, 1,
                1, 0, 1, 0, 1,
                1, 1, 0, 0, 0,
                3, 0, 0, 0, 0,
            ],
            glszm.Counts(0).ToArray());
    }

    [Fact]
    public void Gldm_AlphaZero_MatchesHandCount()
    {
        GldmMatrices gldm = GldmMatrices.Build(TextureTestInputs.FromSlices([ZoneExample]), TextureAggregation.Average2D);
        Assert.Equal(
            [
                0, 1, 2, 1,
                1, 2, 3, 0,
                1, 4, 4, 0,
                1, 2, 0, 0,
                3, 0, 0, 0,
            ],
            gldm.Counts(0).ToArray());
    }

    [Fact]
    public void Ngtdm_MatchesHandComputedNeighbourMeans()
    {
        int[][] image =
        [
            [1, 2, 5, 2],
            [3, 5, 1, 3],
            [1, 3, 5, 5],
            [3, 1, 1, 1],
        ];
        NgtdmMatrix ngtdm = Assert.Single(NgtdmMatrix.Build(TextureTestInputs.FromSlices([image]), TextureAggregation.Average2D));

        Assert.Equal([1.0, 2, 3, 5], ngtdm.Levels);
        Assert.Equal([6.0, 2, 4, 4], ngtdm.VoxelCounts);

        // s₁ = |1−10/3| + |1−30/8| + |1−15/5| + |1−13/5| + |1−15/5| + |1−11/3| = 267/20
        // s₂ = |2−15/5| + |2−9/3| = 2
        // s₃ = |3−12/5| + |3−18/5| + |3−20/8| + |3−5/3| = 91/30
        // s₅ = |5−13/5| + |5−21/8| + |5−20/8| + |5−11/5| = 403/40
        double[] expected = [267.0 / 20, 2, 91.0 / 30, 403.0 / 40];
        for (int k = 0; k < expected.Length; k++)
        {
            Assert.Equal(expected[k], ngtdm.DifferenceSums[k], 1e-12);
        }
    }

    [Fact]
    public void Directions_FollowPyRadiomicsOrder()
    {
        Index3[] volume = TextureDirections.Volume();
        Assert.Equal(13, volume.Length);
        Assert.Equal(new Index3(1, 1, 1), volume[0]);
        Assert.Equal(new Index3(1, 0, 0), volume[^1]);
        Assert.Equal(4, TextureDirections.InPlane(2).Length);
        Assert.All(TextureDirections.InPlane(2), d => Assert.Equal(0, d.Z));
        Assert.Equal(49, TextureDirections.Generate(new Size3(9, 9, 9), [2], false, null).Length);
        Assert.Equal(13 + 49, TextureDirections.Generate(new Size3(9, 9, 9), [1, 2], false, null).Length);
        Assert.Equal(4, TextureDirections.Generate(new Size3(9, 9, 1), [1], false, null).Length);
    }

    private static int IndexOf(IReadOnlyList<Index3> directions, Index3 direction)
    {
        for (int d = 0; d < directions.Count; d++)
        {
            if (directions[d] == direction || directions[d] == new Index3(-direction.X, -direction.Y, -direction.Z))
            {
                return d;
            }
        }

        throw new InvalidOperationException($"Direction {direction} not among the matrices' directions.");
    }
}
