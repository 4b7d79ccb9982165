using Radiomics.Configuration;
using Radiomics.Configuration.Regions;
using Radiomics.Extraction;
using Radiomics.Extraction.Regions;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing.Regions;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.RegionExtraction;

/// <summary>
/// <see cref="RegionExtractor"/> and <see cref="RegionBuilder"/> on the anisotropic phantom: a region's features are
/// those of the extractor run on the region's mask; the steps compose in the documented order; an empty region is NaN
/// features and a warning.
/// </summary>
public sealed class RegionExtractorTests
{
    private static readonly ImageData Image = ImageReader.Read(TestData.Require("analysis/regions/phantom/image.nii.gz"));
    private static readonly ImageData Mask = ImageReader.Read(TestData.Require("analysis/regions/phantom/mask.nii.gz"));

    [Fact]
    public void Extract_Region_EqualsTheExtractorOnTheRegionsMask()
    {
        ExtractionParameters parameters = PipelineParameters.Parse("featureClass:\n  firstorder: [Mean, Entropy]\n  glcm: [Contrast]\nregions:\n  ring: {ring: 5}\n", "test");
        var extractor = new RadiomicsExtractor(parameters);

        RegionExtractionResult result = new RegionExtractor(parameters).Extract(extractor.Extract(Image, Mask), Image, Mask, 1, 0, _ => throw new InvalidOperationException());

        Volume<byte> ring = RoiOperations.Ring(Mask.ToBinaryMask(1), 5).Mask;
        FeatureResult direct = extractor.Extract(Image, ImageData.FromVolume(ring));
        Assert.Equal(3, direct.Features.Count());
        foreach (var (name, value) in direct.Features)
        {
            Assert.Equal(value, result.Result[$"ring_{name}"].Number);
        }

        Assert.Equal(8921.0, result.Result["diagnostics_Region-ring_VoxelCount"].Number);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Extract_EmptyRegion_IsNaNFeaturesAndAWarning()
    {
        ExtractionParameters parameters = PipelineParameters.Parse("featureClass:\n  firstorder: [Mean]\nregions:\n  thin: {innerRim: 0.1}\n", "test");
        FeatureResult plain = new RadiomicsExtractor(parameters).Extract(Image, Mask);

        RegionExtractionResult result = new RegionExtractor(parameters).Extract(plain, Image, Mask, 1, 0, _ => throw new InvalidOperationException());

        Assert.True(double.IsNaN(result.Result["thin_original_firstorder_Mean"].Number));
        Assert.StartsWith("region 'thin': inner rim 0.1 mm", Assert.Single(result.Warnings));
        Assert.Equal(plain["original_firstorder_Mean"].Number, result.Result["original_firstorder_Mean"].Number);
    }

    [Fact]
    public void Build_AllSteps_ComposeInTheDocumentedOrder()
    {
        Volume<byte> roi = Mask.ToBinaryMask(1), clip = ImageReader.Read(TestData.Require("analysis/regions/phantom/clip.nii.gz")).ToBinaryMask(1);
        Volume<byte> vessels = RoiOperations.Grow(roi, 2).Mask;
        var region = new RegionSettings
        {
            Name = "r", Operation = RegionOperation.Ring, DistanceMm = 5, FillHoles = true, LargestComponent = true,
            Clip = new RegionMaskSource { Path = "clip" }, Subtract = new RegionMaskSource { Path = "vessels" },
        };

        RegionResult built = RegionBuilder.Build(roi, region, source => source.Path == "clip" ? clip : vessels);

        Volume<byte> expected = RoiOperations.FillHoles(roi).Mask;
        expected = RoiOperations.LargestComponent(expected).Mask;
        expected = RoiOperations.Ring(expected, 5).Mask;
        expected = RoiOperations.Intersect(expected, clip).Mask;
        expected = RoiOperations.Subtract(expected, vessels).Mask;
        Assert.Equal(expected.Voxels.ToArray(), built.Mask.Voxels.ToArray());
        Assert.True(built.VoxelCount > 1000);
    }
}
