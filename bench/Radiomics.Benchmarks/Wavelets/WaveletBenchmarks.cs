using BenchmarkDotNet.Attributes;
using Radiomics.Configuration;
using Radiomics.Filters.Wavelets;
using Radiomics.Imaging;

namespace Radiomics.Benchmarks.Wavelets;

/// <summary>PyRadiomics' default Wavelet image type: level-1 coif1 swt, all 8 sub-bands, on a 100×100×60 volume.</summary>
[MemoryDiagnoser]
public class WaveletBenchmarks
{
    private Volume<double> _image = null!;
    private readonly RadiomicsSettings _settings = RadiomicsSettings.Default with { Filters = new FilterSettings { Wavelet = "coif1" } };

    [GlobalSetup]
    public void Setup()
    {
        var size = new Size3(100, 100, 60);
        _image = new Volume<double>(ImageGeometry.Unit(size));
        var random = new Random(7);
        Span<double> voxels = _image.Voxels;
        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] = random.NextDouble() * 1000;
        }
    }

    [Benchmark]
    public double Coif1Level1AllSubBands()
    {
        double checksum = 0;
        foreach ((string _, Volume<double> band) in WaveletImages.Produce(_image, _settings))
        {
            checksum += band.Voxels[band.Length / 2];
        }

        return checksum;
    }
}
