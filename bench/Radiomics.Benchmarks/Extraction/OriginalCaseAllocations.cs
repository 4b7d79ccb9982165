using System.Diagnostics.Tracing;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Features;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing;

namespace Radiomics.Benchmarks.Extraction;

/// <summary>
/// `quick alloc`: where the Original CT-phantom extraction's bytes come from. Each stage of
/// <see cref="RadiomicsExtractor.Extract(ImageData, ImageData, InputDescription?, InputDescription?, Action{string, FeatureInput}?)"/>
/// run as the extractor runs it, with the bytes it allocates on this thread; then the whole case's allocations by
/// type, sampled by the runtime's GC AllocationTick event (one sample per ~100 KB).
/// </summary>
public static class OriginalCaseAllocations
{
    private static readonly string[] Families = ["firstorder", "glcm", "glrlm", "glszm", "gldm", "ngtdm"];

    public static void Run()
    {
        ImageData image = ImageReader.Read(BenchData.CtPhantomImage);
        ImageData mask = ImageReader.Read(BenchData.CtPhantomMask);
        ExtractionParameters parameters = PipelineParameters.Load(BenchData.Path("pyradiomics-parity/ct-phantom-original.params.yaml"));
        parameters = parameters with { Settings = parameters.Settings with { Output = new OutputSettings { AdditionalInfo = false } } };
        var extractor = new RadiomicsExtractor(parameters);
        RadiomicsSettings settings = parameters.Settings;

        for (int run = 0; run < 3; run++)
        {
            extractor.Extract(image, mask);
        }

        var stages = new List<(string Name, long Bytes)>();
        long Measure(string name, Action action)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            action();
            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            stages.Add((name, bytes));
            return bytes;
        }

        for (int run = 0; run < 2; run++)
        {
            stages.Clear();
            RadiomicsExtractor.PreparedCase prepared = null!;
            Measure("Prepare (select label, align, checks)", () => prepared = extractor.Prepare(image, mask, "mask", null, null));
            BoundingBox box = prepared.Box;
            Volume<double> cropped = null!;
            Volume<byte> croppedMask = null!;
            var lease = new BufferLease(extractor.Buffers);
            Measure("ROI box as double (Region, pooled)", () => cropped = prepared.Region(box, lease));
            Measure("feature mask crop", () => croppedMask = prepared.FeatureRoi.Crop(box));
            IFeatureFamily shape = FeatureRegistry.Find("shape")!;
            Measure("shape", () => shape.Compute(new FeatureInput(cropped, croppedMask, settings), Defaults(shape)));
            FeatureInput input = null!;
            Measure("FeatureInput (pooled)", () => input = new FeatureInput(cropped, croppedMask, settings, null, extractor.Buffers));
            Measure("discretise", () => _ = input.Discretised);
            foreach (string name in Families)
            {
                IFeatureFamily family = FeatureRegistry.Find(name)!;
                Measure(name, () => family.Compute(input, Defaults(family)));
            }

            Measure("give the buffers back", () =>
            {
                input.Dispose();
                lease.Dispose();
            });
        }

        long total = 0;
        foreach (var (name, bytes) in stages)
        {
            total += bytes;
            Console.WriteLine($"{name,-40} {bytes / 1024.0,10:F1} KB");
        }

        Console.WriteLine($"{"sum of stages",-40} {total / 1024.0,10:F1} KB");
        long wholeBefore = GC.GetAllocatedBytesForCurrentThread();
        extractor.Extract(image, mask);
        Console.WriteLine($"{"extractor.Extract (whole case)",-40} {(GC.GetAllocatedBytesForCurrentThread() - wholeBefore) / 1024.0,10:F1} KB");

        QuickTimings.Report("CT phantom original, all (41 runs)", () => extractor.Extract(image, mask), 41);
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        long faults = ProcessCounters.MinorPageFaults();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (int run = 0; run < 20; run++)
        {
            extractor.Extract(image, mask);
        }

        Console.WriteLine($"20 extractions: {watch.Elapsed.TotalMilliseconds / 20:F1} ms each, minor page faults {(ProcessCounters.MinorPageFaults() - faults) / 20.0:F0} each,"
            + $" GCs gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}");
        using var listener = new AllocationListener();
        for (int run = 0; run < 20; run++)
        {
            extractor.Extract(image, mask);
        }

        listener.Dispose();
        Console.WriteLine("AllocationTick samples over 20 extractions (type: sampled MB per extraction):");
        foreach (var (type, bytes) in listener.ByType.OrderByDescending(p => p.Value).Take(15))
        {
            Console.WriteLine($"  {type,-60} {bytes / 20.0 / 1048576.0,8:F2}");
        }
    }

    private static FeatureInfo[] Defaults(IFeatureFamily family) => [.. family.Features.Where(f => !f.OnlyWhenRequested)];

    /// <summary>Sums the runtime's AllocationTick samples by allocated type.</summary>
    private sealed class AllocationListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;

        public Dictionary<string, long> ByType { get; } = [];

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
            {
                return;
            }

            int typeIndex = e.PayloadNames!.IndexOf("TypeName");
            int amountIndex = e.PayloadNames.IndexOf("AllocationAmount64");
            string type = typeIndex >= 0 ? e.Payload[typeIndex]?.ToString() ?? "?" : "?";
            long amount = amountIndex >= 0 ? Convert.ToInt64(e.Payload[amountIndex]) : 0;
            lock (ByType)
            {
                ByType[type] = ByType.GetValueOrDefault(type) + amount;
            }
        }
    }
}
