using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Radiomics.Benchmarks.Batch;

/// <summary>
/// Whole-batch throughput: 16 equal cases (the IBSI CT phantom, listed 16 times) run by <c>radiomics batch</c> with
/// one job (one case at a time, no within-case threads) and with two jobs. The target: two jobs ≥ 1.8× faster
/// on a 2-core machine. Needs the shared test data (<c>$RADIOMICS_TESTDATA</c> or ../shared/testdata).
/// Run: <c>dotnet run -c Release --project bench/Radiomics.Benchmarks -- --filter '*BatchThroughput*'</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class BatchThroughputBenchmarks
{
    private const int Cases = 16;
    private string _folder = "";
    private string _caseList = "";

    [Params(1, 2)]
    public int Jobs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string data = TestDataRoot();
        string image = Path.Combine(data, "ibsi1/ct_phantom/nifti/image/phantom.nii.gz");
        string mask = Path.Combine(data, "ibsi1/ct_phantom/nifti/mask/mask.nii.gz");
        if (!File.Exists(image))
        {
            throw new FileNotFoundException($"the IBSI CT phantom is needed: {image}");
        }

        _folder = Directory.CreateTempSubdirectory("radiomics-batch-bench-").FullName;
        _caseList = Path.Combine(_folder, "cases.csv");
        File.WriteAllLines(_caseList, ["ID,Image,Mask", .. Enumerable.Range(0, Cases).Select(i => $"case{i},{image},{mask}")]);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int Batch16CtPhantoms()
    {
        int code = Radiomics.Cli.Program.Run(
            ["batch", _caseList, "--out", Path.Combine(_folder, $"out-{Jobs}.csv"), "--jobs", Jobs.ToString(System.Globalization.CultureInfo.InvariantCulture), "--verbosity", "quiet"],
            TextWriter.Null, TextWriter.Null);
        return code == 0 ? code : throw new InvalidOperationException($"radiomics batch failed with exit code {code}");
    }

    private static string TestDataRoot()
    {
        if (Environment.GetEnvironmentVariable("RADIOMICS_TESTDATA") is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "global.json")))
        {
            directory = directory.Parent;
        }

        return Path.GetFullPath(Path.Combine(directory?.FullName ?? ".", "..", "shared", "testdata"));
    }
}
