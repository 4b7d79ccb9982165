using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Radiomics.Benchmarks.Batch;

/// <summary>
/// Whole-batch throughput (issue 7): equal cases run by <c>radiomics batch</c>, in process. The comparison is
/// <c>Cores=1, Jobs=1</c> (the process confined to one core: one case at a time, and the within-case parallel loops
/// of texture, filters and resampling run one part after another, i.e. single-threaded work) against
/// <c>Cores=2, Jobs=2</c>; the target on a 2-core machine is a ratio ≥ 1.8. <c>Cores=2, Jobs=1</c> is the default
/// run (one case at a time, within-case threads on every core); <c>Cores=1, Jobs=2</c> shows what two workers cost on
/// one core (hand-overs, two cases' memory). Workloads: <c>original</c>, 16 × the IBSI CT phantom with default
/// settings (all classes, original image); <c>filtered</c>, 4 × the CT phantom with the parity suite's
/// ct-phantom-filters.params.yaml (1 mm B-spline resampling, LoG, wavelet and intensity transforms: 15 images).
/// Needs the shared test data (<c>$RADIOMICS_TESTDATA</c> or ../shared/testdata). Linux only (core confinement).
/// Run: <c>dotnet run -c Release --project bench/Radiomics.Benchmarks -- --filter '*BatchThroughput*'</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class BatchThroughputBenchmarks
{
    private string _folder = "";
    private string _caseList = "";
    private string[] _parameters = [];

    [Params("original", "filtered")]
    public string Workload { get; set; } = "original";

    [Params(1, 2)]
    public int Cores { get; set; }

    [Params(1, 2)]
    public int Jobs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ProcessCores.Confine(Cores);
        string image = BenchData.CtPhantomImage;
        string mask = BenchData.CtPhantomMask;
        (int cases, _parameters) = Workload switch
        {
            "original" => (16, Array.Empty<string>()),
            "filtered" => (4, ["--params", BenchData.Path("pyradiomics-parity/ct-phantom-filters.params.yaml")]),
            _ => throw new InvalidOperationException($"unknown workload '{Workload}'"),
        };

        _folder = Directory.CreateTempSubdirectory("radiomics-batch-bench-").FullName;
        _caseList = Path.Combine(_folder, "cases.csv");
        File.WriteAllLines(_caseList, ["ID,Image,Mask", .. Enumerable.Range(0, cases).Select(i => $"case{i},{image},{mask}")]);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Directory.Delete(_folder, recursive: true);
        ProcessCores.Confine(Environment.ProcessorCount);
    }

    [Benchmark]
    public int Batch()
    {
        string[] arguments =
        [
            "batch", _caseList, .. _parameters, "--out", Path.Combine(_folder, "out.csv"),
            "--jobs", Jobs.ToString(CultureInfo.InvariantCulture), "--verbosity", "quiet",
        ];
        int code = Radiomics.Cli.Program.Run(arguments, TextWriter.Null, TextWriter.Null);
        return code == 0 ? code : throw new InvalidOperationException($"radiomics batch failed with exit code {code}");
    }
}
