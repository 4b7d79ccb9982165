using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Filters.Ibsi2;
using Radiomics.Imaging;

namespace Radiomics.Tests.Filters.Ibsi2.ImageTypes;

/// <summary>
/// The IBSI 2 image types through a parameter file and the extractor: the expected prefixes and no others, and a
/// derived image equal, voxel for voxel, to the filter record's own <see cref="Ibsi2Filter.Apply"/> on the same input.
/// The ROI covers the whole (small, anisotropic, pseudo-random) image, so the cropped derived image the features see is
/// the whole response map.
/// </summary>
public class Ibsi2ImageTypeExtractionTests
{
    private const FilterDimension D2 = FilterDimension.Slice2D;
    private const FilterDimension D3 = FilterDimension.Volume3D;

    [Fact]
    public void IbsiMean_Defaults_GivesMean5Mirror3D() =>
        AssertExtraction("IbsiMean:", [("ibsi-mean-5-3D", new MeanFilter(5, D3, BoundaryMode.Mirror))]);

    [Fact]
    public void IbsiMean_BlockSettings_GiveSupportDimensionAndPadding() =>
        AssertExtraction("IbsiMean: {ibsiMeanSupport: 3, ibsiFilterDimension: 2D, ibsiPadding: zero}",
            [("ibsi-mean-3-2D", new MeanFilter(3, D2, BoundaryMode.Zero))]);

    [Fact]
    public void IbsiLoG_OneImagePerSigma_InListedOrder() =>
        AssertExtraction("IbsiLoG: {ibsiLoGSigma: [1.5, 1], ibsiLoGCutoff: 3, ibsiPadding: nearest}",
        [
            ("ibsi-log-sigma-1-5-mm-3D", new LaplacianOfGaussianFilter(1.5, D3, BoundaryMode.Nearest, 3)),
            ("ibsi-log-sigma-1-mm-3D", new LaplacianOfGaussianFilter(1, D3, BoundaryMode.Nearest, 3)),
        ]);

    [Fact]
    public void Laws_Defaults_GiveConfiguration4BFilter() =>
        AssertExtraction("Laws:", [("laws-L5E5E5-energy-7-max-3D", new LawsFilter("L5E5E5", D3, BoundaryMode.Mirror, true, RotationPooling.Max, 7))]);

    [Fact]
    public void Laws_2DWithoutEnergyOrInvariance_OmitsThoseNameParts() =>
        AssertExtraction("Laws: {lawsKernel: e3s3, ibsiFilterDimension: 2D, lawsEnergyDistance: null, lawsRotationInvariance: none, ibsiPadding: periodic}",
            [("laws-E3S3-2D", new LawsFilter("E3S3", D2, BoundaryMode.Periodic))]);

    [Fact]
    public void Gabor_Settings_InDegrees_GiveTheFilterInRadians() =>
        AssertExtraction("Gabor: {gaborSigma: 2, gaborLambda: 3, gaborGamma: 0.5, gaborTheta: 45, gaborThetaStep: 90, ibsiFilterDimension: 2D}",
            [("gabor-sigma-2-lambda-3-gamma-0-5-theta-45-step-90-2D", new GaborFilter(2, 3, 0.5, 45 * Math.PI / 180, D2, BoundaryMode.Mirror, 90 * Math.PI / 180))]);

    [Fact]
    public void Gabor_NoStep_SingleOrientation3D() =>
        AssertExtraction("Gabor: {gaborSigma: 2, gaborLambda: 3, gaborThetaStep: null}",
            [("gabor-sigma-2-lambda-3-gamma-1-5-theta-0-3D", new GaborFilter(2, 3, 1.5, 0, D3, BoundaryMode.Mirror))]);

    [Fact]
    public void IbsiWavelet_Defaults_GiveConfiguration6BFilter() =>
        AssertExtraction("IbsiWavelet:", [("ibsi-wavelet-db3-LLH-1-average-3D", new SeparableWaveletFilter("db3", "LLH", 1, D3, BoundaryMode.Mirror, true, RotationPooling.Average))]);

    [Fact]
    public void IbsiWavelet_BlockSettings_GiveWaveletBandLevel() =>
        AssertExtraction("IbsiWavelet: {ibsiWavelet: Haar, ibsiWaveletBand: hl, ibsiWaveletLevel: 2, ibsiWaveletRotationInvariance: none, ibsiFilterDimension: 2D}",
            [("ibsi-wavelet-haar-HL-2-2D", new SeparableWaveletFilter("haar", "HL", 2, D2, BoundaryMode.Mirror))]);

    [Fact]
    public void Simoncelli_LevelAndPeriodicPadding() =>
        AssertExtraction("Simoncelli: {simoncelliLevel: 2, ibsiPadding: periodic}",
            [("simoncelli-2-3D", new SimoncelliWaveletFilter(2, D3, BoundaryMode.Periodic))]);

    [Fact]
    public void GlobalSetting_AppliesToEveryIbsiType_AndBlocksOverrideIt()
    {
        var (prefixes, _) = Run("""
            setting:
              ibsiFilterDimension: 2D
            imageType:
              IbsiMean:
              Laws: {lawsKernel: L5E5}
              Simoncelli: {ibsiFilterDimension: 3D}
            featureClass:
              firstorder: [Mean]
            """);
        Assert.Equal(["ibsi-mean-5-2D", "laws-L5E5-energy-7-max-2D", "simoncelli-1-3D"], prefixes);
    }

    private static void AssertExtraction(string imageTypeBlock, (string Prefix, Ibsi2Filter Filter)[] expected)
    {
        var (prefixes, images) = Run($"""
            imageType:
              {imageTypeBlock}
            featureClass:
              firstorder: [Mean]
            """);
        Assert.Equal(expected.Select(e => e.Prefix), prefixes);
        Volume<double> input = SyntheticImage();
        foreach (var (prefix, filter) in expected)
        {
            Volume<double> direct = filter.Apply(input);
            Assert.Equal(direct.Geometry.Size, images[prefix].Geometry.Size);
            Assert.True(direct.Voxels.SequenceEqual(images[prefix].Voxels), $"{prefix}: the derived image differs from {filter.Describe()}.");
        }
    }

    private static (string[] Prefixes, Dictionary<string, Volume<double>> Images) Run(string yaml)
    {
        ExtractionParameters parameters = PipelineParameters.Parse(yaml, "ibsi2-types.yaml");
        var images = new Dictionary<string, Volume<double>>();
        Volume<double> image = SyntheticImage();
        var mask = new Volume<byte>(image.Geometry);
        mask.Voxels.Fill(1);
        FeatureResult result = new RadiomicsExtractor(parameters)
            .Extract(ImageData.FromVolume(image), ImageData.FromVolume(mask), inspect: (prefix, input) => images.Add(prefix, input.Image));
        string[] prefixes = result.Features.Select(f => f.Key[..f.Key.IndexOf("_firstorder_", StringComparison.Ordinal)]).ToArray();
        Assert.Equal(images.Keys, prefixes);
        return (prefixes, images);
    }

    /// <summary>A 13 × 11 × 7 image with anisotropic spacing and deterministic pseudo-random integer intensities.</summary>
    private static Volume<double> SyntheticImage()
    {
        var geometry = new ImageGeometry(new Size3(13, 11, 7), new Vector3D(0.8, 0.9, 1.5), Vector3D.Zero, Direction3.Identity);
        var image = new Volume<double>(geometry);
        uint state = 12345;
        Span<double> voxels = image.Voxels;
        for (int i = 0; i < voxels.Length; i++)
        {
            state = state * 1664525 + 1013904223;
            voxels[i] = (state >> 20) % 200;
        }

        return image;
    }
}
