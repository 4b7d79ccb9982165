using Radiomics.Configuration;
using Radiomics.Configuration.Perturbation;
using Radiomics.Examples;
using Radiomics.Extraction;
using Radiomics.Extraction.Perturbation;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Perturbation;

namespace Radiomics.Tests.Perturbation;

public class PerturbedCaseTests
{
    private static readonly ExtractionParameters Parameters = PipelineParameters.Parse("""
        setting:
          binWidth: 25
        featureClass:
          shape:
          firstorder:
          glcm:
        """, "test.yaml");

    [Fact]
    public void VariantZero_EqualsAPlainExtraction()
    {
        (ImageData image, ImageData mask) = SyntheticCase.Create(40, 12);
        var extractor = new RadiomicsExtractor(Parameters);
        var perturbed = new PerturbedCase(extractor, image, mask, new PerturbationSettings { NoiseRepetitions = 1, NoiseLevel = 5 });

        PerturbationOutcome zero = perturbed.Extract(0);

        Assert.True(zero.Variant.IsUnperturbed);
        Assert.Equal(Texts(new RadiomicsExtractor(Parameters).Extract(image, mask)), Texts(zero.Result));
    }

    [Fact]
    public void EveryVariant_SameWhateverTheThreadsAndOrder()
    {
        (ImageData image, ImageData mask) = SyntheticCase.Create(40, 12);
        var settings = new PerturbationSettings
        {
            NoiseRepetitions = 2, RotationAngles = [0, 20], TranslationFractions = [0, 0.5], RoiAdaptSizes = [-1, 0, 2],
            RandomiseRoiRepetitions = 2, Seed = 3,
        };

        string[][] forward = Run(image, mask, settings, parallel: false);
        string[][] parallel = Run(image, mask, settings, parallel: true);

        Assert.Equal(1 + (2 * 2 * 8 * 3 * 2), forward.Length);
        Assert.Equal(forward, parallel);
        Assert.NotEqual(forward[1], forward[2]); // the randomisations differ
    }

    [Fact]
    public void NoisyVariant_AddsTheGivenSigma_AndTheSameSeedGivesTheSameImage()
    {
        (ImageData image, ImageData mask) = SyntheticCase.Create(40, 12);
        var settings = new PerturbationSettings { NoiseRepetitions = 1, NoiseLevel = 30, Seed = 9 };
        var extractor = new RadiomicsExtractor(Parameters);

        PerturbationOutcome first = new PerturbedCase(extractor, image, mask, settings).Extract(1);
        PerturbationOutcome again = new PerturbedCase(extractor, image, mask, settings).Extract(1);
        PerturbationOutcome otherSeed = new PerturbedCase(extractor, image, mask, settings with { Seed = 10 }).Extract(1);

        Assert.Equal(30.0, first.NoiseLevel);
        Assert.Equal(Texts(first.Result), Texts(again.Result));
        Assert.NotEqual(first.Result["original_firstorder_Variance"].Number, otherSeed.Result["original_firstorder_Variance"].Number);
        // Noise of σ 30 adds about 900 to the ROI's variance.
        double added = first.Result["original_firstorder_Variance"].Number - extractor.Extract(image, mask)["original_firstorder_Variance"].Number;
        Assert.InRange(added, 700, 1100);
    }

    [Fact]
    public void RotatedVariant_KeepsTheRoisVolume()
    {
        (ImageData image, ImageData mask) = SyntheticCase.Create(40, 12);
        var extractor = new RadiomicsExtractor(Parameters);
        var perturbed = new PerturbedCase(extractor, image, mask, new PerturbationSettings { RotationAngles = [0, 30, 90] });

        double original = perturbed.Extract(0).Result["original_shape_MeshVolume"].Number;
        foreach (int variant in new[] { 1, 2 })
        {
            double rotated = perturbed.Extract(variant).Result["original_shape_MeshVolume"].Number;
            Assert.InRange(rotated / original, 0.95, 1.05);
        }
    }

    private static string[][] Run(ImageData image, ImageData mask, PerturbationSettings settings, bool parallel)
    {
        var perturbed = new PerturbedCase(new RadiomicsExtractor(Parameters), image, mask, settings);
        int count = perturbed.Plan.Variants.Count;
        var results = new string[count][];
        if (parallel)
        {
            // Out of order, four at a time.
            Parallel.ForEach(Enumerable.Range(0, count).Reverse(), new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = Row(perturbed.Extract(i)));
        }
        else
        {
            for (int i = 0; i < count; i++)
            {
                results[i] = Row(perturbed.Extract(i));
            }
        }

        return results;
    }

    private static string[] Row(PerturbationOutcome outcome) =>
        [.. outcome.Columns.Select(c => c.Value), .. Texts(outcome.Result)];

    private static string[] Texts(FeatureResult result) => result.Entries.Select(e => $"{e.Key}={e.Value}").ToArray();
}
