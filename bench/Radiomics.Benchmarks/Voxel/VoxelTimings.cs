using System.Diagnostics;
using Radiomics.Configuration;
using Radiomics.Configuration.Keys;
using Radiomics.Extraction;
using Radiomics.Extraction.Voxel;
using Radiomics.IO;

namespace Radiomics.Benchmarks.Voxel;

/// <summary>
/// `dotnet run -c Release --project bench/Radiomics.Benchmarks -- quick voxel [radii] [classes|all] [features|-] [voxelBatch]`: wall time of the voxel
/// maps of each feature class on the IBSI CT phantom (125,256 ROI voxels, bin width 25, masked kernel), for kernel
/// radius 1, 2 and 3 by default, with every core, plus the process's peak working set.
/// </summary>
public static class VoxelTimings
{
    public static void Run(string[] args)
    {
        int[] radii = args.Length > 0 ? args[0].Split(',').Select(int.Parse).ToArray() : [1, 2, 3];
        string[] classes = args.Length > 1 ? args[1].Split(',') : ["firstorder", "glcm", "glrlm", "glszm", "gldm", "ngtdm"];
        string[]? features = args.Length > 2 && args[2] != "-" ? args[2].Split(',') : null;
        var image = ImageReader.Read(BenchData.CtPhantomImage);
        var mask = ImageReader.Read(BenchData.CtPhantomMask);
        ExtractionParameters parameters = PipelineParameters.Load(BenchData.Path("pyradiomics-parity/ct-phantom-original.params.yaml"));
        Console.WriteLine($"voxel maps, CT phantom, {Environment.ProcessorCount} cores");
        new VoxelExtractor(parameters).Extract(image, mask, _ => { }, ["firstorder_Mean", "glcm_Contrast"]); // warm-up (JIT)
        foreach (int radius in radii)
        {
            foreach (string family in classes)
            {
                var voxelSettings = new List<SettingOverride>
                {
                    SettingOverride.Of("kernelRadius", ParameterValue.FromText(radius.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                };
                if (args.Length > 3)
                {
                    voxelSettings.Add(SettingOverride.Of("voxelBatch", ParameterValue.FromText(args[3])));
                }

                var voxelParameters = parameters with
                {
                    FeatureClasses = family == "all" ? null : [new FeatureClassRequest(family, null)],
                    VoxelOverrides = voxelSettings,
                };
                var extractor = new VoxelExtractor(voxelParameters);
                var process = Process.GetCurrentProcess();
                TimeSpan cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                int maps = 0;
                double setup = 0, kernels = 0;
                extractor.Extract(image, mask, _ =>
                {
                    maps++;
                    kernels = kernels == 0 ? watch.Elapsed.TotalSeconds - setup : kernels;
                }, features, p =>
                {
                    if (p.Done == 0)
                    {
                        setup = watch.Elapsed.TotalSeconds;
                    }
                });
                Console.WriteLine($"radius {radius}  {family,-10} {maps,3} maps  {watch.Elapsed.TotalSeconds,8:F2} s  (preparation {setup:F2} s, kernels {kernels:F2} s)  CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds,7:F2} s");
            }
        }

        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB");
    }
}
