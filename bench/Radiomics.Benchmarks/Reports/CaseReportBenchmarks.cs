using BenchmarkDotNet.Attributes;
using Radiomics.Analysis.Reports;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Benchmarks.Reports;

/// <summary>
/// The report's per-case work on the IBSI CT phantom (default settings): drawing the case (ROI location, six views,
/// thumbnail, histogram, warnings) and the whole single-case page; and the extraction with the report's recorder
/// against without (the hook's cost: the recorder's copies and buffers not reused while it is attached).
/// Run: <c>dotnet run -c Release --project bench/Radiomics.Benchmarks -- --filter '*CaseReportBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class CaseReportBenchmarks
{
    private ImageData _image = null!;
    private ImageData _mask = null!;
    private RadiomicsExtractor _extractor = null!;
    private CaseReportData _data = null!;

    [GlobalSetup]
    public void Setup()
    {
        _image = ImageReader.Read(BenchData.CtPhantomImage);
        _mask = ImageReader.Read(BenchData.CtPhantomMask);
        _extractor = new RadiomicsExtractor(ExtractionParameters.Default);
        var recorder = new CaseReportRecorder();
        FeatureResult result = _extractor.Extract(_image, _mask, null, null, recorder.Inspect);
        _data = new CaseReportData("phantom", _image, _mask, result.Entries) { Recorded = recorder.Recorded };
    }

    [Benchmark]
    public CaseReport DrawCase() => CaseReportBuilder.Build(_data);

    [Benchmark]
    public int SingleCasePage() => HtmlReportWriter.Render(new ReportDocument("phantom", [CaseReportBuilder.Build(_data)])).Length;

    [Benchmark(Baseline = true)]
    public FeatureResult Extract() => _extractor.Extract(_image, _mask);

    [Benchmark]
    public FeatureResult ExtractWithRecorder() => _extractor.Extract(_image, _mask, null, null, new CaseReportRecorder().Inspect);
}
