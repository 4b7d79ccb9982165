using System.Text.Json;
using Radiomics.Cli.Tests.CommandLine;
using Radiomics.Dicom.Tests.Support;
using Radiomics.IO;

namespace Radiomics.Cli.Tests.DicomOutput;

/// <summary>
/// <c>convert SERIES --mask RTSTRUCT --roi GTV-1 --mask-out seg.dcm</c> writes a valid SEG that reads back
/// (<c>convert --mask seg.dcm</c>) voxel for voxel as the rasterised ROI; dcmqi-style metadata names its segments.
/// </summary>
public sealed class ConvertSegTests(PhantomReportFixture phantom) : IClassFixture<PhantomReportFixture>
{
    [Fact]
    public void MaskOutDcm_IsAValidSeg_ThatReadsBackVoxelForVoxel()
    {
        string seg = phantom.PathIn("gtv.seg.dcm"), direct = phantom.PathIn("gtv-direct.nrrd"), back = phantom.PathIn("gtv-back.nrrd");
        var toSeg = CliRunner.Run("convert", phantom.DicomImage, "--out", phantom.PathIn("ct1.nii.gz"), "--mask", phantom.RtStruct, "--roi", "GTV-1", "--mask-out", seg);
        var toNrrd = CliRunner.Run("convert", phantom.DicomImage, "--out", phantom.PathIn("ct2.nii.gz"), "--mask", phantom.RtStruct, "--roi", "GTV-1", "--mask-out", direct);
        var fromSeg = CliRunner.Run("convert", phantom.DicomImage, "--out", phantom.PathIn("ct3.nii.gz"), "--mask", seg, "--mask-out", back);

        Assert.True(toSeg.ExitCode == 0, toSeg.Error);
        Assert.True(toNrrd.ExitCode == 0, toNrrd.Error);
        Assert.True(fromSeg.ExitCode == 0, fromSeg.Error);
        Assert.Contains("gtv.seg.dcm (1 segment(s))", toSeg.Output);
        Assert.Empty(DicomTools.Validate(seg).Errors);
        var expected = ImageReader.Read(direct);
        var actual = ImageReader.Read(back);
        Assert.Equal(expected.Geometry.Size, actual.Geometry.Size);
        Assert.Equal((byte[])expected.Voxels, (byte[])actual.Voxels);
        Assert.Contains((byte)1, (byte[])actual.Voxels);
        Assert.Empty(DicomReferences.ReferencedInstances(seg).Except(DicomReferences.InstancesIn(phantom.DicomImage)));
    }

    [Fact]
    public void SegmentMetadata_DescribesTheSegments_ElseTheRoiNameDoes()
    {
        string json = phantom.PathIn("meta.json");
        File.WriteAllText(json, """
            { "SeriesDescription": "Tumour seg", "segmentAttributes": [[{ "labelID": 1, "SegmentLabel": "Tumour", "SegmentAlgorithmType": "MANUAL" }]] }
            """);
        string withMeta = phantom.PathIn("meta/with.seg.dcm"), plain = phantom.PathIn("meta/plain.seg.dcm");
        Directory.CreateDirectory(phantom.PathIn("meta"));
        string[] common = ["convert", phantom.DicomImage, "--out", phantom.PathIn("ct4.nii.gz"), "--mask", phantom.RtStruct, "--roi", "GTV-1"];

        var a = CliRunner.Run([.. common, "--mask-out", withMeta, "--segment-metadata", json, "--uid-seed", "m"]);
        var b = CliRunner.Run([.. common, "--mask-out", plain]);
        var (code, listing, error) = CliRunner.Run("dicom", "ls", phantom.PathIn("meta"), "--format", "json");

        Assert.True(a.ExitCode == 0 && b.ExitCode == 0, a.Error + b.Error);
        Assert.True(code == 0, error);
        using JsonDocument document = JsonDocument.Parse(listing);
        var segs = document.RootElement.GetProperty("segmentations").EnumerateArray()
            .ToDictionary(s => Path.GetFileName(s.GetProperty("path").GetString()!), s => s);
        Assert.Equal("Tumour seg", segs["with.seg.dcm"].GetProperty("description").GetString());
        Assert.Equal("Tumour", segs["with.seg.dcm"].GetProperty("segments")[0].GetProperty("label").GetString());
        Assert.Equal("GTV-1", segs["plain.seg.dcm"].GetProperty("segments")[0].GetProperty("label").GetString());
    }

    [Fact]
    public void MaskOutDcm_FromANiftiImage_IsAUsageErrorBeforeLoading()
    {
        OneLine.AssertError(CliRunner.Run("convert", phantom.NiftiImage, "--out", phantom.PathIn("x.nii.gz"), "--mask", phantom.NiftiMask,
            "--mask-out", phantom.PathIn("x.dcm")), 2, "--mask-out", "not DICOM");
        OneLine.AssertError(CliRunner.Run("convert", phantom.DicomImage, "--out", phantom.PathIn("y.nii.gz"), "--mask", phantom.RtStruct,
            "--mask-out", phantom.PathIn("y.nrrd"), "--segment-metadata", phantom.PathIn("meta.json")), 2, "--segment-metadata goes with --mask-out FILE.dcm");
        Assert.False(File.Exists(phantom.PathIn("x.nii.gz")));
    }
}
