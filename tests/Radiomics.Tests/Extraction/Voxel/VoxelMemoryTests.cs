using System.Diagnostics;
using Radiomics.Configuration;
using Radiomics.Configuration.Keys;
using Radiomics.Extraction;
using Radiomics.Extraction.Voxel;
using Radiomics.IO;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Extraction.Voxel;

/// <summary>
/// Memory of a voxel-based extraction over a large ROI: every default map of the IBSI CT phantom (125,256 ROI voxels)
/// with kernel radius 2 keeps the process under 1 GB peak. Minutes of work on two cores, so it runs only when
/// RADIOMICS_LONG_TESTS=1 (the figure is also reported by `quick voxel` in bench/Radiomics.Benchmarks).
/// </summary>
public sealed class VoxelMemoryTests(ITestOutputHelper output)
{
    [Fact]
    public void CtPhantomRadius2_AllMaps_StayUnderOneGigabyte()
    {
        Assert.SkipUnless(Environment.GetEnvironmentVariable("RADIOMICS_LONG_TESTS") == "1", "set RADIOMICS_LONG_TESTS=1 to run");
        var parameters = PipelineParameters.Load(TestData.Require("pyradiomics-parity/ct-phantom-original.params.yaml")) with
        {
            VoxelOverrides = [SettingOverride.Of("kernelRadius", ParameterValue.FromText("2"))],
        };
        var image = ImageReader.Read(TestData.IbsiCtPhantomImage);
        var mask = ImageReader.Read(TestData.IbsiCtPhantomMask);
        int maps = 0;
        long roiVoxels = 0;
        var watch = Stopwatch.StartNew();
        new VoxelExtractor(parameters).Extract(image, mask, _ => maps++, progress: p => roiVoxels = p.Total,
            cancellation: TestContext.Current.CancellationToken);
        long peak = Process.GetCurrentProcess().PeakWorkingSet64;
        output.WriteLine($"{maps} maps over {roiVoxels} ROI voxels in {watch.Elapsed.TotalSeconds:F1} s, peak working set {peak / 1048576.0:F0} MiB");
        Assert.Equal(93, maps);
        Assert.True(roiVoxels >= 125_000);
        Assert.True(peak < 1L << 30, $"peak working set {peak / 1048576.0:F0} MiB");
    }
}
