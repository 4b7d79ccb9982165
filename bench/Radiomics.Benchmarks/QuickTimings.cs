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
        string[] commandLine = Environment.GetCommandLineArgs();
        int voxel = Array.IndexOf(commandLine, "voxel");
        if (voxel > 0)
        {
            Voxel.VoxelTimings.Run(commandLine[(voxel + 1)..]);
            return;
        }

        int perturb = Array.IndexOf(commandLine, "perturb");
        if (perturb > 0)
        {
            Perturbation.PerturbationTimings.Run(commandLine[(perturb + 1)..]);
            return;
        }

        if (Array.IndexOf(commandLine, "habitats") > 0)
        {
            Regions.HabitatTimings.Run();
            return;
        }

        if (Array.IndexOf(commandLine, "regions") > 0)
        {
            Regions.RegionTimings.Run();
            return;
        }

        if (Array.IndexOf(commandLine, "original") > 0)
        {
            Extraction.OriginalCaseTiming.Run();
            return;
        }

        if (Array.IndexOf(commandLine, "alloc") > 0)
        {
            Extraction.OriginalCaseAllocations.Run();
            return;
        }

        ImageData image = ImageReader.Read(BenchData.CtPhantomImage);
        ImageData mask = ImageReader.Read(BenchData.CtPhantomMask);
        ExtractionParameters original = PipelineParameters.Load(BenchData.Path("pyradiomics-parity/ct-phantom-original.params.yaml"));
        original = original with { Settings = original.Settings with { Output = new OutputSettings { AdditionalInfo = false } } };
        foreach (string classes in new[] { "firstorder", "shape", "firstorder+shape", "glcm", "glrlm", "glszm", "gldm", "ngtdm", "all" })
        {
            var parameters = classes == "all"
                ? original
                : original with { FeatureClasses = classes.Split('+').Select(c => new FeatureClassRequest(c, null)).ToArray() };
            var extractor = new RadiomicsExtractor(parameters);
            Report($"CT phantom original, {classes}", () => extractor.Extract(image, mask));
        }

        // The feature computations alone, on the ROI already selected and cropped (what the 8 ms budget covers).
        Volume<byte> roi = mask.ToBinaryMask(1);
        BoundingBox box = BoundingBox.Of(roi)!.Value;
        Volume<double> cropped = image.ToDoubleVolume(box.Lower, box.Size);
        Volume<byte> croppedRoi = roi.Crop(box.Lower, box.Size);
        var firstOrder = Radiomics.Features.FeatureRegistry.Find("firstorder")!;
        var shape = Radiomics.Features.FeatureRegistry.Find("shape")!;
        Report("firstorder + shape features on the cropped ROI", () =>
        {
            var input = new Radiomics.Features.FeatureInput(cropped, croppedRoi, original.Settings);
            firstOrder.Compute(input, firstOrder.Features);
            shape.Compute(input, shape.Features);
        }, 41);
        Report("all texture families on the cropped ROI", () =>
        {
            var input = new Radiomics.Features.FeatureInput(cropped, croppedRoi, original.Settings);
            foreach (string name in new[] { "glcm", "glrlm", "glszm", "gldm", "ngtdm" })
            {
                var family = Radiomics.Features.FeatureRegistry.Find(name)!;
                family.Compute(input, family.Features.Where(f => !f.OnlyWhenRequested).ToArray());
            }
        }, 21);

        ExtractionParameters filters = PipelineParameters.Load(BenchData.Path("pyradiomics-parity/ct-phantom-filters.params.yaml"));
        filters = filters with { Settings = filters.Settings with { Output = new OutputSettings { AdditionalInfo = false } } };
        var filtersExtractor = new RadiomicsExtractor(filters);
        Report("CT phantom, 1 mm B-spline + 15 image types, all classes", () => filtersExtractor.Extract(image, mask), 5);
        Report("NIfTI read, CT phantom image (.nii.gz)", () => ImageReader.Read(BenchData.CtPhantomImage));
    }

    public static void Report(string name, Action action, int repetitions = 15)
    {
        action();
        action();
        var times = new double[repetitions];
        var cpu = new double[repetitions];
        var process = Process.GetCurrentProcess();
        for (int i = 0; i < repetitions; i++)
        {
            process.Refresh();
            TimeSpan cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalMilliseconds;
            process.Refresh();
            cpu[i] = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        }

        Array.Sort(times);
        Array.Sort(cpu);
        Console.WriteLine($"{name,-58} wall median {times[repetitions / 2],8:F1} ms (min {times[0],8:F1})   CPU median {cpu[repetitions / 2],8:F1} ms (min {cpu[0],8:F1})");
    }
}
