using Radiomics.Cli.Tests.CommandLine;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Sr;
using Radiomics.Dicom.Tests.Support;

namespace Radiomics.Cli.Tests.DicomOutput;

/// <summary>
/// The options around <c>--dicom-sr</c>: seeded UIDs give the same bytes, unseeded ones differ; a NIfTI image is a
/// usage error; a NIfTI mask on the series gets a SEG beside the SR; a SEG mask is referenced as it is.
/// </summary>
public sealed class ReportOptionTests(PhantomReportFixture phantom) : IClassFixture<PhantomReportFixture>
{
    private (int ExitCode, string Output, string Error) Report(string mask, string srPath, params string[] more) =>
        CliRunner.Run(["extract", phantom.DicomImage, mask, "-p", phantom.FirstOrderParams, "--dicom-sr", srPath, "--out", phantom.PathIn(Path.GetFileName(srPath) + ".json"), .. more]);

    [Fact]
    public void SameUidSeed_GivesTheSameBytes_AnotherSeedOrNoneOtherUids()
    {
        string[] paths = ["seeded-a.dcm", "seeded-b.dcm", "other-seed.dcm", "random.dcm"];
        string[][] seeds = [["--uid-seed", "case-7"], ["--uid-seed", "case-7"], ["--uid-seed", "case-8"], []];
        for (int i = 0; i < paths.Length; i++)
        {
            var run = Report(phantom.RtStruct, phantom.PathIn(paths[i]), ["--roi", "GTV-1", .. seeds[i]]);
            Assert.True(run.ExitCode == 0, run.Error);
        }

        Assert.Equal(File.ReadAllBytes(phantom.PathIn("seeded-a.dcm")), File.ReadAllBytes(phantom.PathIn("seeded-b.dcm")));
        Assert.Equal(File.ReadAllBytes(phantom.PathIn("seeded-a.seg.dcm")), File.ReadAllBytes(phantom.PathIn("seeded-b.seg.dcm")));
        string[] instances = paths.Select(p => DicomFile.ReadHeader(phantom.PathIn(p)).Dataset.GetString(DicomTags.SopInstanceUid)!).ToArray();
        Assert.Equal(instances[0], instances[1]);
        Assert.Equal(3, instances.Distinct().Count());
    }

    [Fact]
    public void NiftiImage_WithDicomSr_IsAOneLineUsageError()
    {
        var run = CliRunner.Run("extract", phantom.NiftiImage, phantom.NiftiMask, "--dicom-sr", phantom.PathIn("nifti.dcm"));

        OneLine.AssertError(run, 2, "--dicom-sr", "DICOM", "phantom.nii.gz");
        Assert.False(File.Exists(phantom.PathIn("nifti.dcm")));
    }

    [Fact]
    public void UidSeed_WithoutTheOutputItSeeds_IsAUsageError()
    {
        OneLine.AssertError(CliRunner.Run("extract", phantom.DicomImage, phantom.RtStruct, "--uid-seed", "x"), 2, "--uid-seed goes with --dicom-sr");
        OneLine.AssertError(CliRunner.Run("convert", phantom.DicomImage, "--out", phantom.PathIn("x.nii.gz"), "--uid-seed", "x"), 2,
            "--uid-seed goes with --mask-out FILE.dcm");
    }

    [Fact]
    public void DicomSr_InVoxelMode_IsAUsageError()
    {
        OneLine.AssertError(CliRunner.Run("extract", phantom.DicomImage, phantom.RtStruct, "--mode", "voxel", "--out-dir", phantom.PathIn("maps"),
            "--dicom-sr", phantom.PathIn("voxel.dcm")), 2, "--dicom-sr", "--mode voxel");
    }

    [Fact]
    public void NiftiMaskOnTheSeries_GoesIntoASegBesideTheSr()
    {
        string sr = phantom.PathIn("nifti-mask.dcm");
        var run = Report(phantom.NiftiMask, sr);

        Assert.True(run.ExitCode == 0, run.Error);
        string seg = phantom.PathIn("nifti-mask.seg.dcm");
        Assert.Empty(DicomTools.Validate(sr).Errors);
        Assert.Empty(DicomTools.Validate(seg).Errors);
        MeasurementReportContent report = MeasurementReportReader.Read(sr);
        ReportMeasurementGroup group = Assert.Single(report.Groups);
        Assert.Equal("Label 1", group.TrackingIdentifier);
        Assert.Equal(DicomFile.ReadHeader(seg).Dataset.GetString(DicomTags.SopInstanceUid), group.SegmentationSopInstanceUid);
        Assert.Empty(DicomReferences.ReferencedInstances(sr).Except(DicomReferences.InstancesIn(phantom.DicomImage, seg)));
    }

    /// <summary>A SEG given as the mask is referenced as it is (segment 1 of that very instance); no new SEG is written.</summary>
    [Fact]
    public void SegMask_IsReferencedAsItIs()
    {
        string inputSeg = phantom.PathIn("input.seg.dcm");
        var convert = CliRunner.Run("convert", phantom.DicomImage, "--out", phantom.PathIn("ct.nii.gz"), "--mask", phantom.RtStruct, "--roi", "GTV-1",
            "--mask-out", inputSeg);
        Assert.True(convert.ExitCode == 0, convert.Error);
        string sr = phantom.PathIn("seg-mask.dcm");

        var run = Report(inputSeg, sr);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.False(File.Exists(phantom.PathIn("seg-mask.seg.dcm")));
        Assert.Empty(DicomTools.Validate(sr).Errors);
        ReportMeasurementGroup group = Assert.Single(MeasurementReportReader.Read(sr).Groups);
        Assert.Equal(DicomFile.ReadHeader(inputSeg).Dataset.GetString(DicomTags.SopInstanceUid), group.SegmentationSopInstanceUid);
        Assert.Equal(1, group.SegmentNumber);
        Assert.Equal("GTV-1", group.TrackingIdentifier);
        Assert.Empty(DicomReferences.ReferencedInstances(sr).Except(DicomReferences.InstancesIn(phantom.DicomImage, inputSeg)));
    }
}
