using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Extraction.Ibsi;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Ibsi1;

/// <summary><c>profile: ibsi</c> in a PyRadiomics-shaped parameter file runs the IBSI 1 chain with IBSI tags.</summary>
public class IbsiProfileSettingTests
{
    [Fact]
    public void ProfileIbsi_ParameterFileLikeConfigurationC_GivesConfigurationCValues()
    {
        ExtractionParameters parameters = ParameterFile.Parse("""
            setting:
              profile: ibsi
              resampledPixelSpacing: [2, 2, 2]
              interpolator: sitkLinear
              resegmentRange: [-1000, 400]
              binWidth: 25
            """, "ibsi-c.yaml");
        FeatureResult result = new RadiomicsExtractor(parameters).Extract(TestData.IbsiCtPhantomImage, TestData.IbsiCtPhantomMask);
        string dataRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(TestData.IbsiCtPhantomImage)!, "..", "..", "..", ".."));
        var configurationC = Ibsi1Profile.RunConfiguration('C', dataRoot);

        // The IVH of configuration C uses its own 2.5 HU discretisation, which a parameter file does not express.
        var compared = configurationC.Where(r => !r.Tag.StartsWith("ivh_", StringComparison.Ordinal)).ToArray();
        Assert.True(compared.Length > 200);
        Assert.All(compared, r => Assert.Equal(r.Value, result[r.Tag].Number));
    }

    [Fact]
    public void ProfileIbsi_UnsupportedInterpolator_IsRejectedNamingTheKey()
    {
        ExtractionParameters parameters = ParameterFile.Parse("setting:\n  profile: ibsi\n  resampledPixelSpacing: [2, 2, 2]\n  interpolator: sitkNearestNeighbor\n", "p.yaml");
        var error = Assert.Throws<ParameterException>(() => new RadiomicsExtractor(parameters).Extract(TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask));
        Assert.Contains("interpolator", error.Message);
    }
}
