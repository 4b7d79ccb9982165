using Radiomics.Configuration;
using Radiomics.Configuration.Keys;
using Radiomics.Extraction;
using Radiomics.Extraction.Voxel;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Extraction.Voxel;

/// <summary>Behaviour of <see cref="VoxelExtractor"/>: thread-count independence, batches, feature selection, the grid.</summary>
public sealed class VoxelExtractorTests
{
    /// <summary>A corner of the CT phantom (about 9,000 ROI voxels) keeps these tests quick.</summary>
    private static (ImageData Image, ImageData Mask) CtCorner()
    {
        Volume<double> image = ImageReader.Read(TestData.IbsiCtPhantomImage).ToDoubleVolume();
        Volume<byte> mask = ImageReader.Read(TestData.IbsiCtPhantomMask).ToBinaryMask(1);
        BoundingBox box = BoundingBox.Of(mask)!.Value;
        var start = box.Lower;
        var size = new Size3(Math.Min(30, box.Size.X), Math.Min(30, box.Size.Y), Math.Min(12, box.Size.Z));
        return (ImageData.FromVolume(image.Crop(start, size)), ImageData.FromVolume(mask.Crop(start, size)));
    }

    /// <summary>A CT phantom corner with a 3-voxel margin below the ROI: the ROI's box lies strictly inside the image.</summary>
    private static (ImageData Image, ImageData Mask) CtCornerWithMargin()
    {
        Volume<double> image = ImageReader.Read(TestData.IbsiCtPhantomImage).ToDoubleVolume();
        Volume<byte> mask = ImageReader.Read(TestData.IbsiCtPhantomMask).ToBinaryMask(1);
        BoundingBox box = BoundingBox.Of(mask)!.Value;
        var start = new Index3(Math.Max(0, box.Lower.X - 3), Math.Max(0, box.Lower.Y - 3), Math.Max(0, box.Lower.Z - 3));
        var size = new Size3(30, 30, 12);
        Volume<byte> cornerMask = mask.Crop(start, size);
        // Keep the ROI off the far faces too, so the padding is read from the image on every side.
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    if (x > 25 || y > 25 || z > 8)
                    {
                        cornerMask[x, y, z] = 0;
                    }
                }
            }
        }

        return (ImageData.FromVolume(image.Crop(start, size)), ImageData.FromVolume(cornerMask));
    }

    private static ExtractionParameters CtParameters(params (string Key, string Value)[] voxelSettings) =>
        PipelineParameters.Load(TestData.Require("pyradiomics-parity/ct-phantom-original.params.yaml")) with
        {
            VoxelOverrides = voxelSettings.Select(s => SettingOverride.Of(s.Key, ParameterValue.FromText(s.Value))).ToArray(),
        };

    [Fact]
    public void Maps_AreBitIdentical_WhateverTheThreadCount()
    {
        var (image, mask) = CtCorner();
        var extractor = new VoxelExtractor(CtParameters(("kernelRadius", "1")));
        var one = extractor.Extract(image, mask, maxThreads: 1, cancellation: TestContext.Current.CancellationToken);
        var two = extractor.Extract(image, mask, maxThreads: 2, cancellation: TestContext.Current.CancellationToken);
        var three = extractor.Extract(image, mask, maxThreads: 3, cancellation: TestContext.Current.CancellationToken);
        Assert.Equal(93, one.Count);
        for (int m = 0; m < one.Count; m++)
        {
            Assert.Equal(one[m].Name, two[m].Name);
            long[] a = Bits(one[m].Map), b = Bits(two[m].Map), c = Bits(three[m].Map);
            Assert.True(a.SequenceEqual(b) && a.SequenceEqual(c), $"{one[m].Name} depends on the thread count");
        }
    }

    [Fact]
    public void VoxelBatchOfOne_GivesEveryKernelItsOwnMcc()
    {
        string folder = TestData.Require("pyradiomics-parity/voxel-digital-phantom");
        ExtractionParameters parameters = PipelineParameters.Load(Path.Combine(folder, "params.yaml"));
        ImageData image = ImageReader.Read(TestData.IbsiDigitalPhantomImage), mask = ImageReader.Read(TestData.IbsiDigitalPhantomMask);
        string[] features = ["glcm_MCC", "glcm_JointAverage", "firstorder_Mean"];

        var pyRadiomicsBatches = new VoxelExtractor(parameters).Extract(image, mask, features, cancellation: TestContext.Current.CancellationToken).ToDictionary(m => m.Name, m => m.Map);
        var single = new VoxelExtractor(parameters with { VoxelOverrides = [.. parameters.VoxelOverrides, SettingOverride.Of("voxelBatch", ParameterValue.FromText("1"))] })
            .Extract(image, mask, features, cancellation: TestContext.Current.CancellationToken).ToDictionary(m => m.Name, m => m.Map);

        Volume<double> roiMarker = single["original_firstorder_Mean"];
        int roiVoxels = roiMarker.Voxels.ToArray().Count(v => !double.IsNaN(v));
        Assert.True(roiVoxels > 0);
        // One batch (the default): an empty direction somewhere fails MCC for the whole ROI, as in PyRadiomics.
        Assert.All(pyRadiomicsBatches["original_glcm_MCC"].Voxels.ToArray(), v => Assert.True(double.IsNaN(v)));
        Assert.Contains(pyRadiomicsBatches["original_glcm_JointAverage"].Voxels.ToArray().Where((v, i) => !double.IsNaN(roiMarker.Voxels[i])), double.IsNaN);
        // Batches of one voxel: every ROI voxel gets a value.
        for (int i = 0; i < roiMarker.Length; i++)
        {
            if (!double.IsNaN(roiMarker.Voxels[i]))
            {
                Assert.False(double.IsNaN(single["original_glcm_MCC"].Voxels[i]));
                Assert.False(double.IsNaN(single["original_glcm_JointAverage"].Voxels[i]));
            }
        }
    }

    [Fact]
    public void Features_RestrictTheMaps_ByClassFeatureOrMapName()
    {
        var (image, mask) = CtCorner();
        var extractor = new VoxelExtractor(CtParameters());
        var maps = extractor.Extract(image, mask, ["ngtdm", "firstorder_Mean", "original_glcm_Contrast"], cancellation: TestContext.Current.CancellationToken);
        Assert.Equal(
            ["original_firstorder_Mean", "original_glcm_Contrast", "original_ngtdm_Busyness", "original_ngtdm_Coarseness",
                "original_ngtdm_Complexity", "original_ngtdm_Contrast", "original_ngtdm_Strength"],
            maps.Select(m => m.Name));
    }

    [Fact]
    public void UnknownFeature_IsRejectedWithTheEnabledClasses()
    {
        var (image, mask) = CtCorner();
        var extractor = new VoxelExtractor(CtParameters());
        var error = Assert.Throws<ArgumentException>(() => extractor.Extract(image, mask, ["glcm_Contrst"], cancellation: TestContext.Current.CancellationToken));
        Assert.Contains("glcm_Contrst", error.Message);
        Assert.Contains("firstorder", error.Message);
    }

    [Fact]
    public void Maps_LieOnTheRoiBoxPaddedByTheKernelRadius_WithInitValueOutsideTheRoi()
    {
        var (image, mask) = CtCorner();
        var extractor = new VoxelExtractor(CtParameters(("kernelRadius", "2"), ("initValue", "-7")));
        VoxelMap map = extractor.Extract(image, mask, ["firstorder_Mean"], cancellation: TestContext.Current.CancellationToken).Single();
        Volume<byte> roi = mask.ToBinaryMask(1);
        BoundingBox expected = BoundingBox.Of(roi)!.Value.Pad(2, roi.Size);
        Assert.Equal(expected.Size, map.Map.Size);
        Assert.Equal(roi.Geometry.SubRegion(expected.Lower, expected.Size), map.Map.Geometry);
        Volume<byte> croppedRoi = roi.Crop(expected.Lower, expected.Size);
        for (int i = 0; i < croppedRoi.Length; i++)
        {
            Assert.Equal(croppedRoi.Voxels[i] == 0, map.Map.Voxels[i] == -7);
        }
    }

    [Fact]
    public void UnmaskedKernels_ReadThePaddingAroundTheRoiFromTheImage()
    {
        var (image, mask) = CtCornerWithMargin();
        var extractor = new VoxelExtractor(CtParameters(("kernelRadius", "2"), ("maskedKernel", "false")));
        VoxelMap map = extractor.Extract(image, mask, ["firstorder_Mean"], cancellation: TestContext.Current.CancellationToken).Single();

        Volume<double> full = image.ToDoubleVolume();
        Volume<byte> roi = mask.ToBinaryMask(1);
        BoundingBox region = BoundingBox.Of(roi)!.Value.Pad(2, roi.Size);
        Assert.True(region.Lower.X > 0 && region.Lower.Y > 0 && region.Lower.Z > 0, "the test needs a margin below the ROI");
        Assert.Equal(region.Size, map.Map.Size);
        for (int z = region.Lower.Z; z <= region.Upper.Z; z++)
        {
            for (int y = region.Lower.Y; y <= region.Upper.Y; y++)
            {
                for (int x = region.Lower.X; x <= region.Upper.X; x++)
                {
                    if (roi[x, y, z] == 0)
                    {
                        continue;
                    }

                    double sum = 0;
                    int count = 0;
                    for (int k = Math.Max(region.Lower.Z, z - 2); k <= Math.Min(region.Upper.Z, z + 2); k++)
                    {
                        for (int j = Math.Max(region.Lower.Y, y - 2); j <= Math.Min(region.Upper.Y, y + 2); j++)
                        {
                            for (int i = Math.Max(region.Lower.X, x - 2); i <= Math.Min(region.Upper.X, x + 2); i++)
                            {
                                sum += full[i, j, k];
                                count++;
                            }
                        }
                    }

                    double actual = map.Map[x - region.Lower.X, y - region.Lower.Y, z - region.Lower.Z];
                    Assert.True(ParityReference.Close(sum / count, actual, 1e-12), $"({x}, {y}, {z}): {sum / count} vs {actual}");
                }
            }
        }
    }

    private static long[] Bits(Volume<double> map) => map.Voxels.ToArray().Select(BitConverter.DoubleToInt64Bits).ToArray();
}
