using BenchmarkDotNet.Attributes;
using Radiomics.Dicom.Series;

namespace Radiomics.Benchmarks.Dicom;

/// <summary>
/// Loading a 512×512×300 uncompressed CT series (sort, checks, rescale into one Int16 volume) against merely reading
/// the same files' bytes (File.ReadAllBytes of each). Target: within 1.5× of the raw read.
/// </summary>
[MemoryDiagnoser]
public class DicomSeriesLoadBenchmark
{
    private string _folder = string.Empty;
    private string[] _files = [];

    [Params(300)]
    public int Slices { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"radiomics-dicom-bench-{Slices}");
        if (!Directory.Exists(_folder) || Directory.GetFiles(_folder).Length != Slices)
        {
            SyntheticCtSeries.Write(_folder, 512, 512, Slices);
        }

        _files = Directory.GetFiles(_folder);
    }

    [Benchmark(Baseline = true)]
    public long ReadAllBytes()
    {
        long total = 0;
        foreach (string file in _files)
        {
            total += File.ReadAllBytes(file).Length;
        }

        return total;
    }

    [Benchmark]
    public long LoadSeries() => DicomSeriesLoader.Load(_folder).Image.Geometry.VoxelCount;
}
