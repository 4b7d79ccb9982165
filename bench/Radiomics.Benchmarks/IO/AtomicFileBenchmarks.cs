using BenchmarkDotNet.Attributes;
using Radiomics.IO;

namespace Radiomics.Benchmarks.IO;

/// <summary>
/// The cost of <see cref="AtomicFile"/>'s durability on a batch of small outputs (100 files of 2 KB, as a batch
/// journal writes one part per case): a plain write, a temporary file renamed into place without a flush, and
/// <see cref="AtomicFile.WriteAllText"/> (temporary, fsync, rename). The difference is the disk's flush latency.
/// </summary>
[MinColumn]
public class AtomicFileBenchmarks
{
    private const int Files = 100;
    private readonly string _text = new('x', 2048);
    private string _folder = null!;

    [GlobalSetup]
    public void Setup() => _folder = Directory.CreateTempSubdirectory("atomic-bench-").FullName;

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true)]
    public void PlainWrite()
    {
        for (int i = 0; i < Files; i++)
        {
            File.WriteAllText(Path.Combine(_folder, $"{i}.txt"), _text);
        }
    }

    [Benchmark]
    public void RenameWithoutFlush()
    {
        for (int i = 0; i < Files; i++)
        {
            string path = Path.Combine(_folder, $"{i}.txt");
            File.WriteAllText(path + ".tmp", _text);
            File.Move(path + ".tmp", path, overwrite: true);
        }
    }

    [Benchmark]
    public void AtomicDurable()
    {
        for (int i = 0; i < Files; i++)
        {
            AtomicFile.WriteAllText(Path.Combine(_folder, $"{i}.txt"), _text);
        }
    }
}
