using System.Globalization;
using Radiomics.Dicom.Coding;
using Radiomics.Dicom.Listing;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Sr;
using Radiomics.Dicom.Tests.Support;
using Radiomics.Dicom.Writing;
using Radiomics.Tests.Support;

namespace Radiomics.Dicom.Tests;

/// <summary>
/// <see cref="MeasurementReportReader"/> on the TID 1500 report DCMTK wrote (tests/data/dicom/sr), on ours re-encoded
/// by DCMTK in implicit VR, on values without a number, and the listing of a folder with an SR and a SEG.
/// </summary>
public sealed class MeasurementReportReaderTests
{
    private const string Reference = "dicom/sr/tid1500_ref.dcm";

    /// <summary>The IBSI tag of each concept of the DCMTK report (README of tests/data/dicom/sr); config_C.csv is read from its end (its family column may hold commas).</summary>
    private static string IbsiTag(CodedConcept concept) => concept switch
    {
        { Value: "118565006", Scheme: "SCT" } => "morph_volume",
        { Value: "TU9B" } => "cm_joint_entr_3D_avg",
        _ => FeatureConceptCatalog.All().Where(c => FeatureConceptCatalog.IbsiFamilies.Any(f => f.Name == c.Family))
            .First(c => c.Concept.Matches(concept)).OutputName,
    };

    [Fact]
    public void Read_DcmtkReference_GivesItsTwelveMeasurementsWithTheIbsiReferenceValues()
    {
        var reference = File.ReadLines(TestData.Require("ibsi1/reference_values/config_C.csv")).Skip(1)
            .Select(l => l.Split(',')).Where(c => double.TryParse(c[^6], CultureInfo.InvariantCulture, out _))
            .ToDictionary(c => c[^1], c => double.Parse(c[^6], CultureInfo.InvariantCulture));

        MeasurementReportContent report = MeasurementReportReader.Read(TestData.Require(Reference));

        ReportMeasurementGroup group = Assert.Single(report.Groups);
        Assert.Equal(12, group.Measurements.Count);
        Assert.Equal("GTV-1", group.TrackingIdentifier);
        Assert.Equal(1, group.SegmentNumber);
        Assert.True(DicomCodes.Mass.Matches(group.Finding));
        Assert.Equal(DicomFile.ReadHeader(TestData.Require("dicom/sr/ibsi_ct_phantom_seg.dcm")).Dataset.GetString(DicomTags.SopInstanceUid), group.SegmentationSopInstanceUid);
        Assert.Equal(DicomFile.ReadHeader(Directory.GetFiles(TestData.Require("ibsi1/ct_phantom/dicom/image"))[0]).Dataset.GetString(DicomTags.SeriesInstanceUid),
            group.SourceSeriesInstanceUid);
        Assert.Equal(61, report.Evidence.Count);
        Assert.Equal("1500", report.TemplateIdentifier);
        foreach (ReportMeasurement m in group.Measurements)
        {
            Assert.Equal(reference[IbsiTag(m.Concept)], m.Value);
            Assert.Null(m.FloatingPointValue);
            Assert.Equal("IBSI consensus (configuration C)", m.AlgorithmName);
            Assert.Equal("UCUM", m.Unit!.Scheme);
        }
    }

    [Fact]
    public void Read_DcmtkReference_AgreesWithDsrdump()
    {
        string path = TestData.Require(Reference);

        var dumped = DsrdumpNum.Parse(DicomTools.Run("dsrdump", "+Pc", path).StandardOutput);
        var read = MeasurementReportReader.Read(path).Groups.SelectMany(g => g.Measurements).ToList();

        Assert.Equal(12, dumped.Count);
        Assert.Equal(dumped.Select(d => (d.Code, d.Scheme, d.NumericValue, d.Unit)), read.Select(m => (m.Concept.Value, m.Concept.Scheme, m.NumericValue!, m.Unit!.Value)));
    }

    [Fact]
    public void ToTsv_DcmtkReference_HasAHeaderAndARowPerMeasurement()
    {
        string tsv = MeasurementReportTable.ToTsv(MeasurementReportReader.Read(TestData.Require(Reference)));

        string[] lines = tsv.TrimEnd('\n').Split('\n');
        Assert.Equal(13, lines.Length);
        Assert.Equal(string.Join('\t', MeasurementReportTable.Columns), lines[0]);
        Assert.Contains("\tQ4LE\t99IBSI\tMean\t-49\t-49\t\t[hnsf'U]\tHounsfield unit\t", lines[5], StringComparison.Ordinal);
    }

    /// <summary>Our report, re-encoded by dcmconv in implicit VR with explicit sequence lengths, reads back the same.</summary>
    [Fact]
    public void Read_OurReportInImplicitVrWithDefinedLengths_ReadsTheSame()
    {
        using var temp = new TempFolder();
        PhantomCase phantom = PhantomCase.Get();
        var roi = RoiFeatures.Of(new SegSegmentRoi(TestData.Require("dicom/sr/ibsi_ct_phantom_seg.dcm"), 1), phantom.Features);
        string path = temp.Sub("report.dcm"), implicitPath = temp.Sub("implicit.dcm");
        DicomReportExporter.Export(path, new DicomReportRequest(phantom.Series, [roi], ReportAlgorithm.From(phantom.Parameters)));
        Assert.Equal(0, DicomTools.Run("dcmconv", "+ti", "+e", path, implicitPath).ExitCode);

        string expected = MeasurementReportTable.ToTsv(MeasurementReportReader.Read(path));
        string actual = MeasurementReportTable.ToTsv(MeasurementReportReader.Read(implicitPath));

        Assert.Equal(TransferSyntax.ImplicitVrLittleEndian, DicomFile.ReadHeader(implicitPath).TransferSyntax);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Export_ExistingSegSegment_ReferencesItAndListsItAsEvidence()
    {
        using var temp = new TempFolder();
        PhantomCase phantom = PhantomCase.Get();
        string segPath = TestData.Require("dicom/sr/ibsi_ct_phantom_seg.dcm");
        var roi = RoiFeatures.Of(new SegSegmentRoi(segPath, 1), phantom.Features);

        DicomReportExport export = DicomReportExporter.Export(temp.Sub("report.dcm"), new DicomReportRequest(phantom.Series, [roi], ReportAlgorithm.From(phantom.Parameters)));

        Assert.Null(export.Segmentation);
        Assert.False(File.Exists(DicomReportExporter.SegmentationPathFor(export.Report.Path)));
        string segUid = DicomFile.ReadHeader(segPath).Dataset.GetString(DicomTags.SopInstanceUid)!;
        MeasurementReportContent read = MeasurementReportReader.Read(export.Report.Path);
        Assert.All(read.Groups, g => Assert.Equal(segUid, g.SegmentationSopInstanceUid));
        Assert.Contains(read.Evidence, e => e.SopInstanceUid == segUid && e.SopClassUid == DicomSopClasses.Segmentation);
        Assert.Equal(61, read.Evidence.Count);
        Assert.Empty(DicomTools.Validate(export.Report.Path).Errors);
    }

    [Fact]
    public void Write_NonFiniteValuesAndNonFeatures_AreQualifiedAndSkipped()
    {
        using var temp = new TempFolder();
        PhantomCase phantom = PhantomCase.Get();
        string segPath = TestData.Require("dicom/sr/ibsi_ct_phantom_seg.dcm");
        KeyValuePair<string, double>[] features =
        [
            new("original_firstorder_Mean", double.NaN), new("original_firstorder_Maximum", double.PositiveInfinity),
            new("original_firstorder_Minimum", double.NegativeInfinity), new("stat_mean", -49.0), new("img_dim_x_init_img", 204),
            new("cm_joint_entr_3D_avg", 6.39),
        ];
        var report = new MeasurementReport(phantom.Series, [new RoiMeasurements(SegmentReference.FromFile(segPath, 1), features)], ReportAlgorithm.RadiomicsNet("0"));

        SrWriteResult result = MeasurementReportWriter.Write(temp.Sub("report.dcm"), report);

        Assert.Equal(["img_dim_x_init_img"], result.SkippedNames);
        var read = MeasurementReportReader.Read(result.Path).Groups.SelectMany(g => g.Measurements).ToDictionary(m => m.EquivalentName!);
        Assert.True(double.IsNaN(read["original_firstorder_Mean"].Value));
        Assert.True(DicomCodes.NotANumber.Matches(read["original_firstorder_Mean"].Qualifier));
        Assert.Equal(double.PositiveInfinity, read["original_firstorder_Maximum"].Value);
        Assert.Equal(double.NegativeInfinity, read["original_firstorder_Minimum"].Value);
        Assert.Null(read["original_firstorder_Minimum"].NumericValue);
        Assert.Equal(new CodedConcept("cm_joint_entr_3D_avg", FeatureConceptCatalog.PrivateScheme, "IBSI cm joint entr 3D avg"), read["cm_joint_entr_3D_avg"].Concept);
        Assert.Empty(DicomTools.Validate(result.Path).Errors);
    }

    [Fact]
    public void Write_OnlyNonFeatures_IsRefused()
    {
        using var temp = new TempFolder();
        PhantomCase phantom = PhantomCase.Get();
        var roi = new RoiMeasurements(SegmentReference.FromFile(TestData.Require("dicom/sr/ibsi_ct_phantom_seg.dcm"), 1), [new("img_dim_x_init_img", 204)]);

        var e = Assert.Throws<DicomWriteException>(() => MeasurementReportWriter.Write(temp.Sub("r.dcm"), new MeasurementReport(phantom.Series, [roi], ReportAlgorithm.RadiomicsNet("0"))));

        Assert.Contains("nothing to report", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Sub("r.dcm")));
    }

    [Fact]
    public void List_FolderWithReportAndSeg_DescribesBoth()
    {
        using var temp = new TempFolder();
        PhantomCase phantom = PhantomCase.Get();
        var roi = RoiFeatures.Of(MaskRoi.FromRtStruct(phantom.RtStructPath, "GTV-1", phantom.Mask), phantom.Features);
        DicomReportExport export = DicomReportExporter.Export(temp.Sub("report.dcm"), new DicomReportRequest(phantom.Series, [roi], ReportAlgorithm.From(phantom.Parameters)));

        DicomListing listing = DicomInput.List(temp.Path);

        ReportSummary report = Assert.Single(listing.Reports);
        Assert.Equal(("SR", "Radiomics features", "Imaging Measurement Report", "1500"), (report.Modality, report.Description, report.Title, report.TemplateIdentifier));
        Assert.Equal((2, export.Report.MeasurementCount), (report.GroupCount, report.MeasurementCount));
        Assert.Equal([phantom.Series.SeriesInstanceUid], report.ReferencedSeriesUids);
        SegmentationSummary seg = Assert.Single(listing.Segmentations);
        Assert.Equal("Radiomics ROIs", seg.Description);
        Assert.Equal("GTV-1", Assert.Single(seg.Segments).Label);
        Assert.Empty(listing.Notes);
    }
}
