using Radiomics.Cli.Tests.CommandLine;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Sr;
using Radiomics.Dicom.Tests.Support;

namespace Radiomics.Cli.Tests.DicomOutput;

/// <summary><c>batch … --dicom-sr-dir DIR</c>: one valid report per case, named by its ID; the ID column is required and unique.</summary>
public sealed class BatchReportTests(PhantomReportFixture phantom) : IClassFixture<PhantomReportFixture>
{
    private string CaseList(string name, string text)
    {
        string path = phantom.PathIn(name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Batch_WritesOneValidReportPerCase_NamedByItsId()
    {
        string csv = CaseList("cases.csv",
            $"ID,Image,Mask,ROI\nrtstruct-case,{phantom.DicomImage},{phantom.RtStruct},GTV-1\nnifti-mask-case,{phantom.DicomImage},{phantom.NiftiMask},\n");
        string folder = phantom.PathIn("reports");

        var (code, _, error) = CliRunner.Run("batch", csv, "-p", phantom.FirstOrderParams, "--out", phantom.PathIn("batch.csv"),
            "--dicom-sr-dir", folder, "--uid-seed", "run-1", "--jobs", "2");

        Assert.True(code == 0, error);
        Assert.Equal(["nifti-mask-case.dcm", "nifti-mask-case.seg.dcm", "rtstruct-case.dcm", "rtstruct-case.seg.dcm"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (string file in Directory.GetFiles(folder))
        {
            Assert.Empty(DicomTools.Validate(file).Errors);
        }

        Assert.Equal("GTV-1", Assert.Single(MeasurementReportReader.Read(Path.Combine(folder, "rtstruct-case.dcm")).Groups).TrackingIdentifier);
        Assert.Equal("Label 1", Assert.Single(MeasurementReportReader.Read(Path.Combine(folder, "nifti-mask-case.dcm")).Groups).TrackingIdentifier);
        string[] instances = Directory.GetFiles(folder, "*.dcm").Select(f => DicomFile.ReadHeader(f).Dataset.GetString(DicomTags.SopInstanceUid)!).ToArray();
        Assert.Equal(instances.Length, instances.Distinct().Count()); // one seed, distinct UIDs per case
    }

    [Fact]
    public void Batch_ReportOfANiftiImageCase_FailsThatCaseOnly()
    {
        string csv = CaseList("mixed.csv", $"ID,Image,Mask\ndicom,{phantom.DicomImage},{phantom.NiftiMask}\nnifti,{phantom.NiftiImage},{phantom.NiftiMask}\n");
        string folder = phantom.PathIn("mixed-reports");

        var (code, _, _) = CliRunner.Run("batch", csv, "-p", phantom.FirstOrderParams, "--out", phantom.PathIn("mixed.csv.out.csv"), "--dicom-sr-dir", folder);

        Assert.Equal(3, code); // some cases failed
        Assert.True(File.Exists(Path.Combine(folder, "dicom.dcm")));
        Assert.False(File.Exists(Path.Combine(folder, "nifti.dcm")));
        Assert.Contains("is not a DICOM series", File.ReadAllText(phantom.PathIn("mixed.csv.out.errors.csv")));
    }

    [Theory]
    [InlineData("Image,Mask\n{0},{1}\n", "has none")]
    [InlineData("ID,Image,Mask\na,{0},{1}\nA,{0},{1}\n", "the same ID 'A'")]
    [InlineData("ID,Image,Mask\n,{0},{1}\n", "line 2 has no ID")]
    [InlineData("ID,Image,Mask\na/b,{0},{1}\n", "the ID 'a/b' cannot name a file")]
    public void Batch_CaseListThatCannotNameTheReports_IsAUsageError(string text, string problem)
    {
        string csv = CaseList($"bad-{Guid.NewGuid():N}.csv", string.Format(System.Globalization.CultureInfo.InvariantCulture, text, phantom.DicomImage, phantom.RtStruct));

        OneLine.AssertError(CliRunner.Run("batch", csv, "--out", phantom.PathIn("never.csv"), "--dicom-sr-dir", phantom.PathIn("never")), 2, problem);
        Assert.False(Directory.Exists(phantom.PathIn("never")));
    }
}
