using BenchmarkDotNet.Attributes;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Benchmarks.Extraction;

/// <summary>
/// Issue 4's case: the IBSI CT phantom with 1 mm B-spline resampling and Original + LoG (σ 1, 3 mm) + Wavelet (8
/// sub-bands) + Square + SquareRoot + Logarithm + Exponential, all classes (15 image types, 1,409 features), as
/// PyRadiomics' ct-phantom-filters parameters run it, images already in memory. PyRadiomics 3.1 takes 11.6 s.
/// </summary>
[MemoryDiagnoser]
public class FilteredCaseBenchmarks
{
    private ImageData _image = null!;
    private ImageData _mask = null!;
    private RadiomicsExtractor _extractor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _image = ImageReader.Read(BenchData.CtPhantomImage);
        _mask = ImageReader.Read(BenchData.CtPhantomMask);
        ExtractionParameters parameters = PipelineParameters.Load(BenchData.Path("pyradiomics-parity/ct-phantom-filters.params.yaml"));
        _extractor = new RadiomicsExtractor(parameters with { Settings = parameters.Settings with { Output = new OutputSettings { AdditionalInfo = false } } });
    }

    [Benchmark]
    public FeatureResult Extract() => _extractor.Extract(_image, _mask);
}
