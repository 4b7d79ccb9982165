using Radiomics.Dicom.Coding;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Series;
using Radiomics.Dicom.Tests.Support;
using Radiomics.Dicom.Writing;
using Radiomics.Dicom.Writing.Seg;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Tests.Support;

namespace Radiomics.Dicom.Tests;

/// <summary>SEGs written by <see cref="DicomSegWriter"/>: read back voxel for voxel, and valid by dciodvfy.</summary>
public sealed class SegWriterTests
{
    private const string CtPhantom = "ibsi1/ct_phantom/dicom/image";

    [Fact]
    public void Write_IbsiCtPhantomGtv_ReadsBackVoxelForVoxel()
    {
        using var temp = new TempFolder();
        DicomSeries series = DicomSeriesLoader.Load(TestData.Require(CtPhantom));
        Volume<byte> mask = PhantomMaskOnSeriesGrid(series);
        string path = temp.Sub("gtv.seg.dcm");

        SegWriteResult result = DicomSegWriter.Write(path, series, [new SegmentMask(SegmentDefinition.Lesion("GTV-1"), mask)]);

        ImageData back = DicomInput.LoadMask(path, series, label: 1);
        Assert.Equal(mask.Voxels.ToArray(), (byte[])back.Voxels);
        Assert.Equal(26, result.Segments[0].FrameCount);
        var (errors, warnings) = DicomTools.Validate(path);
        TestContext.Current.SendDiagnosticMessage(string.Join("\n", warnings));
        Assert.Empty(errors);
    }

    /// <summary>DCMTK wrote the reference SEG of the same mask (tests/data/dicom/sr): its frames, packed, are ours byte for byte.</summary>
    [Fact]
    public void Write_IbsiCtPhantomGtv_PixelDataEqualsTheDcmtkReference()
    {
        using var temp = new TempFolder();
        DicomSeries series = DicomSeriesLoader.Load(TestData.Require(CtPhantom));
        string path = temp.Sub("gtv.seg.dcm");

        DicomSegWriter.Write(path, series, [new SegmentMask(SegmentDefinition.Lesion("GTV-1"), PhantomMaskOnSeriesGrid(series))]);

        byte[] ours = DicomFile.Read(path).Dataset.Get(DicomTags.PixelData)!.Value.ToArray();
        byte[] reference = DicomFile.Read(TestData.Require("dicom/sr/ibsi_ct_phantom_seg.dcm")).Dataset.Get(DicomTags.PixelData)!.Value.ToArray();
        Assert.Equal(reference, ours);
    }

    /// <summary>
    /// dcmqi's odd-sized cases (23 or 24 columns × 38 rows × 3, single- and multi-frame source): their SEG read onto the
    /// image, written by us, read back: the same label map; the frames' bits lie where PS3.5 8.1.1 puts them (checked
    /// without the reader); dciodvfy finds no error.
    /// </summary>
    [Theory]
    [InlineData("23x38x3", "image")]
    [InlineData("23x38x3", "multiframe")]
    [InlineData("24x38x3", "image")]
    [InlineData("24x38x3", "multiframe")]
    public void Write_OddSizedDcmqiCase_ReadsBackVoxelForVoxel(string folder, string imageKind)
    {
        using var temp = new TempFolder();
        DicomSeries series = DicomSeriesLoader.Load(TestData.Require($"dicom/dcmqi-seg/{folder}/{imageKind}"));
        ImageData labels = DicomInput.LoadMask(TestData.Require($"dicom/dcmqi-seg/{folder}/seg/label.seg"), series.Image);
        var map = new Volume<byte>(labels.Geometry, (byte[])labels.Voxels);
        string path = temp.Sub("label.seg.dcm");

        SegWriteResult result = DicomSegWriter.WriteLabelMap(path, series, map);

        ImageData back = DicomInput.LoadMask(path, series);
        Assert.Equal((byte[])labels.Voxels, (byte[])back.Voxels);
        AssertFramesPackedContinuously(path, map, result.Segments.Select(s => s.Number).ToList());
        Assert.Empty(DicomTools.Validate(path).Errors);
    }

    [Fact]
    public void Write_OverlappingRoiAndRing_EachSegmentReadsBack()
    {
        using var temp = new TempFolder();
        DicomSeries series = DicomSeriesLoader.Load(TestData.Require(CtPhantom));
        Volume<byte> roi = PhantomMaskOnSeriesGrid(series);
        Volume<byte> ring = Ring(roi);
        var ringDefinition = new SegmentDefinition("GTV-1 ring")
        {
            Category = new CodedConcept("91723000", "SCT", "Anatomical Structure"),
            AlgorithmType = SegmentAlgorithmType.Automatic,
            AlgorithmName = "Radiomics.NET ring",
            Color = new DisplayColor(255, 255, 255),
        };
        string path = temp.Sub("two.seg.dcm");

        SegWriteResult result = DicomSegWriter.Write(path, series, [new SegmentMask(SegmentDefinition.Lesion("GTV-1"), roi), new SegmentMask(ringDefinition, ring)]);

        Assert.Equal(roi.Voxels.ToArray(), (byte[])DicomInput.LoadMask(path, series, label: 1).Voxels);
        Assert.Equal(ring.Voxels.ToArray(), (byte[])DicomInput.LoadMask(path, series, label: 2).Voxels);
        Assert.Equal([1, 2], result.Segments.Select(s => s.Number));
        DicomDataset second = DicomFile.ReadHeader(path).Dataset.GetSequence(DicomTags.SegmentSequence)[1];
        Assert.Equal("AUTOMATIC", second.GetString(WriterTags.SegmentAlgorithmType));
        Assert.Equal("Radiomics.NET ring", second.GetString(WriterTags.SegmentAlgorithmName));
        Assert.Equal([65535, 32896, 32896], ReadUInt16s(second, WriterTags.RecommendedDisplayCieLabValue));
        Assert.Empty(DicomTools.Validate(path).Errors);
    }

    [Fact]
    public void WriteLabelMap_WithDcmqiMetadata_WritesItsLabelsAndCodes()
    {
        using var temp = new TempFolder();
        DicomSeries series = DicomSeriesLoader.Load(TestData.Require(CtPhantom));
        Volume<byte> roi = PhantomMaskOnSeriesGrid(series);
        string json = """
            {
              "ContentCreatorName": "Reader1", "SeriesDescription": "Liver seg", "SeriesNumber": "300", "InstanceNumber": "1",
              "ContentLabel": "LIVER", "ContentDescription": "Image segmentation",
              "segmentAttributes": [[{
                "labelID": 1, "SegmentLabel": "Liver", "SegmentDescription": "Liver", "SegmentAlgorithmType": "SEMIAUTOMATIC",
                "SegmentAlgorithmName": "SlicerEditor",
                "SegmentedPropertyCategoryCodeSequence": { "CodeValue": "123037004", "CodingSchemeDesignator": "SCT", "CodeMeaning": "Anatomical Structure" },
                "SegmentedPropertyTypeCodeSequence": { "CodeValue": "10200004", "CodingSchemeDesignator": "SCT", "CodeMeaning": "Liver" },
                "recommendedDisplayRGBValue": [221, 130, 101]
              }]]
            }
            """;
        SegmentationMetadata metadata = SegmentMetadataJson.Parse(json, "meta.json");
        string path = temp.Sub("liver.seg.dcm");

        DicomSegWriter.WriteLabelMap(path, series, roi, metadata);

        DicomDataset ds = DicomFile.ReadHeader(path).Dataset;
        DicomDataset segment = Assert.Single(ds.GetSequence(DicomTags.SegmentSequence));
        Assert.Equal("Liver seg", ds.GetString(DicomTags.SeriesDescription));
        Assert.Equal("300", ds.GetString(WriterTags.SeriesNumber));
        Assert.Equal("Reader1", ds.GetString(WriterTags.ContentCreatorName));
        Assert.Equal("Liver", segment.GetString(DicomTags.SegmentLabel));
        Assert.Equal("SEMIAUTOMATIC", segment.GetString(WriterTags.SegmentAlgorithmType));
        Assert.Equal("10200004", segment.GetFirstItem(WriterTags.SegmentedPropertyTypeCodeSequence)!.GetString(WriterTags.CodeValue));
        Assert.Equal("123037004", segment.GetFirstItem(WriterTags.SegmentedPropertyCategoryCodeSequence)!.GetString(WriterTags.CodeValue));
        Assert.Empty(DicomTools.Validate(path).Errors);
    }

    [Fact]
    public void Write_MaskOffTheSeriesGrid_IsRefusedAndNothingIsWritten()
    {
        using var temp = new TempFolder();
        DicomSeries series = DicomSeriesLoader.Load(TestData.Require(CtPhantom));
        Volume<byte> roi = PhantomMaskOnSeriesGrid(series);
        var shifted = roi.WithGeometry(roi.Geometry with { Origin = roi.Geometry.Origin + new Vector3D(1, 0, 0) });

        var e = Assert.Throws<DicomWriteException>(() => DicomSegWriter.Write(temp.Sub("x.dcm"), series, [new SegmentMask(SegmentDefinition.Lesion("GTV-1"), shifted)]));

        Assert.Contains("segment 1 ('GTV-1')", e.Message, StringComparison.Ordinal);
        Assert.Contains("resample the mask onto the series", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Theory]
    [InlineData("label")]
    [InlineData("algorithm")]
    [InlineData("empty")]
    [InlineData("content-label")]
    public void Write_InvalidSegmentDescription_IsRefusedNamingIt(string problem)
    {
        using var temp = new TempFolder();
        DicomSeries series = DicomSeriesLoader.Load(TestData.Require(CtPhantom));
        Volume<byte> roi = PhantomMaskOnSeriesGrid(series);
        SegmentDefinition definition = SegmentDefinition.Lesion(problem == "label" ? new string('L', 65) : "GTV-1");
        if (problem == "algorithm")
        {
            definition = definition with { AlgorithmType = SegmentAlgorithmType.Automatic };
        }

        Volume<byte> mask = problem == "empty" ? new Volume<byte>(roi.Geometry) : roi;
        var metadata = SegmentationMetadata.Default with { ContentLabel = problem == "content-label" ? "lower case" : "ROI" };

        var e = Assert.Throws<DicomWriteException>(() => DicomSegWriter.Write(temp.Sub("x.dcm"), series, [new SegmentMask(definition, mask)], metadata));

        string expected = problem switch
        {
            "label" => "Segment Label (LO) is 65 characters long",
            "algorithm" => "needs an algorithm name",
            "empty" => "every segment is empty",
            _ => "Content Label (0070,0080)",
        };
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Write_IntoAMissingFolder_IsRefusedNamingThePath()
    {
        using var temp = new TempFolder();
        DicomSeries series = DicomSeriesLoader.Load(TestData.Require(CtPhantom));
        string path = Path.Combine(temp.Path, "missing", "x.dcm");

        var e = Assert.Throws<DicomWriteException>(() => DicomSegWriter.Write(path, series, [new SegmentMask(SegmentDefinition.Lesion("GTV-1"), PhantomMaskOnSeriesGrid(series))]));

        Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
    }

    /// <summary>A source with a 17-character Study ID and a lower-case sex: both copied unchanged and reported as inherited.</summary>
    [Fact]
    public void Write_InvalidValuesInTheSource_AreKeptAndReportedAsInherited()
    {
        using var temp = new TempFolder();
        string folder = temp.Sub("series");
        Directory.CreateDirectory(folder);
        foreach (TestSlice slice in TestSlice.Synthetic(3))
        {
            TestElement[] extra =
            [
                new(0x0020, 0x000D, "UI", "1.2.3.4.99"), new(0x0020, 0x0010, "SH", "STUDY-ID-17-CHARS"), new(0x0010, 0x0040, "CS", "f"),
                new(0x0010, 0x0010, "PN", "Doe^Jane"), new(0x0010, 0x0020, "LO", "P-17"),
            ];
            File.WriteAllBytes(Path.Combine(folder, slice.SopUid + ".dcm"), TestDicomWriter.Write(slice.Elements().Concat(extra), TestSyntax.ExplicitLittle));
        }

        DicomSeries series = DicomSeriesLoader.Load(folder);
        var mask = new Volume<byte>(series.Image.Geometry);
        mask[2, 3, 1] = 1;
        string path = temp.Sub("x.seg.dcm");

        SegWriteResult result = DicomSegWriter.Write(path, series, [new SegmentMask(SegmentDefinition.Lesion("spot"), mask)]);

        Assert.Equal(2, result.InheritedProblems.Count);
        Assert.Contains(result.InheritedProblems, p => p.Contains("(0020,0010) SH 'STUDY-ID-17-CHARS'", StringComparison.Ordinal));
        Assert.Contains(result.InheritedProblems, p => p.Contains("(0010,0040) CS 'f'", StringComparison.Ordinal));
        DicomDataset ds = DicomFile.ReadHeader(path).Dataset;
        Assert.Equal("STUDY-ID-17-CHARS", ds.GetString(WriterTags.StudyId));
        Assert.Equal("Doe^Jane", ds.GetString(WriterTags.PatientName));
        Assert.Equal(mask.Voxels.ToArray(), (byte[])DicomInput.LoadMask(path, series, label: 1).Voxels);
    }

    /// <summary>
    /// Reads our SEG's Pixel Data and per-frame groups directly: frame f's pixel p must be bit f·rows·columns + p of
    /// the value (least significant bit first), set exactly where the label map holds the frame's segment.
    /// </summary>
    private static void AssertFramesPackedContinuously(string path, Volume<byte> labels, List<int> segmentLabels)
    {
        DicomDataset ds = DicomFile.Read(path).Dataset;
        byte[] pixels = ds.Get(DicomTags.PixelData)!.Value.ToArray();
        IReadOnlyList<DicomDataset> frames = ds.GetSequence(DicomTags.PerFrameFunctionalGroupsSequence);
        int perFrame = labels.Size.X * labels.Size.Y;
        Assert.Equal(((long)frames.Count * perFrame + 7) / 8 + ((((long)frames.Count * perFrame + 7) / 8) & 1), pixels.Length);
        var labelValues = labels.Voxels.ToArray().Where(v => v != 0).Distinct().Order().ToList();
        for (int f = 0; f < frames.Count; f++)
        {
            uint[] index = ReadUInt32s(frames[f].GetFirstItem(DicomTags.FrameContentSequence)!, WriterTags.DimensionIndexValues);
            byte label = labelValues[segmentLabels.IndexOf((int)index[0])];
            ReadOnlySpan<byte> plane = labels.Slice((int)index[1] - 1);
            for (int p = 0; p < perFrame; p++)
            {
                long bit = (long)f * perFrame + p;
                bool set = (pixels[bit >> 3] & (1 << (int)(bit & 7))) != 0;
                Assert.True(set == (plane[p] == label), $"frame {f + 1}, pixel {p}");
            }
        }
    }

    private static uint[] ReadUInt32s(DicomDataset item, DicomTag tag)
    {
        byte[] bytes = item.Get(tag)!.Value.ToArray();
        return Enumerable.Range(0, bytes.Length / 4).Select(i => System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * 4))).ToArray();
    }

    private static int[] ReadUInt16s(DicomDataset item, DicomTag tag)
    {
        byte[] bytes = item.Get(tag)!.Value.ToArray();
        return Enumerable.Range(0, bytes.Length / 2).Select(i => (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i * 2))).ToArray();
    }

    /// <summary>The voxels within one voxel (in-plane, 8-neighbourhood) of the ROI but outside it.</summary>
    private static Volume<byte> Ring(Volume<byte> roi)
    {
        var ring = new Volume<byte>(roi.Geometry);
        Size3 size = roi.Size;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 1; y < size.Y - 1; y++)
            {
                for (int x = 1; x < size.X - 1; x++)
                {
                    if (roi[x, y, z] != 0)
                    {
                        continue;
                    }

                    bool near = roi[x - 1, y, z] != 0 || roi[x + 1, y, z] != 0 || roi[x, y - 1, z] != 0 || roi[x, y + 1, z] != 0;
                    ring[x, y, z] = near ? (byte)1 : (byte)0;
                }
            }
        }

        return ring;
    }

    /// <summary>The IBSI NIfTI mask of the phantom, which lies on the DICOM series' grid.</summary>
    internal static Volume<byte> PhantomMaskOnSeriesGrid(DicomSeries series)
    {
        Volume<byte> mask = ImageReader.Read(TestData.IbsiCtPhantomMask).ToBinaryMask(1);
        Assert.True(mask.Geometry.Matches(series.Image.Geometry, 1e-3), $"{mask.Geometry} vs {series.Image.Geometry}");
        return mask.WithGeometry(series.Image.Geometry);
    }
}
