using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Features;
using Radiomics.Features.Ibsi;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing;
using Radiomics.Tests.Support;
using static Radiomics.Tests.Extraction.FilterRegionCases;

namespace Radiomics.Tests.Extraction;

/// <summary>
/// Discretisation is a pipeline stage of its own: an extraction runs it once per image type, before the families, only
/// when an enabled family reads grey levels; and every family declares exactly whether it reads them.
/// </summary>
public sealed class DiscretisationStageTests
{
    private const string ImageTypes = """
        imageType:
          Original: {}
          LoG:
            sigma: [1.0, 2.0]
        """;

    [Theory]
    [InlineData("shape:")]
    [InlineData("firstorder: [Mean, Energy, Maximum]")]
    [InlineData("shape:\n  firstorder: [Median]")]
    public void Extract_WithoutAFamilyReadingGreyLevels_DoesNotDiscretise(string featureClasses)
    {
        var inputs = Inspected(featureClasses, out _);

        Assert.Equal(["original", "log-sigma-1-0-mm-3D", "log-sigma-2-0-mm-3D"], inputs.Select(i => i.Prefix));
        Assert.All(inputs, i => Assert.False(i.DiscretisedBeforeFamilies, i.Prefix));
        Assert.All(inputs, i => Assert.False(i.Input.IsDiscretised, i.Prefix));
    }

    [Theory]
    [InlineData("glcm: [Contrast]")]
    [InlineData("firstorder: [Mean, Entropy]")]
    [InlineData("shape:\n  firstorder: [Uniformity]\n  ngtdm:")]
    public void Extract_WithAFamilyReadingGreyLevels_DiscretisesEachImageTypeOnceBeforeItsFamilies(string featureClasses)
    {
        var inputs = Inspected(featureClasses, out FeatureResult result);

        Assert.Equal(3, inputs.Count);
        Assert.All(inputs, i => Assert.True(i.DiscretisedBeforeFamilies, i.Prefix));

        // The families used the stage's levels: the same image, not a second discretisation.
        Assert.All(inputs, i => Assert.Same(i.Levels, i.Input.Discretised));
        Assert.Contains(result.Entries, e => e.Key.StartsWith("log-sigma-2-0-mm-3D_", StringComparison.Ordinal));
    }

    [Fact]
    public void FeatureInput_OfAnExtraction_RefusesGreyLevelsTheStageDidNotCompute()
    {
        Volume<byte> mask = Mask(Interior).ToBinaryMask(1);
        var input = new FeatureInput(Image().ToDoubleVolume(), mask, RadiomicsSettings.Default, null, buffers: null, discretiseOnDemand: false);

        Assert.Throws<InvalidOperationException>(() => input.Discretised);
        DiscretisedImage levels = input.Discretise();
        Assert.Same(levels, input.Discretised);
        Assert.Same(levels, input.Discretise());
    }

    [Fact]
    public void ReadsGreyLevels_OfEveryFamilyAndFeature_SaysExactlyWhetherComputingItDiscretises()
    {
        var settings = RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 1 } };
        Volume<double> image = ImageReader.Read(TestData.IbsiDigitalPhantomImage).ToDoubleVolume();
        Volume<byte> mask = ImageReader.Read(TestData.IbsiDigitalPhantomMask).ToBinaryMask(1);

        // shape2D needs force2D and a ROI one slice thick.
        var slice = new Index3(0, 0, 1);
        var sliceSize = new Size3(image.Size.X, image.Size.Y, 1);
        var force2D = settings with { Features = settings.Features with { Force2D = true, Force2DDimension = 0 } };

        IFeatureFamily[] ibsi =
        [
            new MorphologyFamily(), new LocalIntensityFamily(), new IntensityStatisticsFamily(), new IntensityHistogramFamily(),
            new IntensityVolumeHistogramFamily(),
        ];
        int checkedFeatures = 0;
        foreach (IFeatureFamily family in FeatureRegistry.Families.Concat(ibsi))
        {
            foreach (FeatureInfo feature in family.Features)
            {
                FeatureInput input = family.Name == "shape2D"
                    ? new FeatureInput(image.Crop(slice, sliceSize), mask.Crop(slice, sliceSize), force2D)
                    : new FeatureInput(image, mask, settings);
                family.Compute(input, [feature]);
                Assert.True(family.ReadsGreyLevels([feature]) == input.IsDiscretised,
                    $"{family.Name}.{feature.Name}: ReadsGreyLevels says {family.ReadsGreyLevels([feature])}, computing it discretised: {input.IsDiscretised}");
                checkedFeatures++;
            }
        }

        Assert.True(checkedFeatures > 150, $"only {checkedFeatures} features checked");
    }

    /// <summary>Extracts a fixed case with <paramref name="featureClasses"/>, recording what the inspector saw of each image type.</summary>
    private static List<InspectedInput> Inspected(string featureClasses, out FeatureResult result)
    {
        string yaml = $"{ImageTypes}\nfeatureClass:\n  {featureClasses}\n";
        RadiomicsExtractor extractor = Extractor(yaml);
        var inputs = new List<InspectedInput>();
        result = extractor.Extract(Image(), Mask(Interior), inspect: (prefix, input) =>
            inputs.Add(new InspectedInput(prefix, input, input.IsDiscretised, input.IsDiscretised ? input.Discretised : null)));
        return inputs;
    }

    private sealed record InspectedInput(string Prefix, FeatureInput Input, bool DiscretisedBeforeFamilies, DiscretisedImage? Levels);
}
