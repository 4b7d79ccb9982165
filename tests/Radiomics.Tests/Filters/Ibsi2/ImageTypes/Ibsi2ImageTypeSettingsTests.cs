using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Imaging;

namespace Radiomics.Tests.Filters.Ibsi2.ImageTypes;

/// <summary>Bad values of the IBSI 2 image-type settings are rejected with a message naming the key.</summary>
public class Ibsi2ImageTypeSettingsTests
{
    [Theory]
    [InlineData("ibsiFilterDimension: 4D", "ibsiFilterDimension")]
    [InlineData("ibsiPadding: reflect", "ibsiPadding")]
    [InlineData("ibsiMeanSupport: 4", "ibsiMeanSupport")]
    [InlineData("ibsiLoGSigma: [1, -2]", "ibsiLoGSigma")]
    [InlineData("ibsiLoGCutoff: 0", "ibsiLoGCutoff")]
    [InlineData("lawsKernel: L5X5E5", "lawsKernel")]
    [InlineData("lawsEnergyDistance: -1", "lawsEnergyDistance")]
    [InlineData("lawsRotationInvariance: min", "lawsRotationInvariance")]
    [InlineData("gaborSigma: 0", "gaborSigma")]
    [InlineData("gaborLambda: abc", "gaborLambda")]
    [InlineData("gaborGamma: -1", "gaborGamma")]
    [InlineData("gaborThetaStep: 0", "gaborThetaStep")]
    [InlineData("ibsiWavelet: nosuch", "ibsiWavelet")]
    [InlineData("ibsiWaveletBand: LXH", "ibsiWaveletBand")]
    [InlineData("ibsiWaveletLevel: 0", "ibsiWaveletLevel")]
    [InlineData("ibsiWaveletRotationInvariance: yes", "ibsiWaveletRotationInvariance")]
    [InlineData("simoncelliLevel: 0", "simoncelliLevel")]
    public void BadValue_InSettingSection_IsRejectedNamingTheKey(string line, string key)
    {
        var error = Assert.Throws<ParameterException>(() => PipelineParameters.Parse($"setting:\n  {line}\n", "bad.yaml"));
        Assert.Contains($"'{key}'", error.Message);
    }

    [Fact]
    public void BadValue_InImageTypeBlock_IsRejectedNamingTheKey()
    {
        var error = Assert.Throws<ParameterException>(() => Extract("imageType:\n  Laws: {lawsEnergyDistance: x}\n"));
        Assert.Contains("'lawsEnergyDistance'", error.Message);
    }

    [Theory]
    [InlineData("Laws: {lawsKernel: L5E5}", "lawsKernel")]
    [InlineData("IbsiWavelet: {ibsiWaveletBand: LL}", "ibsiWaveletBand")]
    public void KernelOrBandNotFittingTheDimension_IsRejectedNamingTheKey(string block, string key)
    {
        var error = Assert.Throws<ParameterException>(() => Extract($"imageType:\n  {block}\n"));
        Assert.Contains($"'{key}'", error.Message);
    }

    [Fact]
    public void Formatter_RendersTheNewKeys()
    {
        string json = SettingsFormatter.ToJson(PipelineParameters.Parse("setting:\n  ibsiFilterDimension: 2D\n  gaborThetaStep: null\n  lawsKernel: l5e5\n", "p.yaml").Settings);
        Assert.Contains("\"ibsiFilterDimension\":\"2D\"", json);
        Assert.Contains("\"gaborThetaStep\":null", json);
        Assert.Contains("\"lawsKernel\":\"L5E5\"", json);
        Assert.Contains("\"ibsiPadding\":\"mirror\"", json);
    }

    private static FeatureResult Extract(string yaml)
    {
        var image = new Volume<double>(ImageGeometry.Unit(new Size3(6, 6, 6)));
        var mask = new Volume<byte>(image.Geometry);
        mask.Voxels.Fill(1);
        return new RadiomicsExtractor(PipelineParameters.Parse(yaml + "featureClass:\n  firstorder: [Mean]\n", "p.yaml"))
            .Extract(ImageData.FromVolume(image), ImageData.FromVolume(mask));
    }
}
