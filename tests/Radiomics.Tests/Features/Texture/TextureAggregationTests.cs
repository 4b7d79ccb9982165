using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Glcm;
using Radiomics.Features.Texture.Glszm;

namespace Radiomics.Tests.Features.Texture;

/// <summary>The PyRadiomics families and the IBSI aggregation builders agree where their definitions coincide.</summary>
public class TextureAggregationTests
{
    [Fact]
    public void Force2DGlcm_EqualsIbsiDirectionMerged25D()
    {
        FeatureInput input = TextureTestInputs.DigitalPhantom(RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 1 }, Features = new FeatureSettings { Force2D = true } });
        var family = new GlcmFamily();
        double pyradiomics = family.Compute(input, [family.Features.Single(f => f.Name == "JointEntropy")])[0];

        GlcmMatrices matrices = GlcmMatrices.Build(input, TextureAggregation.DirectionMerged25D);
        double ibsi = matrices.Combine(TextureAggregation.DirectionMerged25D)
            .Select(c => GlcmFeatures.JointEntropy(new GlcmProbabilities(c, matrices.GreyLevels, matrices.GreyLevels[^1])))
            .Average();
        Assert.Equal(ibsi, pyradiomics, 1e-12);
    }

    [Fact]
    public void Force2DGlszm_EqualsIbsi25D()
    {
        FeatureInput input = TextureTestInputs.DigitalPhantom(RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 1 }, Features = new FeatureSettings { Force2D = true } });
        var family = new GlszmFamily();
        double pyradiomics = family.Compute(input, [family.Features.Single(f => f.Name == "ZoneEntropy")])[0];
        GreyLevelSizeMatrix merged = Assert.Single(GlszmMatrices.Build(input, TextureAggregation.Merged25D).Combine());
        Assert.Equal(GlszmFeatures.ZoneEntropy(merged), pyradiomics, 1e-12);
    }

    [Fact]
    public void RepeatedComputation_IsBitIdentical()
    {
        foreach (IFeatureFamily family in TextureFamilies.All)
        {
            Dictionary<string, double> first = TextureTestInputs.ComputeAll(family, TextureTestInputs.DigitalPhantom());
            Dictionary<string, double> second = TextureTestInputs.ComputeAll(family, TextureTestInputs.DigitalPhantom());
            Assert.Equal(first.Values.Select(BitConverter.DoubleToInt64Bits), second.Values.Select(BitConverter.DoubleToInt64Bits));
        }
    }
}
