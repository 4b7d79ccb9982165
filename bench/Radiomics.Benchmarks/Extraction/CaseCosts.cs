using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Benchmarks.Extraction;

/// <summary>
/// `casecost [filtered] [runs]`: what one batch case of the CT phantom costs outside the features, step by step, as
/// <c>radiomics batch</c> runs it: reading the image and the mask (pooled buffers), the files' SHA-256, the voxels'
/// SHA-1, the image statistics and the mask's region count of the diagnostics, and the extraction with and without
/// diagnostics. Process CPU time (clock_gettime, nanoseconds), minimum and median over <c>runs</c> after two warm-ups;
/// run it pinned with DOTNET_PROCESSOR_COUNT=1 (and DOTNET_TieredCompilation=0 for the AOT tool's code).
/// </summary>
public static class CaseCosts
{
    public static void Run(string[] args)
    {
        bool filtered = args.Contains("filtered");
        int runs = args.Select(a => int.TryParse(a, out int n) ? n : 0).FirstOrDefault(n => n > 0, filtered ? 7 : 31);
        string imagePath = BenchData.CtPhantomImage, maskPath = BenchData.CtPhantomMask;
        ExtractionParameters parameters = PipelineParameters.Load(BenchData.Path(filtered
            ? "pyradiomics-parity/ct-phantom-filters.params.yaml" : "pyradiomics-parity/ct-phantom-original.params.yaml"));
        var withInfo = new RadiomicsExtractor(parameters);
        var withoutInfo = new RadiomicsExtractor(parameters with { Settings = parameters.Settings with { Output = new OutputSettings { AdditionalInfo = false } } });
        var pool = new VoxelBufferPool(2);
        var steps = new List<(string Name, List<double> Cpu)>();

        void Step(string name, Action action)
        {
            double before = ProcessCounters.CpuMilliseconds();
            action();
            double cpu = ProcessCounters.CpuMilliseconds() - before;
            int at = steps.FindIndex(s => s.Name == name);
            if (at < 0)
            {
                steps.Add((name, []));
                at = steps.Count - 1;
            }

            steps[at].Cpu.Add(cpu);
        }

        for (int run = -2; run < runs; run++)
        {
            ImageData image = null!, mask = null!;
            Step("read image (.nii.gz, pooled buffer)", () => image = ImageReader.Read(imagePath, pool));
            Step("read mask", () => mask = ImageReader.Read(maskPath, pool));
            InputDescription imageSource = null!, maskSource = null!;
            Step("describe inputs (files' SHA-256)", () => (imageSource, maskSource) = (InputDescription.FromPath(imagePath), InputDescription.FromPath(maskPath)));
            Step("voxels' SHA-1 (image, mask)", () => _ = (ImageHashes.Sha1OfVoxels(image), ImageHashes.Sha1OfVoxels(mask)));
            Step("image statistics (mean, min, max)", () => image.Statistics());
            Step("extract with diagnostics", () => withInfo.Extract(image, mask, imageSource, maskSource));
            Step("extract without diagnostics", () => withoutInfo.Extract(image, mask, imageSource, maskSource));
            pool.Return(image);
            pool.Return(mask);
            if (run < 0)
            {
                steps.ForEach(s => s.Cpu.Clear());
            }
        }

        Console.WriteLine($"CT phantom, {(filtered ? "filtered (15 image types)" : "Original")}, {runs} runs, process CPU ms (processors: {Environment.ProcessorCount})");
        foreach (var (name, cpu) in steps)
        {
            cpu.Sort();
            Console.WriteLine($"  {name,-42} min {cpu[0],8:F2}  median {cpu[cpu.Count / 2],8:F2}");
        }
    }
}
