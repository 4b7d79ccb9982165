using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Extraction.Ibsi;
using Radiomics.Features.Ibsi;
using Radiomics.Preprocessing.Ibsi;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Ibsi1;

/// <summary><c>profile: ibsi</c> in a PyRadiomics-shaped parameter file runs the IBSI 1 chain with IBSI tags.</summary>
public class IbsiProfileSettingTests
{
    [Fact]
    public void ProfileIbsi_ParameterFileLikeConfigurationC_GivesConfigurationCValues()
    {
        ExtractionParameters parameters = PipelineParameters.Parse("""
            setting:
              profile: ibsi
              resampledPixelSpacing: [2, 2, 2]
              interpolator: sitkLinear
              resegmentRange: [-1000, 400]
              binWidth: 25
              ivhIntensityUnits: continuous
              ivhBinWidth: 2.5
            """, "ibsi-c.yaml");
        FeatureResult result = new RadiomicsExtractor(parameters).Extract(TestData.IbsiCtPhantomImage, TestData.IbsiCtPhantomMask);
        string dataRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(TestData.IbsiCtPhantomImage)!, "..", "..", "..", ".."));
        var configurationC = Ibsi1Profile.RunConfiguration('C', dataRoot);

        // Every value, the IVH's 2.5 HU bins (centres, over the re-segmentation range) included.
        Assert.Equal(7, configurationC.Count(r => r.Tag.StartsWith("ivh_", StringComparison.Ordinal)));
        Assert.All(configurationC, r => Assert.Equal(r.Value, result[r.Tag].Number));
    }

    [Fact]
    public void ProfileIbsi_IvhSettingsOfConfigurationE_GiveItsIvhDiscretisation()
    {
        // E's IVH: arbitrary units, 1000 bins (the default count when none is given).
        ExtractionParameters parameters = PipelineParameters.Parse("""
            setting:
              profile: ibsi
              resampledPixelSpacing: [2, 2, 2]
              resegmentRange: [-1000, 400]
              binCount: 32
              ivhIntensityUnits: arbitrary
              ivhBinCount: 1000
            """, "ibsi-e.yaml");
        IbsiChainPlan plan = IbsiChainPlan.For(parameters.Settings);
        IvhDiscretisation expected = IvhDiscretisation.For(IvhIntensityUnits.Arbitrary, null, 1000, -1000, 400);
        Assert.Equal(expected, Ibsi1Pipeline.IvhOf(parameters.Settings, plan));
        Assert.Equal(expected, Ibsi1Pipeline.IvhOf(parameters.Settings with { Ibsi = parameters.Settings.Ibsi with { IvhBinCount = null } }, plan));
    }

    [Theory]
    [InlineData("ivhIntensityUnits: continuous", "ivhBinWidth: required with ivhIntensityUnits: continuous")]
    [InlineData("ivhIntensityUnits: arbitrary\n  ivhBinWidth: 0.1", "ivhBinWidth: not used with ivhIntensityUnits: arbitrary")]
    [InlineData("ivhBinCount: 1000", "ivhBinCount: only used with ivhIntensityUnits: arbitrary")]
    [InlineData("ivhIntensityUnits: suv", "setting 'ivhIntensityUnits' has value")]
    [InlineData("ivhBinWidth: -2", "setting 'ivhBinWidth' has value")]
    [InlineData("ivhBinCount: 1", "setting 'ivhBinCount' has value")]
    public void IvhSettings_InvalidCombination_IsRejectedAtLoadInOneLineNamingTheKey(string lines, string expected)
    {
        var error = Assert.Throws<ParameterException>(() => PipelineParameters.Parse("setting:\n  profile: ibsi\n  " + lines + "\n", "p.yaml"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("p.yaml", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void IvhSettings_AreWrittenInTheSettingsProvenance()
    {
        ExtractionParameters parameters = PipelineParameters.Parse("setting:\n  profile: ibsi\n  ivhIntensityUnits: continuous\n  ivhBinWidth: 0.1\n", "pet.yaml");
        string json = SettingsFormatter.ToJson(parameters.Settings);
        Assert.Contains("\"ivhIntensityUnits\":\"continuous\",\"ivhBinWidth\":0.1,\"ivhBinCount\":null", json, StringComparison.Ordinal);
        Assert.Contains("\"ivhIntensityUnits\":\"discrete\",\"ivhBinWidth\":null", SettingsFormatter.ToJson(RadiomicsSettings.Default), StringComparison.Ordinal);
    }

    [Fact]
    public void ProfileIbsi_UnsupportedInterpolator_IsRejectedNamingTheKey()
    {
        ExtractionParameters parameters = PipelineParameters.Parse("setting:\n  profile: ibsi\n  resampledPixelSpacing: [2, 2, 2]\n  interpolator: sitkNearestNeighbor\n", "p.yaml");
        var error = Assert.Throws<ParameterException>(() => new RadiomicsExtractor(parameters).Extract(TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask));
        Assert.Contains("interpolator", error.Message);
    }
}
