using Radiomics.Dicom.Seg;
using Radiomics.Dicom.Series;
using Radiomics.Dicom.Tests.Support;
using Radiomics.Imaging;
using Radiomics.Tests.Support;

namespace Radiomics.Dicom.Tests;

/// <summary>dcmqi's SEG objects against the label maps dcmqi made from or for them (read with a test-only NRRD reader).</summary>
public sealed class SegmentationTests
{
    private const string Root = "dicom/dcmqi-seg/";

    [Fact]
    public void LoadMask_LiverBinarySeg_EqualsDcmqiLabelMap()
    {
        DicomSeries ct = DicomSeriesLoader.Load(TestData.Require(Root + "ct-3slice"));
        ImageData mask = DicomInput.LoadMask(TestData.Require(Root + "liver.dcm"), ct);
        AssertEqualsNrrd(TestData.Require(Root + "liver_seg.nrrd"), mask, onlyLabel: null);
    }

    /// <summary>dcmqi splits overlapping segments into label maps of non-overlapping ones (file 1 holds 1, 4 and 5).</summary>
    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 4)]
    [InlineData(1, 5)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    public void LoadMask_PartialOverlapsSegment_EqualsItsLabelInDcmqiLabelMap(int file, int segment)
    {
        DicomSeries ct = DicomSeriesLoader.Load(TestData.Require(Root + "ct-3slice"));
        ImageData mask = DicomInput.LoadMask(TestData.Require(Root + "partial_overlaps.dcm"), ct, label: segment);
        AssertEqualsNrrd(TestData.Require(Root + $"partial_overlaps-{file}.nrrd"), mask, onlyLabel: segment);
    }

    [Theory]
    [InlineData("sparse-labelmap-noppv.dcm", "sparse_labelmap_noppv_seg.nrrd")]
    [InlineData("sparse-labelmap-ppv5.dcm", "sparse_labelmap_ppv5_seg.nrrd")]
    public void ToLabelMap_SparseSegWithoutImage_EqualsDcmqiLabelMapOnDerivedGrid(string seg, string nrrd)
    {
        DicomSegmentation segmentation = DicomSegmentation.Read(TestData.Require(Root + seg));
        Volume<byte> map = segmentation.ToLabelMap(null, null, new List<string>());
        AssertEqualsNrrd(TestData.Require(Root + nrrd), ImageData.FromVolume(map), onlyLabel: null);
    }

    [Fact]
    public void LoadMask_SegIntoAReturnedPoolBuffer_ClearsItAndEqualsTheUnpooledMap()
    {
        DicomSeries ct = DicomSeriesLoader.Load(TestData.Require(Root + "ct-3slice"));
        string segPath = TestData.Require(Root + "partial_overlaps.dcm");
        ImageData expected = DicomInput.LoadMask(segPath, ct);
        var pool = new Radiomics.IO.VoxelBufferPool(1);
        var stale = (byte[])pool.Rent(VoxelType.UInt8, expected.Geometry.Size.VoxelCount);
        Array.Fill(stale, (byte)99);
        pool.Return(new ImageData(expected.Geometry, VoxelType.UInt8, stale));

        ImageData mask = DicomInput.LoadMask(segPath, ct, buffers: pool);

        Assert.Same(stale, mask.Voxels);
        Assert.Equal((byte[])expected.Voxels, (byte[])mask.Voxels);
    }

    [Theory]
    [InlineData("23x38x3", "image")]
    [InlineData("23x38x3", "multiframe")]
    [InlineData("24x38x3", "image")]
    [InlineData("24x38x3", "multiframe")]
    public void LoadMask_OddSizedSeg_EqualsDcmqiLabelMap(string folder, string imageKind)
    {
        DicomSeries image = DicomSeriesLoader.Load(TestData.Require($"{Root}{folder}/{imageKind}"));
        ImageData mask = DicomInput.LoadMask(TestData.Require($"{Root}{folder}/seg/label.seg"), image.Image);
        AssertEqualsNrrd(TestData.Require($"{Root}{folder}/nrrd/label.nrrd"), mask, onlyLabel: null);
    }

    [Fact]
    public void Segments_PartialOverlaps_ListsFiveNumberedSegments()
    {
        DicomSegmentation segmentation = DicomSegmentation.Read(TestData.Require(Root + "partial_overlaps.dcm"));
        Assert.Equal([1, 2, 3, 4, 5], segmentation.Segments.Select(s => s.Number));
        Assert.All(segmentation.Segments, s => Assert.False(string.IsNullOrEmpty(s.Label)));
    }

    /// <summary>Equality with the NRRD label map, or (with <paramref name="onlyLabel"/>) of a binary mask with that label's voxels.</summary>
    private static void AssertEqualsNrrd(string nrrdPath, ImageData mask, int? onlyLabel)
    {
        var (geometry, expected) = TestNrrdReader.Read(nrrdPath);
        Assert.Equal(geometry.Size, mask.Geometry.Size);
        IbsiCtPhantomTests.AssertGeometryClose(geometry, mask.Geometry);
        long differences = 0, nonZero = 0;
        for (long i = 0; i < expected.Length; i++)
        {
            double actual = mask.GetDouble(i);
            double wanted = onlyLabel is { } label ? (expected[i] == label ? 1 : 0) : expected[i];
            differences += actual != wanted ? 1 : 0;
            nonZero += wanted != 0 ? 1 : 0;
        }

        Assert.True(nonZero > 0, "the reference label map is empty");
        Assert.Equal(0, differences);
    }
}
