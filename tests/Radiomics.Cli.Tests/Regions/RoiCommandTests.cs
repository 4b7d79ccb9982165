using Radiomics.Cli.Tests.Analysis;
using Radiomics.Cli.Tests.CommandLine;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Regions;

/// <summary>
/// <c>radiomics roi</c> end to end: every region of the anisotropic phantom equals the scipy reference voxel for voxel
/// (tests/data/analysis/regions/phantom), in every output format; an empty ring is one warning; a DICOM SEG on the CT
/// series holds the same voxels as the NIfTI; every error is one line.
/// </summary>
public sealed class RoiCommandTests : IDisposable
{
    private readonly CliWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("ring_2mm.nii.gz", "roi.nii.gz", "--ring", "2")]
    [InlineData("ring_10mm.nii.gz", "roi.nrrd", "--ring", "10")]
    [InlineData("grow_5mm.nii.gz", "roi.mha", "--grow", "5")]
    [InlineData("shrink_2mm.nii.gz", "roi.nii", "--shrink", "2")]
    [InlineData("rim_5mm.nii.gz", "roi.nii.gz", "--rim", "5")]
    [InlineData("ring_2mm_clipped.nii.gz", "roi.nii.gz", "--ring", "2", "--clip", "clip.nii.gz")]
    public void Roi_EveryOperation_MatchesTheReferenceVoxelForVoxel(string reference, string output, params string[] options)
    {
        string path = _work.Path(output);
        string[] args = [.. options.Select(o => o.EndsWith(".nii.gz", StringComparison.Ordinal) ? RegionData.Phantom(o) : o)];

        var run = CliRunner.Run(["roi", RegionData.Phantom("mask.nii.gz"), .. args, "--out", path]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(RegionData.Voxels(RegionData.Phantom(reference)), RegionData.Voxels(path));
        Assert.Empty(AnalysisData.Warnings(run.Error));
        Assert.Contains($"wrote {path}", run.Error);
    }

    [Fact]
    public void Roi_LargestComponent_DropsTheSatelliteWithOneWarning()
    {
        var run = CliRunner.Run("roi", RegionData.Phantom("mask.nii.gz"), "--largest-component", "--out", _work.Path("main.nii.gz"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("dropped 1 smaller region(s) of 91 voxels", Assert.Single(AnalysisData.Warnings(run.Error)));
        Assert.Equal(5411, RegionData.Voxels(_work.Path("main.nii.gz")).Count(v => v == 1));
    }

    [Fact]
    public void Roi_RingBelowTheSpacing_WritesAnEmptyMaskWithOneWarning()
    {
        var run = CliRunner.Run("roi", RegionData.Phantom("mask.nii.gz"), "--ring", "0.5", "--out", _work.Path("empty.nii.gz"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("below the smallest voxel spacing", Assert.Single(AnalysisData.Warnings(run.Error)));
        Assert.All(RegionData.Voxels(_work.Path("empty.nii.gz")), v => Assert.Equal(0, v));
    }

    [Fact]
    public void Roi_DicomSegOnTheSeries_HoldsTheSameVoxelsAsTheNifti()
    {
        string series = TestData.Require("ibsi1/ct_phantom/dicom/image"), rtstruct = TestData.Require("ibsi1/ct_phantom/dicom/mask/DCM_RS_00060.dcm");
        string seg = _work.Path("ring3.dcm"), nifti = _work.Path("ring3.nii.gz"), converted = _work.Path("seg.nii.gz");

        var toSeg = CliRunner.Run("roi", rtstruct, "--series", series, "--ring", "3", "--out", seg);
        var toNifti = CliRunner.Run("roi", rtstruct, "--series", series, "--ring", "3", "--out", nifti);
        var back = CliRunner.Run("convert", series, "--out", _work.Path("ct.nii.gz"), "--mask", seg, "--mask-out", converted);

        Assert.True(toSeg.ExitCode == 0 && toNifti.ExitCode == 0 && back.ExitCode == 0, toSeg.Error + toNifti.Error + back.Error);
        byte[] expected = RegionData.Voxels(nifti);
        Assert.True(expected.Count(v => v == 1) > 1000);
        Assert.Equal(expected, RegionData.Voxels(converted));
    }

    [Theory]
    [InlineData(2, "--ring", "'x'", "--ring", "x")]
    [InlineData(2, "--ring", "--grow", "--ring", "1", "--grow", "2")]
    [InlineData(2, "give an operation")]
    [InlineData(2, "--series", "--ring", "1", "--out", "ring.dcm")]
    [InlineData(2, "cannot choose a format", "--ring", "1", "--out", "ring.png")]
    [InlineData(1, "label 4", "--ring", "1", "--label", "4")]
    [InlineData(1, "different grids", "--ring", "1", "--clip", "PLANTED")]
    [InlineData(1, "nowhere.nii.gz", "--ring", "1", "--clip", "nowhere.nii.gz")]
    public void Roi_BadInput_IsOneLine(int exitCode, string naming, params string[] options)
    {
        bool hasOut = options.Contains("--out");
        string[] args = [.. options.Select(o => o == "PLANTED" ? RegionData.Planted("mask.nii.gz") : o.Contains('.') && !o.Contains(' ') ? _work.Path(o) : o)];

        var run = CliRunner.Run(["roi", RegionData.Phantom("mask.nii.gz"), .. args, .. hasOut ? Array.Empty<string>() : ["--out", _work.Path("r.nii.gz")]]);

        OneLine.AssertError(run, exitCode, naming);
    }

    [Fact]
    public void Roi_MissingMask_IsOneLineNamingIt()
    {
        OneLine.AssertError(CliRunner.Run("roi", _work.Path("none.nii.gz"), "--ring", "2", "--out", _work.Path("r.nii.gz")), 1, "none.nii.gz");
    }
}
