using System.Diagnostics;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Features;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing;
using Radiomics.Preprocessing.Resampling;

namespace Radiomics.Benchmarks.Filters;

/// <summary>
/// Stage-by-stage timing of the filtered CT-phantom extraction (ct-phantom-filters: 1 mm B-spline, 15 image types,
/// all classes): resampling, each derived image, discretisation, first order and each texture class, summed over
/// the image types, then the whole <see cref="RadiomicsExtractor.Extract(ImageData, ImageData, InputDescription?, InputDescription?, Action{string, FeatureInput}?)"/>.
/// Minimum and median wall time and median process CPU time over <c>runs</c> repetitions after one warm-up, and for
/// the whole case the bytes allocated and the minor page faults (fresh memory's first touch, costly on this kind of
/// machine). Run it with <c>-- stages</c>; with DOTNET_PROCESSOR_COUNT=1 for the single-core figure (the filters and
/// resampling bound their parallel loops by the processor count, so that figure is single-threaded).
/// </summary>
/// <remarks>
/// The stages run the same code as <c>Extract</c>: <c>Prepare</c>, then <c>DerivedImages</c> on the prepared case,
/// each derived image timed from the enumerator's <c>MoveNext</c> (the window read, the filter, the crop).
/// </remarks>
public static class FilteredCaseStages
{
    private static readonly string[] Texture = ["glcm", "glrlm", "glszm", "gldm", "ngtdm"];

    public static void Run(int runs = 7)
    {
        ImageData image = ImageReader.Read(BenchData.CtPhantomImage);
        ImageData mask = ImageReader.Read(BenchData.CtPhantomMask);
        ExtractionParameters parameters = PipelineParameters.Load(BenchData.Path("pyradiomics-parity/ct-phantom-filters.params.yaml"));
        parameters = parameters with { Settings = parameters.Settings with { Output = new OutputSettings { AdditionalInfo = false } } };
        var extractor = new RadiomicsExtractor(parameters);
        RadiomicsSettings settings = parameters.Settings;
        var timer = new StageTimer();
        List<double> allocatedMb = [];
        List<double> pageFaults = [];
        for (int run = 0; run <= runs; run++)
        {
            timer.Recording = run > 0;
            Volume<byte> label = timer.Time("select label", () => MaskSelection.SelectLabel(mask, settings.Mask, "mask"));
            timer.Time("resample (B-spline image from stored, mask)", () => Resampler.ResampleImageAndMask(image, label, settings, image.VoxelType));
            var prepared = timer.Time("Prepare() total", () => extractor.Prepare(image, mask, "mask", null, null));
            BoundingBox box = prepared.Box;
            Volume<double> croppedImage = prepared.Working.Crop(box.Lower, box.Size);
            Volume<byte> croppedMask = prepared.FeatureMask.Crop(box.Lower, box.Size);
            IFeatureFamily shape = FeatureRegistry.Find("shape")!;
            timer.Time("shape", () => shape.Compute(new FeatureInput(croppedImage, prepared.ShapeMask.Crop(box.Lower, box.Size), settings), Defaults(shape)));
            using IEnumerator<Radiomics.Filters.ImageTypes.DerivedImage> derived = extractor.DerivedImages(prepared, box, croppedImage, recycle: true).GetEnumerator();
            while (timer.Time("produce", () => derived.MoveNext(), () => $"produce {Kind(derived.Current.Prefix)}"))
            {
                var input = new FeatureInput(derived.Current.Image, croppedMask, derived.Current.Settings);
                timer.Time("[15 images] discretise", () => input.Discretised);
                timer.Time("[15 images] ROI values", () => input.RoiValues);
                foreach (string name in new[] { "firstorder" }.Concat(Texture))
                {
                    IFeatureFamily family = FeatureRegistry.Find(name)!;
                    timer.Time($"[15 images] {name}", () => family.Compute(input, Defaults(family)));
                }
            }

            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            long faults = ProcessCounters.MinorPageFaults();
            timer.Time("extractor.Extract (whole case)", () => extractor.Extract(image, mask));
            if (run > 0)
            {
                allocatedMb.Add((GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0);
                pageFaults.Add(ProcessCounters.MinorPageFaults() - faults);
            }

            timer.EndRun();
        }

        timer.Print(Console.Out);
        Console.WriteLine($"extractor.Extract: allocated median {Median(allocatedMb):F0} MB, minor page faults median {Median(pageFaults):F0}"
            + $" (processors: {Environment.ProcessorCount})");
    }

    private static double Median(List<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length == 0 ? double.NaN : sorted[sorted.Length / 2];
    }

    private static string Kind(string prefix) => prefix.StartsWith("wavelet", StringComparison.Ordinal) ? "wavelet (8 bands)" : prefix;

    private static FeatureInfo[] Defaults(IFeatureFamily family) => [.. family.Features.Where(f => !f.OnlyWhenRequested)];

    /// <summary>Per-run sums of wall and process CPU time per stage name, in first-seen order.</summary>
    private sealed class StageTimer
    {
        private readonly Dictionary<string, (List<double> Wall, List<double> Cpu, List<double> Allocated)> _runs = [];
        private readonly Dictionary<string, (double Wall, double Cpu, double Allocated)> _current = [];
        private readonly List<string> _order = [];
        private readonly Process _process = Process.GetCurrentProcess();

        public bool Recording { get; set; }

        public T Time<T>(string name, Func<T> action, Func<string>? nameAfter = null)
        {
            double cpu = Cpu();
            long allocated = GC.GetTotalAllocatedBytes(precise: false);
            var watch = Stopwatch.StartNew();
            T result = action();
            double wall = watch.Elapsed.TotalMilliseconds;
            cpu = Cpu() - cpu;
            double megabytes = (GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1048576.0;
            if (Recording && !(result is false))
            {
                string key = nameAfter?.Invoke() ?? name;
                if (!_current.ContainsKey(key))
                {
                    _current[key] = (0, 0, 0);
                    if (!_order.Contains(key))
                    {
                        _order.Add(key);
                    }
                }

                _current[key] = (_current[key].Wall + wall, _current[key].Cpu + cpu, _current[key].Allocated + megabytes);
            }

            return result;
        }

        public void EndRun()
        {
            foreach (var (key, value) in _current)
            {
                if (!_runs.TryGetValue(key, out var lists))
                {
                    _runs[key] = lists = ([], [], []);
                }

                lists.Wall.Add(value.Wall);
                lists.Cpu.Add(value.Cpu);
                lists.Allocated.Add(value.Allocated);
            }

            _current.Clear();
        }

        public void Print(TextWriter writer)
        {
            foreach (string key in _order)
            {
                var (wall, cpu, allocated) = _runs[key];
                writer.WriteLine($"{key,-40} wall min {wall.Min(),8:F1}  median {FilteredCaseStages.Median(wall),8:F1} ms   CPU median"
                    + $" {FilteredCaseStages.Median(cpu),8:F1} ms   allocated {FilteredCaseStages.Median(allocated),6:F1} MB");
            }
        }

        private double Cpu()
        {
            _process.Refresh();
            return _process.TotalProcessorTime.TotalMilliseconds;
        }
    }
}
