using BenchmarkDotNet.Attributes;
using Radiomics.Configuration;
using Radiomics.Configuration.Keys;
using Radiomics.Extraction;
using Radiomics.Extraction.Voxel;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Benchmarks.Voxel;

/// <summary>
/// Voxel-based maps of one feature class on the IBSI CT phantom (125,256 ROI voxels, bin width 25, masked kernel), with
/// every core: preparation, discretisation and every kernel of the class. For a quicker figure use
/// `quick voxel` (<see cref="VoxelTimings"/>).
/// </summary>
[MemoryDiagnoser]
public class VoxelMapBenchmarks
{
    private ImageData _image = null!;
    private ImageData _mask = null!;
    private VoxelExtractor _extractor = null!;

    [Params("firstorder", "glcm", "glrlm", "glszm", "gldm", "ngtdm")]
    public string Family { get; set; } = "firstorder";

    [Params(1)]
    public int KernelRadius { get; set; } = 1;

    [GlobalSetup]
    public void Setup()
    {
        _image = ImageReader.Read(BenchData.CtPhantomImage);
        _mask = ImageReader.Read(BenchData.CtPhantomMask);
        ExtractionParameters parameters = PipelineParameters.Load(BenchData.Path("pyradiomics-parity/ct-phantom-original.params.yaml")) with
        {
            FeatureClasses = [new FeatureClassRequest(Family, null)],
            VoxelOverrides = [SettingOverride.Of("kernelRadius", ParameterValue.FromText(KernelRadius.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
        };
        _extractor = new VoxelExtractor(parameters);
    }

    [Benchmark]
    public int Maps()
    {
        int maps = 0;
        _extractor.Extract(_image, _mask, _ => maps++);
        return maps;
    }
}
