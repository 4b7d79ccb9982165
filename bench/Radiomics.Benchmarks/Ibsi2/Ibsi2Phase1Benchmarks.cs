using BenchmarkDotNet.Attributes;
using Radiomics.Filters.Ibsi2;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Benchmarks.Ibsi2;

/// <summary>
/// One IBSI 2 phase-1 response map (64³ phantom) per configuration, single-threaded. Needs the shared test data
/// ($RADIOMICS_TESTDATA or the repository's tests/data). Run one id with
/// <c>--filter '*Ibsi2Phase1Benchmarks*' --job short</c> (each id is a parameter).
/// </summary>
[MemoryDiagnoser]
public class Ibsi2Phase1Benchmarks
{
    private Ibsi2Phase1Configuration _configuration = null!;
    private Volume<double> _phantom = null!;

    public static IEnumerable<string> Ids => Ibsi2Phase1.Configurations.Select(c => c.Id);

    [ParamsSource(nameof(Ids))]
    public string Id { get; set; } = "1_a_1";

    [GlobalSetup]
    public void Setup()
    {
        _configuration = Ibsi2Phase1.Get(Id);
        ImageData data = ImageReader.Read(Path.Combine(DataRoot(), "ibsi2", _configuration.PhantomPath));
        var bytes = (byte[])data.Voxels;
        _phantom = new Volume<double>(data.Geometry);
        for (int i = 0; i < bytes.Length; i++)
        {
            _phantom.Voxels[i] = bytes[i];
        }
    }

    [Benchmark]
    public Volume<double> ResponseMap() => Ibsi2Phase1.Compute(_configuration, _phantom, FilterExecution.SingleThreaded);

    private static string DataRoot()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("RADIOMICS_TESTDATA");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "global.json")))
        {
            directory = directory.Parent;
        }

        return Path.GetFullPath(Path.Combine(directory?.FullName ?? ".", "tests", "data"));
    }
}
