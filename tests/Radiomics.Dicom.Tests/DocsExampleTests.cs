using Radiomics.Configuration;
using Radiomics.Dicom.Series;
using Radiomics.Dicom.Sr;
using Radiomics.Dicom.Tests.Support;
using Radiomics.Dicom.Writing;
using Radiomics.Extraction;
using Radiomics.Imaging;
using Radiomics.Tests.Support;

namespace Radiomics.Dicom.Tests;

/// <summary>The worked example of docs/dicom-sr.md, as written there (paths under the test data and a temporary folder).</summary>
public sealed class DocsExampleTests
{
    [Fact]
    public void WorkedExample_WritesThe107DefaultFeaturesAndTheSegBeside()
    {
        using var temp = new TempFolder();
        string folder = TestData.Require("ibsi1/ct_phantom/dicom");
        string reportPath = temp.Sub("report.dcm");

        // ---- as in docs/dicom-sr.md ("A worked example with the library"), keep in step with it
        DicomSeries series = DicomSeriesLoader.Load($"{folder}/image");
        string rtStruct = $"{folder}/mask/DCM_RS_00060.dcm";
        ImageData mask = DicomInput.LoadMask(rtStruct, series, roiName: "GTV-1");

        ExtractionParameters parameters = ExtractionParameters.Default;
        FeatureResult features = new RadiomicsExtractor(parameters).Extract(series.Image, mask);

        var roi = RoiFeatures.Of(MaskRoi.FromRtStruct(rtStruct, "GTV-1", new Volume<byte>(mask.Geometry, (byte[])mask.Voxels)), features);
        var request = new DicomReportRequest(series, [roi], ReportAlgorithm.From(parameters));
        DicomReportExport export = DicomReportExporter.Export(reportPath, request,
            new DicomWriteOptions { UidSeed = "ibsi-ct-phantom", ContentDateTime = new DateTime(2026, 1, 1, 12, 0, 0) });

        MeasurementReportContent report = MeasurementReportReader.Read(reportPath);
        string table = MeasurementReportTable.ToTsv(report);
        // ----

        Assert.Equal(107, export.Report.MeasurementCount);
        Assert.Equal(temp.Sub("report.seg.dcm"), export.Segmentation!.Path);
        Assert.Equal(108, table.TrimEnd('\n').Split('\n').Length);
    }
}
