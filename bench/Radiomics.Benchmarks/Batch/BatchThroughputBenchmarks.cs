using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace Radiomics.Benchmarks.Batch;

/// <summary>
/// Whole-batch throughput (issue 7): equal cases run by <c>radiomics batch</c>, in process. Two jobs, each its own
/// process: <c>OneCore</c> starts with <c>DOTNET_PROCESSOR_COUNT=1</c> and pins every thread to the first core, so the
/// runtime sees one core exactly as under <c>taskset -c 0 radiomics batch</c> (every within-case loop runs on the
/// calling thread alone: fully single-threaded); <c>TwoCores</c> sees and uses both cores. The comparison is
/// <c>OneCore, Jobs=1</c> against <c>TwoCores, Jobs=2</c>; the target on a 2-core machine is a ratio ≥ 1.8.
/// <c>TwoCores, Jobs=1</c> is the default run (one case at a time, within-case loops on every core); <c>OneCore,
/// Jobs=2</c> shows what a second worker costs on one core. Both jobs run the same cases after the same warm-up (two
/// whole batches, so tiered compilation has finished re-compiling the hot methods before anything is measured), and
/// neither counts process start-up. Workloads: <c>original-16</c> and <c>original-64</c>, 16 and 64 × the IBSI CT
/// phantom with default settings (all classes, original image); <c>filtered-4</c>, 4 × the CT phantom with the parity
/// suite's ct-phantom-filters.params.yaml (1 mm B-spline resampling, LoG, wavelet and intensity transforms: 15 images);
/// <c>dicom-16</c>, 16 × the CT phantom as a DICOM series with its RTSTRUCT, default settings.
/// Every batch is a fresh run (new extractor, new voxel-buffer pool), so each worker's first case reads into fresh
/// memory; 64 cases show the rate a long batch settles at, 16 how much of it a short batch keeps. The benchmark process has the
/// runtime's default GC (workstation, concurrent), as the <c>radiomics</c> tool does.
/// Needs the shared test data (<c>$RADIOMICS_TESTDATA</c> or the repository's tests/data). Linux only (core pinning).
/// Run: <c>dotnet run -c Release --project bench/Radiomics.Benchmarks -- --filter '*BatchThroughput*'</c>.
/// </summary>
[Config(typeof(CoresConfig))]
public class BatchThroughputBenchmarks
{
    private string _folder = "";
    private string _caseList = "";
    private string[] _parameters = [];

    [Params("original-16", "original-64", "filtered-4", "dicom-16")]
    public string Workload { get; set; } = "original-16";

    [Params(1, 2)]
    public int Jobs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // The cores the runtime was told it has (DOTNET_PROCESSOR_COUNT), and no more.
        ProcessCores.Confine(Environment.ProcessorCount);
        (string image, string mask) = Workload.StartsWith("dicom", StringComparison.Ordinal)
            ? (BenchData.CtPhantomDicomSeries, BenchData.CtPhantomRtStruct)
            : (BenchData.CtPhantomImage, BenchData.CtPhantomMask);
        (int cases, _parameters) = Workload switch
        {
            "original-16" => (16, Array.Empty<string>()),
            "original-64" => (64, Array.Empty<string>()),
            "filtered-4" => (4, ["--params", BenchData.Path("pyradiomics-parity/ct-phantom-filters.params.yaml")]),
            "dicom-16" => (16, Array.Empty<string>()),
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

    /// <summary>The two jobs: the same measurement, one process seeing and using one core, one seeing and using two.</summary>
    private sealed class CoresConfig : ManualConfig
    {
        public CoresConfig()
        {
            Job measured = Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5);
            AddJob(measured.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_PROCESSOR_COUNT", "1")).WithId("OneCore"));
            AddJob(measured.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_PROCESSOR_COUNT", "2")).WithId("TwoCores"));
        }
    }
}
