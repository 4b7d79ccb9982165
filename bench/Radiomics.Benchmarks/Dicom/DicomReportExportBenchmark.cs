using BenchmarkDotNet.Attributes;
using Radiomics.Configuration;
using Radiomics.Dicom;
using Radiomics.Dicom.Series;
using Radiomics.Dicom.Sr;
using Radiomics.Dicom.Writing.Seg;
using Radiomics.Extraction;
using Radiomics.Imaging;

namespace Radiomics.Benchmarks.Dicom;

/// <summary>
/// Writing the DICOM output of one CT case beside its extraction: the IBSI CT phantom (60 slices of 204×201), its
/// RTSTRUCT ROI rasterised, PyRadiomics' default features of the original image (107). <see cref="SrAndSeg"/> is what
/// <c>radiomics extract … --dicom-sr</c> adds to an extraction (source headers read, SEG beside the SR written, SR
/// written); the two others split it. Target: SR + SEG ≤ 50 ms.
/// </summary>
[MemoryDiagnoser]
public class DicomReportExportBenchmark
{
    private DicomSeries _series = null!;
    private Volume<byte> _mask = null!;
    private FeatureResult _features = null!;
    private ReportAlgorithm _algorithm = null!;
    private string _folder = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _series = DicomSeriesLoader.Load(BenchData.CtPhantomDicomSeries);
        ImageData mask = DicomInput.LoadMask(BenchData.CtPhantomRtStruct, _series, roiName: "GTV-1");
        _mask = new Volume<byte>(mask.Geometry, (byte[])mask.Voxels);
        _features = new RadiomicsExtractor(ExtractionParameters.Default).Extract(_series.Image, mask);
        _algorithm = ReportAlgorithm.From(ExtractionParameters.Default);
        _folder = Path.Combine(Path.GetTempPath(), "radiomics-dicom-export-bench");
        Directory.CreateDirectory(_folder);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>SR (TID 1500) and the SEG of the RTSTRUCT ROI beside it.</summary>
    [Benchmark(Baseline = true)]
    public int SrAndSeg()
    {
        var roi = RoiFeatures.Of(MaskRoi.FromRtStruct(BenchData.CtPhantomRtStruct, "GTV-1", _mask), _features);
        return DicomReportExporter.Export(Path.Combine(_folder, "report.dcm"), new DicomReportRequest(_series, [roi], _algorithm)).Report.MeasurementCount;
    }

    /// <summary>The SEG alone (source headers read, frames packed, file written).</summary>
    [Benchmark]
    public int SegOnly() =>
        DicomSegWriter.Write(Path.Combine(_folder, "gtv.seg.dcm"), _series, [new SegmentMask(SegmentDefinition.Lesion("GTV-1"), _mask)]).Segments.Count;

    /// <summary>The SR alone, referencing an existing SEG.</summary>
    [Benchmark]
    public int SrOnly()
    {
        var roi = RoiFeatures.Of(new SegSegmentRoi(BenchData.Path("dicom/sr/ibsi_ct_phantom_seg.dcm"), 1), _features);
        return DicomReportExporter.Export(Path.Combine(_folder, "sr-only.dcm"), new DicomReportRequest(_series, [roi], _algorithm)).Report.MeasurementCount;
    }
}
