using System.Diagnostics;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Filters.ImageTypes;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Benchmarks.Filters;

/// <summary>
/// LBP3D's cost and its share of a whole case, on the IBSI CT phantom (float32, 125,256 ROI voxels): (1) the native
/// grid (0.98 × 0.98 × 3 mm) with Original + LBP3D, every feature class; (2) the filtered case of
/// ct-phantom-filters.params.yaml (1 mm B-spline, 15 image types) with LBP3D added. Per case: the LBP3D image type
/// alone on the prepared image (its three derived images), and the whole <c>Extract</c> with and without LBP3D;
/// minimum and median wall time and median process CPU time over <c>runs</c> repetitions after one warm-up. Run with
/// <c>-- lbp [runs]</c>, under <c>taskset -c 0</c> with <c>DOTNET_PROCESSOR_COUNT=1</c> for single-threaded figures.
/// </summary>
public static class Lbp3DTimings
{
    private const string NativeCase = """
        imageType:
          Original: {}
          LBP3D: {binCount: 32}
        featureClass:
          shape:
          firstorder:
          glcm:
          glrlm:
          glszm:
          gldm:
          ngtdm:
        setting:
          binWidth: 25
          label: 1
        """;

    public static void Run(string[] args)
    {
        int runs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5;
        ImageData image = ImageReader.Read(BenchData.CtPhantomImage);
        ImageData mask = ImageReader.Read(BenchData.CtPhantomMask);
        ExtractionParameters native = PipelineParameters.Parse(NativeCase, "native-lbp3d.yaml");
        ExtractionParameters filtered = WithLbp3D(PipelineParameters.Load(BenchData.Path("pyradiomics-parity/ct-phantom-filters.params.yaml")));
        Console.WriteLine($"processors: {Environment.ProcessorCount}; runs: {runs} after one warm-up; times in ms (min / median wall, median CPU)");
        foreach ((string name, ExtractionParameters parameters) in new[] { ("native grid, Original + LBP3D", native), ("filtered case + LBP3D", filtered) })
        {
            ExtractionParameters quiet = parameters with { Settings = parameters.Settings with { Output = new OutputSettings { AdditionalInfo = false } } };
            ExtractionParameters without = quiet with { ImageTypes = [.. quiet.ImageTypes.Where(t => t.Name != "LBP3D")] };
            var extractor = new RadiomicsExtractor(quiet);
            var prepared = extractor.Prepare(image, mask, "mask", null, null);
            var lbp = new Lbp3DImageType();
            RadiomicsSettings settings = quiet.ImageTypes.Single(t => t.Name == "LBP3D").EffectiveSettings(quiet.Settings, name);
            Report($"{name}: LBP3D image type alone ({prepared.Working.Size.X}×{prepared.Working.Size.Y}×{prepared.Working.Size.Z}, pixel type {prepared.PixelType})",
                Measure(runs, () => lbp.Produce(prepared.Working, prepared.FeatureMask, settings, prepared.PixelType).Count()));
            Report($"{name}: whole Extract", Measure(runs, () => extractor.Extract(image, mask)));
            Report($"{name}: whole Extract without LBP3D", Measure(runs, () => new RadiomicsExtractor(without).Extract(image, mask)));
        }
    }

    private static ExtractionParameters WithLbp3D(ExtractionParameters parameters)
    {
        ExtractionParameters lbp = PipelineParameters.Parse("imageType:\n  LBP3D: {binCount: 32}\n", "lbp3d.yaml");
        return parameters with { ImageTypes = [.. parameters.ImageTypes, .. lbp.ImageTypes] };
    }

    private static (double Min, double Median, double Cpu) Measure(int runs, Action action)
    {
        using var process = Process.GetCurrentProcess();
        var wall = new List<double>();
        var cpu = new List<double>();
        for (int run = 0; run <= runs; run++)
        {
            process.Refresh();
            TimeSpan cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            watch.Stop();
            process.Refresh();
            if (run > 0)
            {
                wall.Add(watch.Elapsed.TotalMilliseconds);
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }
        }

        return (wall.Min(), Median(wall), Median(cpu));
    }

    private static void Report(string what, (double Min, double Median, double Cpu) t) =>
        Console.WriteLine($"{what}: {t.Min:F0} / {t.Median:F0} ms, CPU {t.Cpu:F0} ms");

    private static double Median(List<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted[sorted.Length / 2];
    }
}
