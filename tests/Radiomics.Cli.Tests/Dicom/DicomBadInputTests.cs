using System.Text;
using Radiomics.Dicom;

namespace Radiomics.Cli.Tests.Dicom;

/// <summary>DICOM problems on the command line: exit 1 and one line naming the file and the problem, no stack trace.</summary>
public class DicomBadInputTests(CtPhantomDicomFixture phantom) : IClassFixture<CtPhantomDicomFixture>
{
    [Fact]
    public void Extract_UnknownRoiName_ListsTheAvailableRois()
    {
        var (code, _, error) = CliRunner.Run("extract", phantom.DicomImage, phantom.RtStruct, "--roi", "PTV-9");

        AssertOneLineError(code, error, "DCM_RS_00060.dcm");
        Assert.Contains("PTV-9", error);
        Assert.Contains("GTV-1", error);
    }

    [Fact]
    public void Extract_RtStructOfAnotherSeries_IsRefused()
    {
        // The same RTSTRUCT with the referenced SeriesInstanceUID changed in its last digit (same length, so the file stays valid).
        string seriesUid = DicomInput.LoadSeries(phantom.DicomImage).SeriesInstanceUid;
        byte[] bytes = File.ReadAllBytes(phantom.RtStruct);
        byte[] uid = Encoding.ASCII.GetBytes(seriesUid);
        int at = bytes.AsSpan().IndexOf(uid);
        Assert.True(at >= 0, "the RTSTRUCT does not mention the series UID");
        for (; at >= 0; at = bytes.AsSpan().IndexOf(uid) is var next and >= 0 ? next : -1)
        {
            bytes[at + uid.Length - 1] = (byte)(uid[^1] == (byte)'1' ? '2' : '1');
        }

        string other = phantom.PathIn("other-series-rs.dcm");
        File.WriteAllBytes(other, bytes);

        var (code, _, error) = CliRunner.Run("extract", phantom.DicomImage, other, "--roi", "GTV-1");

        AssertOneLineError(code, error, "other-series-rs.dcm");
        Assert.Contains("series", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Extract_FolderWithoutDicom_IsRefusedNamingTheFolder()
    {
        string folder = Directory.CreateDirectory(phantom.PathIn("not-dicom")).FullName;
        File.WriteAllText(Path.Combine(folder, "readme.txt"), "no images here");

        var (code, _, error) = CliRunner.Run("extract", folder, phantom.RtStruct, "--roi", "GTV-1");

        AssertOneLineError(code, error, "not-dicom");
    }

    [Fact]
    public void Convert_TruncatedRtStruct_IsAOneLineError()
    {
        byte[] bytes = File.ReadAllBytes(phantom.RtStruct);
        string truncated = phantom.PathIn("truncated-rs.dcm");
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);

        var (code, _, error) = CliRunner.Run("convert", phantom.DicomImage, "--out", phantom.PathIn("t.nii"),
            "--mask", truncated, "--roi", "GTV-1", "--mask-out", phantom.PathIn("t-mask.nii"));

        AssertOneLineError(code, error, "truncated-rs.dcm");
    }

    [Fact]
    public void Extract_RoiWithNonDicomMask_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run("extract", phantom.NiftiImage, phantom.NiftiMask, "--roi", "GTV-1");

        Assert.Equal(2, code);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("--roi", error);
    }

    private static void AssertOneLineError(int code, string error, string naming)
    {
        Assert.Equal(1, code);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("radiomics: error: ", error);
        Assert.Contains(naming, error);
        Assert.DoesNotContain("internal error", error);
        Assert.DoesNotContain("Exception", error); // no stack trace, no exception type name
    }
}
