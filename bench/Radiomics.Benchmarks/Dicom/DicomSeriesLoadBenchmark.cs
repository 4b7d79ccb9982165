using BenchmarkDotNet.Attributes;
using Microsoft.Win32.SafeHandles;
using Radiomics.Dicom.Series;

namespace Radiomics.Benchmarks.Dicom;

/// <summary>
/// Loading a 512×512×300 uncompressed CT series (header scan, sort, checks, pixel bytes read into the volume and
/// rescaled there) against merely reading the same files' bytes (File.ReadAllBytes of each, the baseline, and the
/// bare I/O floor of reading them into one reused buffer). Target: within 1.5× of the raw read. 12 stored bits give an Int16 volume (as big as the files' pixel data), 16 an Int32 one (twice as big).
/// </summary>
[MemoryDiagnoser]
public class DicomSeriesLoadBenchmark
{
    private string _folder = string.Empty;
    private string[] _files = [];
    private long _totalBytes;

    [Params(300)]
    public int Slices { get; set; }

    [Params(12, 16)]
    public int BitsStored { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"radiomics-dicom-bench-{Slices}-{BitsStored}");
        if (!Directory.Exists(_folder) || Directory.GetFiles(_folder).Length != Slices)
        {
            SyntheticCtSeries.Write(_folder, 512, 512, Slices, BitsStored);
        }

        _files = Directory.GetFiles(_folder);
        _totalBytes = _files.Sum(f => new FileInfo(f).Length);
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

    /// <summary>The bare I/O floor: every file read into one reused buffer (no allocation, no parsing).</summary>
    [Benchmark]
    public long ReadIntoOneBuffer()
    {
        long total = 0;
        byte[] buffer = new byte[1 << 20];
        foreach (string file in _files)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
            }
        }

        return total;
    }

    /// <summary>
    /// The honest baseline: every file's bytes read into one array big enough for all of them, allocated per call
    /// (its size known beforehand; not zeroed, so the reads are its first touch), as the loader allocates its volume. Target: within 1.5× of this.
    /// </summary>
    [Benchmark]
    public long ReadIntoPreallocated()
    {
        byte[] all = GC.AllocateUninitializedArray<byte>(checked((int)_totalBytes));
        long total = 0;
        foreach (string file in _files)
        {
            using SafeFileHandle handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
            long offset = 0;
            int read;
            while ((read = RandomAccess.Read(handle, all.AsSpan((int)(total + offset)), offset)) > 0)
            {
                offset += read;
            }

            total += offset;
        }

        return total;
    }

    [Benchmark]
    public long LoadSeries() => DicomSeriesLoader.Load(_folder).Image.Geometry.VoxelCount;
}
