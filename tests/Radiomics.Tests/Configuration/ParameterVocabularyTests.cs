using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Features;
using Radiomics.Features.Ibsi;
using Radiomics.Filters.Ibsi2;
using Radiomics.Filters.ImageTypes;
using Radiomics.Filters.Wavelets;

namespace Radiomics.Tests.Configuration;

/// <summary>
/// The names a parameter file may use are defined once: image types and feature classes by their registries, handed to
/// Configuration as a <see cref="ParameterVocabulary"/>; wavelet and Laws kernel names by Configuration, which the
/// filter stage's tables cover exactly.
/// </summary>
public sealed class ParameterVocabularyTests
{
    [Fact]
    public void PipelineVocabulary_IsTheRegistries()
    {
        ParameterVocabulary vocabulary = PipelineParameters.Vocabulary;

        Assert.Equal(ImageTypeRegistry.All.Select(t => t.Name), vocabulary.ImageTypes);
        Assert.Equal(FeatureRegistry.Families.Select(f => f.Name), vocabulary.FeatureClasses.Select(c => c.Name));
        foreach (IFeatureFamily family in FeatureRegistry.Families)
        {
            FeatureClassVocabulary entry = vocabulary.FeatureClass(family.Name)!;
            Assert.Equal(family.Features.Select(f => f.Name), entry.Features);
            Assert.Equal(FeatureRegistry.DefaultFamilies.Contains(family), entry.EnabledByDefault);
        }

        Assert.Equal(FeatureRegistry.DefaultFamilies.Select(f => f.Name), vocabulary.DefaultFeatureClasses.Select(c => c.Name));
    }

    [Fact]
    public void Parse_ChecksImageTypesAgainstTheVocabularyGiven()
    {
        var originalOnly = new ParameterVocabulary(["Original"], PipelineParameters.Vocabulary.FeatureClasses);

        var error = Assert.Throws<ParameterException>(() => ParameterFile.Parse("imageType:\n  LoG: {sigma: [1.0]}\n", "p.yaml", originalOnly));

        Assert.Equal("p.yaml: unknown image type 'LoG'; allowed: Original.", error.Message);
        Assert.Single(PipelineParameters.Parse("imageType:\n  LoG: {sigma: [1.0]}\n", "p.yaml").ImageTypes);
    }

    [Fact]
    public void Parse_ChecksFeatureClassesAndFeaturesAgainstTheVocabularyGiven()
    {
        var vocabulary = new ParameterVocabulary(["Original"], [new FeatureClassVocabulary("toy", ["A", "B"], EnabledByDefault: true)]);

        ExtractionParameters parameters = ParameterFile.Parse("featureClass:\n  toy: [B]\n", "p.yaml", vocabulary);
        var unknownClass = Assert.Throws<ParameterException>(() => ParameterFile.Parse("featureClass:\n  glcm:\n", "p.yaml", vocabulary));
        var unknownFeature = Assert.Throws<ParameterException>(() => ParameterFile.Parse("featureClass:\n  toy: [C]\n", "p.yaml", vocabulary));

        Assert.Equal(["B"], parameters.FeatureClasses!.Single().Features!);
        Assert.Equal("p.yaml: unknown feature class 'glcm'; allowed: toy.", unknownClass.Message);
        Assert.Equal("p.yaml: feature class 'toy' has no feature 'C'; its features are: A, B.", unknownFeature.Message);
        Assert.Equal("{\"toy\":null}", RecordedConfiguration.FeaturesJson(null, vocabulary));
    }

    [Fact]
    public void LawsKernels_HaveAKernelForEveryDeclaredNameAndNoOther()
    {
        Assert.Equal(8, LawsKernelNames.All.Distinct().Count());
        foreach (string name in LawsKernelNames.All)
        {
            Assert.Equal(name[1] - '0', LawsKernels.Get(name).Length);
            Assert.Equal(1, LawsKernels.Get(name).Sum(t => t * t), 1e-12);
        }

        IEnumerable<string> others = Enumerable.Range('A', 26)
            .SelectMany(letter => Enumerable.Range('0', 10).Select(digit => $"{(char)letter}{(char)digit}"))
            .Where(name => !LawsKernelNames.All.Contains(name));
        Assert.All(others, name => Assert.Throws<ArgumentException>(() => LawsKernels.Get(name)));
    }

    [Theory]
    [InlineData("L5E5E5", new[] { "L5", "E5", "E5" })]
    [InlineData("s3e3", new[] { "S3", "E3" })]
    [InlineData("L5E5X5", null)]
    [InlineData("L5E", null)]
    [InlineData("", null)]
    public void LawsKernelNames_SplitsCombinationsOfKnownNames(string combination, string[]? expected)
    {
        Assert.Equal(expected, LawsKernelNames.Split(combination));
    }

    [Fact]
    public void WaveletCoefficientTables_HoldARowForEveryDeclaredNameAndNoOther()
    {
        Assert.Equal(WaveletNames.MaxDaubechiesOrder, WaveletCoefficientTables.Daubechies.Length);
        Assert.Equal(WaveletNames.MaxSymletOrder - WaveletNames.MinSymletOrder + 1, WaveletCoefficientTables.Symlets.Length);
        Assert.Equal(WaveletNames.MaxCoifletOrder, WaveletCoefficientTables.Coiflets.Length);
        Assert.Equal(WaveletNames.BiorthogonalOrders.Count, WaveletCoefficientTables.BiorthogonalReconstructionLowPass.Length);
        Assert.Equal(WaveletNames.BiorthogonalOrders.Count, WaveletCoefficientTables.BiorthogonalDecompositionLowPass.Length);
        Assert.All(WaveletNames.All, name => Assert.Equal(name, WaveletFilterBank.Get(name).Name));
    }

    [Theory]
    [InlineData(IvhIntensityUnits.Continuous, null, null)]
    [InlineData(IvhIntensityUnits.Arbitrary, 0.5, null)]
    [InlineData(IvhIntensityUnits.Discrete, null, 10)]
    [InlineData(IvhIntensityUnits.Discrete, -1.0, null)]
    public void IvhRule_IsTheSameAtLoadAndWhenTheHistogramIsBuilt(IvhIntensityUnits units, double? binWidth, int? binCount)
    {
        RadiomicsSettings settings = RadiomicsSettings.Default with
        {
            Ibsi = RadiomicsSettings.Default.Ibsi with { IvhIntensityUnits = units, IvhBinWidth = binWidth, IvhBinCount = binCount },
        };

        var atLoad = Assert.Throws<ParameterException>(() => SettingsBinder.ValidateCombination(settings, "p.yaml setting"));
        var atUse = Assert.Throws<ArgumentException>(() => IvhDiscretisation.For(units, binWidth, binCount, null, null));

        Assert.Equal($"p.yaml setting: {atUse.Message}.", atLoad.Message);
    }
}
