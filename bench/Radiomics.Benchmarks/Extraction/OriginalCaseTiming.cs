using System.Diagnostics;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.IO;
using Radiomics.Imaging;

namespace Radiomics.Benchmarks.Extraction;

/// <summary>
/// `quick original [filtered]`: the Original (or, with `filtered`, the 15-image-type) CT-phantom whole case alone, run after run: wall and process CPU time (min,
/// median), minor page faults and bytes allocated per extraction, and the GCs the runs caused.
/// </summary>
public static class OriginalCaseTiming
{
    public static void Run(int runs = 61)
    {
        bool filtered = Environment.GetCommandLineArgs().Contains("filtered");
        runs = filtered ? 9 : runs;
        ImageData image = ImageReader.Read(BenchData.CtPhantomImage);
        ImageData mask = ImageReader.Read(BenchData.CtPhantomMask);
        ExtractionParameters parameters = PipelineParameters.Load(BenchData.Path(filtered ? "pyradiomics-parity/ct-phantom-filters.params.yaml" : "pyradiomics-parity/ct-phantom-original.params.yaml"));
        parameters = parameters with { Settings = parameters.Settings with { Output = new OutputSettings { AdditionalInfo = false } } };
        var extractor = new RadiomicsExtractor(parameters);
        for (int i = 0; i < (filtered ? 2 : 5); i++)
        {
            extractor.Extract(image, mask);
        }

        var wall = new double[runs];
        var cpu = new double[runs];
        var faults = new double[runs];
        var process = Process.GetCurrentProcess();
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < runs; i++)
        {
            process.Refresh();
            TimeSpan cpuBefore = process.TotalProcessorTime;
            long faultsBefore = ProcessCounters.MinorPageFaults();
            var watch = Stopwatch.StartNew();
            extractor.Extract(image, mask);
            wall[i] = watch.Elapsed.TotalMilliseconds;
            faults[i] = ProcessCounters.MinorPageFaults() - faultsBefore;
            process.Refresh();
            cpu[i] = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        }

        double megabytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1048576.0 / runs;
        Array.Sort(wall);
        Array.Sort(cpu);
        Array.Sort(faults);
        Console.WriteLine($"CT phantom {(filtered ? "filtered (15 image types)" : "original")}, all: wall min {wall[0]:F1} median {wall[runs / 2]:F1} ms; CPU min {cpu[0]:F1} median {cpu[runs / 2]:F1} ms;"
            + $" minor faults median {faults[runs / 2]:F0}; allocated {megabytes:F2} MB/extraction;"
            + $" GCs over {runs}: gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}");
    }
}
