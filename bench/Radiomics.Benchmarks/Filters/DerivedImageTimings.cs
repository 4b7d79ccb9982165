using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Benchmarks.Filters;

/// <summary>
/// `-- derived [runs]`: only the derived images of the filtered CT-phantom case (ct-phantom-filters), enumerated as the
/// extraction enumerates them (pooled buffers) <c>runs</c> times in a row after two warm-ups, with nothing else in
/// between: the minimum and median process CPU time of each image type (the wavelet's eight bands together). Tighter
/// minima than <c>stages</c> for comparing two builds of a filter; run it with DOTNET_PROCESSOR_COUNT=1.
/// </summary>
public static class DerivedImageTimings
{
    public static void Run(string[] args)
    {
        int runs = args.Select(a => int.TryParse(a, out int n) ? n : 0).FirstOrDefault(n => n > 0, 25);
        // The case as the extraction prepares it (the derived images need nothing else of it), diagnostics off.
        ExtractionParameters filtered = PipelineParameters.Load(BenchData.Path("pyradiomics-parity/ct-phantom-filters.params.yaml"));
        var extractor = new RadiomicsExtractor(filtered with { Settings = filtered.Settings with { Output = new OutputSettings { AdditionalInfo = false } } });
        var prepared = extractor.Prepare(ImageReader.Read(BenchData.CtPhantomImage), ImageReader.Read(BenchData.CtPhantomMask), "mask", null, null);
        BoundingBox box = prepared.Box;
        Volume<double> croppedImage = prepared.Working.Crop(box.Lower, box.Size);
        var times = new Dictionary<string, List<double>>();
        var order = new List<string>();
        for (int run = -2; run < runs; run++)
        {
            using IEnumerator<Radiomics.Filters.ImageTypes.DerivedImage> derived = extractor.DerivedImages(prepared, box, croppedImage, recycle: true).GetEnumerator();
            while (true)
            {
                double before = ProcessCounters.CpuMilliseconds();
                if (!derived.MoveNext())
                {
                    break;
                }

                double cpu = ProcessCounters.CpuMilliseconds() - before;
                string kind = derived.Current.Prefix.StartsWith("wavelet", StringComparison.Ordinal) ? "wavelet (8 bands)" : derived.Current.Prefix;
                if (!times.TryGetValue(kind, out List<double>? list))
                {
                    times[kind] = list = [];
                    order.Add(kind);
                }

                if (run >= 0)
                {
                    // The eight bands come one after another: their times add up within a run.
                    if (kind.StartsWith("wavelet", StringComparison.Ordinal) && list.Count == run + 1)
                    {
                        list[run] += cpu;
                    }
                    else
                    {
                        list.Add(cpu);
                    }
                }
            }
        }

        Console.WriteLine($"derived images of the filtered CT phantom, {runs} runs, process CPU ms (processors: {Environment.ProcessorCount})");
        foreach (string kind in order)
        {
            double[] sorted = [.. times[kind].Order()];
            Console.WriteLine($"  {kind,-28} min {sorted[0],8:F2}  median {sorted[sorted.Length / 2],8:F2}");
        }
    }
}
