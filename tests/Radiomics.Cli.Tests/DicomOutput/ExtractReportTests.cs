using System.Globalization;
using System.Text.Json;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Tests.Support;

namespace Radiomics.Cli.Tests.DicomOutput;

/// <summary>
/// <c>extract SERIES RTSTRUCT --roi GTV-1 --dicom-sr report.dcm</c> on the IBSI CT phantom: the SR and the SEG beside it
/// pass dciodvfy and DCMTK; every value in the SR is the value of the same extraction's JSON output; every instance they
/// reference is an input or the SEG written beside the SR.
/// </summary>
public sealed class ExtractReportTests(PhantomReportFixture phantom) : IClassFixture<PhantomReportFixture>
{
    [Fact]
    public void Extract_WithDicomSr_WritesTheSrAndTheSegOfTheRtStructRoi()
    {
        Assert.True(phantom.Run.ExitCode == 0, phantom.Run.Error);
        Assert.Contains("report.dcm (107 measurements; ROI in ", phantom.Run.Error);
        Assert.True(File.Exists(phantom.Segmentation));
    }

    [Fact]
    public void ReportAndSeg_HaveNoDciodvfyErrors_AndDcmtkReadsThem()
    {
        foreach (string file in new[] { phantom.Report, phantom.Segmentation })
        {
            var (errors, _) = DicomTools.Validate(file);
            Assert.Empty(errors);
        }

        DicomTools.Output dump = DicomTools.Run("dsrdump", "+Pc", phantom.Report);
        Assert.Equal(0, dump.ExitCode);
        Assert.Equal(string.Empty, dump.StandardError.Trim());
        Assert.Equal(107, DsrdumpNum.Parse(dump.StandardOutput).Count);
        Assert.Equal(0, DicomTools.Run("dcmdump", "-q", phantom.Segmentation).ExitCode);
    }

    /// <summary>
    /// Read back through <c>radiomics dicom sr-dump --format json</c>: one measurement per JSON feature, its Floating
    /// Point Value the very double of the JSON, its Decimal String that double's shortest form when it fits in 16
    /// characters, else within half a unit of its last digit of the exact binary value.
    /// </summary>
    [Fact]
    public void EveryValueInTheSr_IsTheJsonValueOfTheSameExtraction()
    {
        IReadOnlyDictionary<string, double> expected = phantom.JsonFeatures();
        var (code, output, error) = CliRunner.Run("dicom", "sr-dump", phantom.Report, "--format", "json");
        Assert.True(code == 0, error);
        using JsonDocument dump = JsonDocument.Parse(output);
        var measurements = dump.RootElement.GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("measurements").EnumerateArray()).ToList();

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), measurements.Select(m => m.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
        foreach (JsonElement m in measurements)
        {
            string name = m.GetProperty("name").GetString()!;
            double value = expected[name];
            Assert.True(value == m.GetProperty("floatingPointValue").GetDouble(), name);
            string ds = m.GetProperty("numericValue").GetString()!;
            Assert.True(ds.Length <= 16, $"{name}: '{ds}'");
            string shortest = value.ToString("R", CultureInfo.InvariantCulture);
            Assert.True(shortest.Length <= 16 ? double.Parse(ds, CultureInfo.InvariantCulture) == value : DecimalStringOracle.WithinHalfUnit(value, ds),
                $"{name}: {shortest} is written '{ds}'");
        }
    }

    [Fact]
    public void EveryReferencedInstance_IsAnInputOrTheSegBesideTheSr()
    {
        HashSet<string> inputs = DicomReferences.InstancesIn(phantom.DicomImage, phantom.RtStruct);
        string segInstance = DicomFile.ReadHeader(phantom.Segmentation).Dataset.GetString(DicomTags.SopInstanceUid)!;
        HashSet<string> fromSr = DicomReferences.ReferencedInstances(phantom.Report), fromSeg = DicomReferences.ReferencedInstances(phantom.Segmentation);

        Assert.Contains(segInstance, fromSr);
        Assert.Empty(fromSr.Except(inputs).Except([segInstance]));
        Assert.Empty(fromSeg.Except(inputs));
        string rtStructInstance = DicomFile.ReadHeader(phantom.RtStruct).Dataset.GetString(DicomTags.SopInstanceUid)!;
        Assert.Contains(rtStructInstance, fromSr); // listed as evidence
        Assert.Equal(60 + 2, fromSr.Count); // every CT slice, the SEG and the RTSTRUCT
    }
}
