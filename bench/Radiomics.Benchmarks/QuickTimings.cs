using System.Diagnostics;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project bench/Radiomics.Benchmarks -- quick`: a fast Stopwatch pass over the headline
/// scenarios (median of repeated runs after warm-up), for a figure in seconds rather than BenchmarkDotNet's minutes.
/// </summary>
public static class QuickTimings
{
    public static void Run()
    {
        ImageData image = ImageReader.Read(BenchData.CtPhantomImage);
        ImageData mask = ImageReader.Read(BenchData.CtPhantomMask);
        ExtractionParameters original = ParameterFile.Load(BenchData.Path("pyradiomics-parity/ct-phantom-original.params.yaml"));
        original = original with { Settings = original.Settings with { AdditionalInfo = false } };
        foreach (string classes in new[] { "firstorder", "shape", "firstorder+shape", "glcm", "glrlm", "glszm", "gldm", "ngtdm", "all" })
        {
            var parameters = classes == "all"
                ? original
                : original with { FeatureClasses = classes.Split('+').Select(c => new FeatureClassRequest(c, null)).ToArray() };
            var extractor = new RadiomicsExtractor(parameters);
            Report($"CT phantom original, {classes}", () => extractor.Extract(image, mask));
        }
    }

    public static void Report(string name, Action action, int repetitions = 15)
    {
        action();
        action();
        var times = new double[repetitions];
        for (int i = 0; i < repetitions; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        Console.WriteLine($"{name,-50} median {times[repetitions / 2],9:F2} ms   min {times[0],9:F2} ms");
    }
}
