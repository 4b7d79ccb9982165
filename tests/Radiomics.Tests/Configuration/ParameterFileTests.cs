using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Configuration;

public class ParameterFileTests
{
    [Fact]
    public void PyRadiomicsParityParameterFiles_LoadUnchanged()
    {
        foreach (string name in new[] { "digital-phantom", "ct-phantom-original", "ct-phantom-filters" })
        {
            ExtractionParameters parameters = PipelineParameters.Load(TestData.Require($"pyradiomics-parity/{name}.params.yaml"));
            Assert.NotEmpty(parameters.ImageTypes);
        }

        ExtractionParameters filters = PipelineParameters.Load(TestData.Require("pyradiomics-parity/ct-phantom-filters.params.yaml"));
        Assert.Equal([1.0, 1.0, 1.0], filters.Settings.Resampling.Spacing);
        Assert.Equal(Interpolator.BSpline, filters.Settings.Resampling.Interpolator);
        Assert.Equal(1000, filters.Settings.Features.VoxelArrayShift);
        ImageTypeRequest log = filters.ImageTypes.Single(t => t.Name == "LoG");
        Assert.Equal([1.0, 3.0], log.EffectiveSettings(filters.Settings, "test").Filters.Sigma);
    }

    [Fact]
    public void JsonParameterFile_IsReadLikeYaml()
    {
        ExtractionParameters parameters = PipelineParameters.Parse("""{"setting": {"binWidth": 5, "label": 2}, "imageType": {"Original": {}}, "featureClass": {"firstorder": ["Mean"]}}""", "p.json");
        Assert.Equal(5, parameters.Settings.Discretisation.BinWidth);
        Assert.Equal(2, parameters.Settings.Mask.Label);
        Assert.Equal(["Mean"], parameters.FeatureClasses!.Single().Features);
    }

    [Theory]
    [InlineData("setting:\n  binWidht: 5\n", "binWidht")]
    [InlineData("setting:\n  binWidth: abc\n", "binWidth")]
    [InlineData("setting:\n  binWidth: 0\n", "binWidth")]
    [InlineData("setting:\n  label: 1.5\n", "label")]
    [InlineData("setting:\n  force2Ddimension: 3\n", "force2Ddimension")]
    [InlineData("setting:\n  resampledPixelSpacing: [1, 1]\n", "resampledPixelSpacing")]
    [InlineData("setting:\n  interpolator: sitkCubic\n", "interpolator")]
    [InlineData("setting:\n  resegmentRange: [100, -100]\n", "resegmentRange")]
    [InlineData("imageType:\n  Sobel: {}\n", "Sobel")]
    [InlineData("featureClass:\n  glcmx:\n", "glcmx")]
    [InlineData("featureClass:\n  firstorder: [Meen]\n", "Meen")]
    [InlineData("settings:\n  binWidth: 5\n", "settings")]
    [InlineData("imageType:\n  LoG:\n    sigma: [-1]\n", "sigma")]
    [InlineData("setting: [1, 2\n", "line")]
    public void BadParameters_AreRejectedNamingTheKey(string yaml, string named)
    {
        var error = Assert.Throws<ParameterException>(() => PipelineParameters.Parse(yaml, "params.yaml"));
        Assert.Contains(named, error.Message);
        Assert.StartsWith("params.yaml", error.Message);
    }

    [Fact]
    public void EmptyFile_GivesPyRadiomicsDefaults()
    {
        ExtractionParameters parameters = PipelineParameters.Parse("", "empty.yaml");
        Assert.Equal("Original", parameters.ImageTypes.Single().Name);
        Assert.Null(parameters.FeatureClasses);
        Assert.Equal(25, parameters.Settings.Discretisation.BinWidth);
    }

    [Fact]
    public void CommandLineOverride_AppliesOnTopOfTheFile()
    {
        ExtractionParameters parameters = PipelineParameters.Parse("setting:\n  binWidth: 5\n", "p.yaml")
            .WithSettingOverrides([new("binWidth", ParameterValue.FromText("7")), new("distances", ParameterValue.FromText("[1, 2]"))]);
        Assert.Equal(7, parameters.Settings.Discretisation.BinWidth);
        Assert.Equal([1, 2], parameters.Settings.Features.Distances);
    }

    [Fact]
    public void CommandLineOverride_TakesAListWithoutBrackets()
    {
        // The form --help shows: -s resampledPixelSpacing:1,1,1.
        ExtractionParameters parameters = PipelineParameters.Parse("setting:\n  binWidth: 5\n", "p.yaml")
            .WithSettingOverrides([new("resampledPixelSpacing", ParameterValue.FromText("1,1,2"))]);
        Assert.Equal([1.0, 1.0, 2.0], parameters.Settings.Resampling.Spacing!.ToArray());
    }
}
