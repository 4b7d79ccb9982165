using System.Globalization;
using System.Text.Json;
using Radiomics.Cli.Tests.CommandLine;
using Radiomics.Dicom.Tests.Support;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.DicomOutput;

/// <summary><c>radiomics dicom ls</c> lists SRs and SEGs; <c>radiomics dicom sr-dump</c> prints reports ours and DCMTK's alike.</summary>
public sealed class ListAndDumpTests(PhantomReportFixture phantom) : IClassFixture<PhantomReportFixture>
{
    [Fact]
    public void DicomLs_ListsTheReportAndItsSeg_AsATableAndAsJson()
    {
        Assert.True(phantom.Run.ExitCode == 0, phantom.Run.Error);
        var table = CliRunner.Run("dicom", "ls", phantom.Folder);
        var json = CliRunner.Run("dicom", "ls", phantom.Folder, "--format", "json");

        Assert.True(table.ExitCode == 0, table.Error);
        Assert.Contains("SR ", table.Output);
        Assert.Contains("report.dcm (Imaging Measurement Report, TID 1500)", table.Output);
        Assert.Contains("1 measurement group(s), 107 measurement(s)", table.Output);
        Assert.Contains("report.seg.dcm (BINARY): Radiomics ROIs", table.Output);
        Assert.Contains("GTV-1", table.Output);
        using JsonDocument document = JsonDocument.Parse(json.Output);
        JsonElement report = document.RootElement.GetProperty("reports").EnumerateArray().Single(r => r.GetProperty("path").GetString()!.EndsWith("report.dcm", StringComparison.Ordinal));
        Assert.Equal("1500", report.GetProperty("templateIdentifier").GetString());
        Assert.Equal(107, report.GetProperty("measurementCount").GetInt32());
        Assert.Contains(document.RootElement.GetProperty("segmentations").EnumerateArray(),
            s => s.GetProperty("path").GetString()!.EndsWith("report.seg.dcm", StringComparison.Ordinal));
    }

    /// <summary>The reference report DCMTK wrote: sr-dump's CSV holds every NUM dsrdump prints, with the same code and value.</summary>
    [Fact]
    public void SrDump_OfDcmtksReport_MatchesDsrdump()
    {
        string reference = TestData.Require("dicom/sr/tid1500_ref.dcm");
        var csv = CliRunner.Run("dicom", "sr-dump", reference, "--format", "csv");
        var table = CliRunner.Run("dicom", "sr-dump", reference);
        var dumped = DsrdumpNum.Parse(DicomTools.Run("dsrdump", "+Pc", reference).StandardOutput);

        Assert.True(csv.ExitCode == 0, csv.Error);
        Assert.True(table.ExitCode == 0, table.Error);
        Assert.Contains("1 measurement group(s), 12 measurement(s)", table.Output);
        string[][] rows = Radiomics.IO.Csv.CsvReader.ReadAll(csv.Output).Skip(1).ToArray();
        Assert.Equal(12, dumped.Count);
        Assert.Equal(dumped.Count, rows.Length);
        for (int i = 0; i < rows.Length; i++)
        {
            Assert.Equal(dumped[i].Code, rows[i][7]);
            Assert.Equal(dumped[i].Scheme, rows[i][8]);
            Assert.Equal(dumped[i].NumericValue, rows[i][11]);
            Assert.Equal(dumped[i].Value, double.Parse(rows[i][10], CultureInfo.InvariantCulture));
            Assert.Equal(dumped[i].Unit, rows[i][13]);
        }
    }

    [Fact]
    public void SrDump_OfAFileThatIsNoReport_IsAnInputError()
    {
        var run = CliRunner.Run("dicom", "sr-dump", phantom.RtStruct);

        OneLine.AssertError(run, 1, "DCM_RS_00060.dcm", "TID 1500");
    }
}
