using Radiomics.Configuration;
using Radiomics.Extraction;

namespace Radiomics.Tests.Configuration;

public class FilterRegionSettingTests
{
    [Fact]
    public void FilterRegion_DefaultsToRoi_AndReadsBothValues()
    {
        Assert.Equal(FilterRegion.Roi, RadiomicsSettings.Default.Filters.Region);
        Assert.Equal(FilterRegion.Image, PipelineParameters.Parse("setting:\n  filterRegion: image\n", "t").Settings.Filters.Region);
        Assert.Equal(FilterRegion.Roi, PipelineParameters.Parse("setting:\n  filterRegion: ROI\n", "t").Settings.Filters.Region);
        Assert.Contains("\"filterRegion\":\"image\"", SettingsFormatter.ToJson(RadiomicsSettings.Default with { Filters = new FilterSettings { Region = FilterRegion.Image } }));
    }

    [Fact]
    public void FilterRegion_UnknownValue_NamesTheKeyAndTheChoices()
    {
        var error = Assert.Throws<ParameterException>(() => PipelineParameters.Parse("setting:\n  filterRegion: box\n", "t"));
        Assert.Contains("filterRegion", error.Message);
        Assert.Contains("roi, image", error.Message);
    }

    [Fact]
    public void FilterRegion_UnderOneImageType_AppliesToThatTypeOnly()
    {
        ExtractionParameters parameters = PipelineParameters.Parse("imageType:\n  LoG: {sigma: [1.0], filterRegion: image}\n  Wavelet: {}\n", "t");
        Assert.Equal(FilterRegion.Image, parameters.ImageTypes[0].EffectiveSettings(parameters.Settings, "t").Filters.Region);
        Assert.Equal(FilterRegion.Roi, parameters.ImageTypes[1].EffectiveSettings(parameters.Settings, "t").Filters.Region);
    }
}
