using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Filters.ImageTypes;
using Radiomics.Imaging;
using static Radiomics.Tests.Extraction.FilterRegionCases;

namespace Radiomics.Tests.Extraction;

/// <summary>
/// <c>filterRegion: roi</c> filters only the window of the image the ROI's box needs; its derived images must equal
/// <c>filterRegion: image</c>'s (PyRadiomics' whole-image filtering) exactly, for every image type, with the ROI inside
/// the image and at its border.
/// </summary>
public class FilterRegionTests
{
    /// <summary>Every image type with settings that give it a real reach (whole-image types included, as plumbing checks).</summary>
    public static TheoryData<string, string> ImageTypes => new()
    {
        { "Wavelet: {}", "" },
        { "Wavelet: {wavelet: db3, level: 2, start_level: 1}", "" },
        { "Wavelet: {wavelet: bior2.4}", "force2D: true\nforce2Ddimension: 1" },
        { "Wavelet: {wavelet: haar}", "normalize: true\nnormalizeScale: 100\nremoveOutliers: 2" },
        { "Square: {}\nSquareRoot: {}\nLogarithm: {}\nExponential: {}", "" },
        { "Square: {}\nSquareRoot: {}\nLogarithm: {}\nExponential: {}", "normalize: true\nremoveOutliers: 1.5" },
        { "Gradient: {}", "" },
        { "Gradient: {gradientUseSpacing: false}", "" },
        { "LBP2D: {lbp2DRadius: 1.5, lbp2DSamples: 12}", "" },
        { "LBP2D: {lbp2DMethod: var}", "force2Ddimension: 2" },
        { "LBP3D: {}", "" },
        { "IbsiMean: {ibsiMeanSupport: 5}", "" },
        { "IbsiMean: {ibsiMeanSupport: 3, ibsiPadding: periodic}", "" },
        { "IbsiLoG: {ibsiLoGSigma: [1.0, 1.6], ibsiPadding: zero}", "" },
        { "Laws: {lawsKernel: L5E5S5, lawsEnergyDistance: 3, lawsRotationInvariance: max}", "" },
        { "Laws: {lawsKernel: E3W5, ibsiFilterDimension: 2D, lawsRotationInvariance: none, ibsiPadding: nearest}", "" },
        { "IbsiWavelet: {ibsiWavelet: db2, ibsiWaveletBand: LHL, ibsiWaveletLevel: 2, ibsiWaveletRotationInvariance: none}", "" },
        { "Gabor: {gaborSigma: 2, gaborLambda: 2, gaborThetaStep: 90, ibsiFilterDimension: 2D}", "" },
        { "Simoncelli: {simoncelliLevel: 1}", "" },
        { "LoG: {sigma: [0.4, 0.7]}", "" },
        { "Original: {}", "resegmentRange: [-500, 600]" },
    };

    [Theory]
    [MemberData(nameof(ImageTypes))]
    public void RoiWindows_EqualWholeImageFiltering_InsideTheImage(string imageType, string settings) =>
        AssertSameDerivedImages(imageType, settings, Interior, VoxelType.Int16);

    [Theory]
    [MemberData(nameof(ImageTypes))]
    public void RoiWindows_EqualWholeImageFiltering_AtTheBorder(string imageType, string settings) =>
        AssertSameDerivedImages(imageType, settings, Border, VoxelType.Int16);

    [Theory]
    [InlineData("Wavelet: {wavelet: coif1}")]
    [InlineData("Wavelet: {wavelet: sym4, level: 2}")]
    [InlineData("Square: {}\nLogarithm: {}")]
    public void RoiWindows_EqualWholeImageFiltering_ForSinglePrecisionImages(string imageType)
    {
        AssertSameDerivedImages(imageType, "", Interior, VoxelType.Float32);
        AssertSameDerivedImages(imageType, "", Border, VoxelType.Float32);
    }

    [Theory]
    [InlineData("preCrop: true\npadDistance: 4")]
    [InlineData("resampledPixelSpacing: [1, 1, 1]\ninterpolator: sitkLinear")]
    public void RoiWindows_EqualWholeImageFiltering_OnResampledOrCroppedImages(string settings) =>
        AssertSameDerivedImages("Original: {}\nWavelet: {}\nGradient: {}\nLBP2D: {}\nSquareRoot: {}\nLaws: {lawsKernel: L3E3S3, lawsEnergyDistance: 1}", settings, Interior, VoxelType.Int16);

    [Fact]
    public void FiniteReachTypes_FilterLessThanTheImage_ForAnInteriorRoi()
    {
        // Guards the tests above: for an interior ROI the window really is smaller than the image, so they compare
        // cropped filtering with whole-image filtering rather than the whole image with itself.
        RadiomicsSettings settings = RadiomicsSettings.Default with { Filters = new FilterSettings { Sigma = [0.3] } };
        foreach (string name in new[] { "Wavelet", "Gradient", "LBP2D", "IbsiMean", "IbsiLoG", "Laws", "IbsiWavelet", "LoG", "Square" })
        {
            BoundingBox window = ImageTypeRegistry.Find(name)!.InputRegion(Interior, Grid, settings with { Ibsi2Filters = settings.Ibsi2Filters with { LoGSigma = [1.0], LawsEnergyDistance = 3 } });
            Assert.True(window.Size.VoxelCount < Grid.Size.VoxelCount / 2, $"{name}: window {window} is not a small part of the image");
            Assert.True(window.Lower.X <= Interior.Lower.X && window.Upper.Z >= Interior.Upper.Z, $"{name}: window {window} does not hold the ROI");
        }
    }

    [Fact]
    public void WholeImageTypes_AskForTheWholeImage()
    {
        RadiomicsSettings settings = RadiomicsSettings.Default;
        BoundingBox whole = FilterReach.Whole(Grid.Size);
        Assert.Equal(whole, ImageTypeRegistry.Find("LBP3D")!.InputRegion(Interior, Grid, settings));
        Assert.Equal(whole, ImageTypeRegistry.Find("Simoncelli")!.InputRegion(Interior, Grid, settings));
        Assert.Equal(whole, ImageTypeRegistry.Find("IbsiMean")!.InputRegion(Interior, Grid, settings with { Ibsi2Filters = settings.Ibsi2Filters with { Padding = Radiomics.Configuration.BoundaryMode.Periodic } }));
    }

    [Fact]
    public void Wavelet_WindowReachingTheImageEnd_TakesTheWholeAxis()
    {
        // coif1 (6 taps), one level: 2 voxels before and 3 after. Inside on y and z; the x = 0 face is reached.
        BoundingBox window = ImageTypeRegistry.Find("Wavelet")!.InputRegion(Border with { Upper = Border.Upper with { Y = 30, Z = 20 }, Lower = Border.Lower with { Y = 20, Z = 10 } }, Grid, RadiomicsSettings.Default);
        Assert.Equal(new BoundingBox(new Index3(0, 18, 8), new Index3(46, 33, 23)), window);
    }

    [Fact]
    public void FeatureValues_AreIdenticalInBothModes()
    {
        ImageData image = Image(), mask = Mask(Interior);
        string Parameters(string region) => $$"""
            setting:
              filterRegion: {{region}}
              binWidth: 25
            imageType:
              Original: {}
              Wavelet: {}
              LoG: {sigma: [0.5]}
              Square: {}
              Gradient: {}
            featureClass:
              firstorder:
              glcm:
              glszm:
            """;
        FeatureResult roi = Extractor(Parameters("roi")).Extract(image, mask);
        FeatureResult whole = Extractor(Parameters("image")).Extract(image, mask);
        var expected = whole.Features.Where(f => !f.Key.StartsWith("diagnostics_", StringComparison.Ordinal)).ToArray();
        var actual = roi.Features.Where(f => !f.Key.StartsWith("diagnostics_", StringComparison.Ordinal)).ToArray();
        Assert.True(expected.Length > 100);
        Assert.Equal(expected.Select(f => f.Key), actual.Select(f => f.Key));
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Equals(expected[i].Value, actual[i].Value), $"{expected[i].Key}: image {expected[i].Value}, roi {actual[i].Value}");
        }
    }

    private static void AssertSameDerivedImages(string imageType, string settings, BoundingBox roi, VoxelType type)
    {
        ImageData image = Image(type), mask = Mask(roi);
        List<DerivedImage> expected = Derived(Extractor(Yaml("image", imageType, settings)), image, mask);
        List<DerivedImage> actual = Derived(Extractor(Yaml("roi", imageType, settings)), image, mask);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(d => d.Prefix), actual.Select(d => d.Prefix));
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Image.Geometry, actual[i].Image.Geometry);
            int differing = 0;
            ReadOnlySpan<double> e = expected[i].Image.Voxels, a = actual[i].Image.Voxels;
            for (int v = 0; v < e.Length; v++)
            {
                if (!e[v].Equals(a[v]))
                {
                    differing++;
                }
            }

            Assert.True(differing == 0, $"{expected[i].Prefix}: {differing} of {e.Length} voxels differ between filterRegion roi and image");
        }
    }
}
