using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Glcm;
using Radiomics.Features.Texture.Ngtdm;
using Radiomics.Imaging;

namespace Radiomics.Tests.Features.Texture;

/// <summary>Invariants of the texture families: rotations, known patterns, degenerate ROIs.</summary>
public class TextureInvariantTests
{
    [Fact]
    public void AllFamilies_UnchangedByInPlaneQuarterTurn()
    {
        FeatureInput original = TextureTestInputs.DigitalPhantom();
        FeatureInput rotated = RotateQuarterTurn(original);
        foreach (IFeatureFamily family in TextureFamilies.All)
        {
            Dictionary<string, double> before = TextureTestInputs.ComputeAll(family, original);
            Dictionary<string, double> after = TextureTestInputs.ComputeAll(family, rotated);
            foreach ((string name, double value) in before)
            {
                Assert.True(Math.Abs(value - after[name]) <= 1e-10 * Math.Max(1, Math.Abs(value)), $"{family.Name}_{name}: {value} vs {after[name]}");
            }
        }
    }

    [Fact]
    public void Glcm_PlanarCheckerboard_HasContrastOneHalf()
    {
        // Edge neighbours always differ by one grey level, diagonal neighbours never: contrast (1 + 1 + 0 + 0) / 4.
        int[][] board = Enumerable.Range(0, 8).Select(y => Enumerable.Range(0, 8).Select(x => 1 + ((x + y) & 1)).ToArray()).ToArray();
        double contrast = Compute(new GlcmFamily(), TextureTestInputs.FromSlices([board]), "Contrast");
        Assert.Equal(0.5, contrast, 1e-15);
    }

    [Fact]
    public void Glcm_VolumeCheckerboard_HasContrastSevenThirteenths()
    {
        // Of the 13 directions, the 3 face and 4 corner neighbours differ in parity, the 6 edge diagonals do not.
        int[][][] board = Enumerable.Range(0, 4)
            .Select(z => Enumerable.Range(0, 4).Select(y => Enumerable.Range(0, 4).Select(x => 1 + ((x + y + z) & 1)).ToArray()).ToArray())
            .ToArray();
        double contrast = Compute(new GlcmFamily(), TextureTestInputs.FromSlices(board), "Contrast");
        Assert.Equal(7.0 / 13.0, contrast, 1e-15);
    }

    [Fact]
    public void FlatRoi_GivesPyRadiomicsDocumentedValues()
    {
        int[][][] cube = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, 3).Select(_ => new[] { 7, 7, 7 }).ToArray()).ToArray();
        FeatureInput input = TextureTestInputs.FromSlices(cube);
        var glcm = new GlcmFamily();
        Assert.Equal(1, Compute(glcm, input, "Correlation"));
        Assert.Equal(0, Compute(glcm, input, "Imc1"));
        Assert.Equal(0, Compute(glcm, input, "Imc2"));
        Assert.Equal(1, Compute(glcm, input, "MCC"));
        Assert.Equal(0, Compute(glcm, input, "Contrast"));
        Assert.Equal(1, Compute(glcm, input, "MaximumProbability"));

        var ngtdm = new NgtdmFamily();
        Assert.Equal(1_000_000, Compute(ngtdm, input, "Coarseness"));
        Assert.Equal(0, Compute(ngtdm, input, "Contrast"));
        Assert.Equal(0, Compute(ngtdm, input, "Busyness"));
        Assert.Equal(0, Compute(ngtdm, input, "Strength"));
    }

    [Fact]
    public void SingleVoxelRoi_GlcmHasNoPairs()
    {
        FeatureInput input = TextureTestInputs.FromSlices([[[0, 0, 0], [0, 5, 0], [0, 0, 0]]]);
        var glcm = new GlcmFamily();
        Assert.True(double.IsNaN(Compute(glcm, input, "Contrast")));
        Assert.Equal(1, Compute(glcm, input, "MCC"));
        Assert.Equal(1_000_000, Compute(new NgtdmFamily(), input, "Coarseness"));
    }

    [Fact]
    public void Glcm_DeprecatedFeatures_ComputedOnRequestAndEqualTheirTwins()
    {
        FeatureInput input = TextureTestInputs.DigitalPhantom();
        var glcm = new GlcmFamily();
        Assert.Contains(glcm.Features, f => f.Name == "SumVariance" && f.OnlyWhenRequested);
        Assert.Equal(Compute(glcm, input, "DifferenceAverage"), Compute(glcm, input, "Dissimilarity"), 1e-12);
        Assert.Equal(Compute(glcm, input, "Id"), Compute(glcm, input, "Homogeneity1"), 1e-12);
        Assert.Equal(Compute(glcm, input, "Idm"), Compute(glcm, input, "Homogeneity2"), 1e-12);
        Assert.Equal(Compute(glcm, input, "ClusterTendency"), Compute(glcm, input, "SumVariance"), 1e-10);
    }

    [Fact]
    public void Glcm_WeightingNorms_MergeDirections()
    {
        FeatureInput input = TextureTestInputs.DigitalPhantom(RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 1 }, Features = new FeatureSettings { WeightingNorm = WeightingNorm.NoWeighting } });
        IReadOnlyList<double[]> merged = GlcmMatrices.Build(input, TextureAggregation.Merged3D).Combine(TextureAggregation.Merged3D);
        var expected = new GlcmProbabilities(merged[0], [1, 3, 4, 6], 6);
        Assert.Equal(GlcmFeatures.Contrast(expected), Compute(new GlcmFamily(), input, "Contrast"), 1e-12);

        foreach (WeightingNorm norm in new[] { WeightingNorm.Manhattan, WeightingNorm.Euclidean, WeightingNorm.Infinity })
        {
            double value = Compute(new GlcmFamily(), TextureTestInputs.DigitalPhantom(RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 1 }, Features = new FeatureSettings { WeightingNorm = norm } }), "Contrast");
            Assert.True(double.IsFinite(value) && value > 0, $"{norm}: {value}");
        }
    }

    [Fact]
    public void Force2D_UsesInPlaneDirectionsOnly()
    {
        FeatureInput input = TextureTestInputs.DigitalPhantom(RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 1 }, Features = new FeatureSettings { Force2D = true } });
        IReadOnlyList<TextureMatrix> matrices = TextureMatrices.Export(input, "glcm");
        Assert.Equal(4, matrices.Count);
        Assert.All(matrices, m => Assert.Equal(0, m.Direction!.Value.Z));
    }

    private static double Compute(IFeatureFamily family, FeatureInput input, string feature) =>
        family.Compute(input, [family.Features.Single(f => f.Name == feature)])[0];

    /// <summary>The image and mask turned a quarter about z: (x, y) → (ny − 1 − y, x).</summary>
    private static FeatureInput RotateQuarterTurn(FeatureInput input)
    {
        Size3 size = input.Image.Size;
        var geometry = ImageGeometry.Unit(new Size3(size.Y, size.X, size.Z));
        var image = new Volume<double>(geometry);
        var mask = new Volume<byte>(geometry);
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    image[size.Y - 1 - y, x, z] = input.Image[x, y, z];
                    mask[size.Y - 1 - y, x, z] = input.Mask[x, y, z];
                }
            }
        }

        return new FeatureInput(image, mask, input.Settings);
    }
}
