using BenchmarkDotNet.Attributes;
using Radiomics.Configuration;
using Radiomics.Filters.LaplacianOfGaussian;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing.Resampling;

namespace Radiomics.Benchmarks.Filters;

/// <summary>
/// IBSI CT phantom (204×201×60, float32): 1 mm isotropic B-spline resampling as PyRadiomics' ct-phantom-filters
/// run does it, and the LoG (σ = 1, 3 mm) on the resampled crop (110×109×90). Single-threaded and with every core.
/// Data: $RADIOMICS_TESTDATA or the repository's tests/data.
/// </summary>
[MemoryDiagnoser]
public class FilterBenchmarks
{
    private Volume<double> _image = null!;
    private Volume<byte> _mask = null!;
    private VoxelType _type;
    private ResampledImageAndMask _resampled = null!;
    private readonly RadiomicsSettings _settings = RadiomicsSettings.Default with { Resampling = new ResamplingSettings { Spacing = [1.0, 1.0, 1.0] } };

    [Params(1, -1)]
    public int Threads { get; set; }

    private ParallelOptions Parallel => new() { MaxDegreeOfParallelism = Threads };

    [GlobalSetup]
    public void Setup()
    {
        string root = Environment.GetEnvironmentVariable("RADIOMICS_TESTDATA") ?? FindTestData();
        ImageData image = ImageReader.Read(Path.Combine(root, "ibsi1/ct_phantom/nifti/image/phantom.nii.gz"));
        ImageData mask = ImageReader.Read(Path.Combine(root, "ibsi1/ct_phantom/nifti/mask/mask.nii.gz"));
        _image = image.ToDoubleVolume();
        _mask = mask.ToBinaryMask(1);
        _type = image.VoxelType;
        _resampled = Resampler.ResampleImageAndMask(_image, _mask, _settings, _type);
    }

    [Benchmark]
    public ResampledImageAndMask BSplineResampleTo1mm() => Resampler.ResampleImageAndMask(_image, _mask, _settings, _type, Parallel);

    [Benchmark]
    public Volume<double> LoGSigma1() => LaplacianOfGaussianFilter.Apply(_resampled.Image, 1.0, Parallel);

    [Benchmark]
    public Volume<double> LoGSigma3() => LaplacianOfGaussianFilter.Apply(_resampled.Image, 3.0, Parallel);

    private static string FindTestData()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "global.json")))
        {
            directory = directory.Parent;
        }

        return Path.GetFullPath(Path.Combine(directory?.FullName ?? ".", "tests", "data"));
    }
}
