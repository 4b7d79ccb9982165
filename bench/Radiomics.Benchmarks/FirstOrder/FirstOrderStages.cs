using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Features;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing;

namespace Radiomics.Benchmarks.FirstOrder;

/// <summary>
/// `-- firstorder [golden FILE]`: Stopwatch timings of the per-image work other than texture matrices and filters —
/// ROI values, discretisation, first order — on the 15 derived images of the filtered CT-phantom case (held in
/// memory, so filters are not timed), and of the Original case's preparation steps, first order and shape.
/// With <c>golden FILE</c> it also writes every first-order and shape value (as bits) and a hash of the ROI values and
/// grey levels of each image, to compare two builds for bit-identity (<c>diff</c> the files).
/// </summary>
public static class FirstOrderStages
{
    public static void Run(string[] args)
    {
        ImageData image = ImageReader.Read(BenchData.CtPhantomImage);
        ImageData mask = ImageReader.Read(BenchData.CtPhantomMask);
        var filtered = Inputs("ct-phantom-filters.params.yaml", image, mask, out _);
        var original = Inputs("ct-phantom-original.params.yaml", image, mask, out RadiomicsExtractor originalExtractor);

        int golden = Array.IndexOf(args, "golden");
        if (golden >= 0)
        {
            WriteGolden(args[golden + 1], filtered.Concat(original));
            return;
        }

        IFeatureFamily firstOrder = FeatureRegistry.Find("firstorder")!;
        IFeatureFamily shape = FeatureRegistry.Find("shape")!;
        FeatureInfo[] firstOrderAll = [.. firstOrder.Features];
        Console.WriteLine($"filtered case: {filtered.Count} images, box {filtered[0].Input.Image.Size}, ROI {filtered[0].Input.RoiValues.Length} voxels");
        Report("[15 images] ROI values", 15, () => filtered.Sum(f => Fresh(f.Input).RoiValues.Length));
        Report("[15 images] discretise", 15, () => filtered.Sum(f => Fresh(f.Input).Discretised.MaxLevel));

        // The extraction's discretisation stage alone: ROI runs and range known, levels into a reused buffer (its pool).
        var (runs, roiCount) = RoiRuns.Of(filtered[0].Input.Mask.Voxels);
        int[] levelsBuffer = new int[filtered[0].Input.Image.Length];
        Report("[15 images] ROI runs of the mask", 15, () => filtered.Sum(f => RoiRuns.Of(f.Input.Mask.Voxels).VoxelCount));
        Report("[15 images] ROI range", 15, () => filtered.Sum(f => Discretisation.RangeOf(new RoiSegments(f.Input.Image.Voxels, runs, roiCount)).Max));
        var ranges = filtered.Select(f => Discretisation.RangeOf(new RoiSegments(f.Input.Image.Voxels, runs, roiCount))).ToArray();
        Report("[15 images] digitize (runs, range known)", 15, () => filtered.Select((f, i) =>
            Discretisation.Discretise(f.Input.Image, runs, f.Input.Settings, ranges[i].Min, ranges[i].Max, levelsBuffer: levelsBuffer).MaxLevel).Sum());
        Report("[15 images] firstorder (values, levels ready)", 15, () => filtered.Sum(f => firstOrder.Compute(f.Input, firstOrderAll)[0]));
        Report("[15 images] firstorder (fresh input)", 15, () => filtered.Sum(f => firstOrder.Compute(Fresh(f.Input), firstOrderAll)[0]));

        var input = original[0].Input;
        var settings = originalExtractor.Settings;
        Console.WriteLine($"original case: box {input.Image.Size}, ROI {input.RoiValues.Length} voxels");
        Volume<byte> roi = MaskSelection.SelectLabel(mask, settings.Mask, "mask");
        BoundingBox box = BoundingBox.Of(roi)!.Value;
        Report("original: select label", 41, () => MaskSelection.SelectLabel(mask, settings.Mask, "mask"));
        Report("original: align to image", 41, () => MaskSelection.AlignToImage(image.Geometry, roi, settings.Mask, "mask"));
        Report("original: checks + bounding box", 41, () => RoiChecks.Validate(roi, settings.Mask, "mask"));
        Report("original: convert image box", 41, () => image.ToDoubleVolume(box.Lower, box.Size));
        Report("original: crop mask", 41, () => roi.Crop(box.Lower, box.Size));
        Report("original: ROI values", 41, () => Fresh(input).RoiValues);
        Report("original: discretise", 41, () => Fresh(input).Discretised);
        Report("original: firstorder (fresh input)", 41, () => firstOrder.Compute(Fresh(input), firstOrderAll));
        Report("original: shape", 41, () => shape.Compute(Fresh(input), shape.Features));
        var onlyFirstOrder = Extractor("ct-phantom-original.params.yaml", ["firstorder"]);
        var onlyShape = Extractor("ct-phantom-original.params.yaml", ["shape"]);
        Report("original: Extract, firstorder only", 41, () => onlyFirstOrder.Extract(image, mask));
        Report("original: Extract, shape only", 41, () => onlyShape.Extract(image, mask));
        Report("original: Extract, all classes", 21, () => originalExtractor.Extract(image, mask));
    }

    private static FeatureInput Fresh(FeatureInput input) => new(input.Image, input.Mask, input.Settings, input.ShapeMask);

    private static RadiomicsExtractor Extractor(string file, string[]? classes = null)
    {
        ExtractionParameters parameters = PipelineParameters.Load(BenchData.Path("pyradiomics-parity/" + file));
        parameters = parameters with { Settings = parameters.Settings with { Output = new OutputSettings { AdditionalInfo = false } } };
        if (classes is not null)
        {
            parameters = parameters with { FeatureClasses = [.. classes.Select(c => new FeatureClassRequest(c, null))] };
        }

        return new RadiomicsExtractor(parameters);
    }

    /// <summary>Every derived image of the case as a feature input (prefix "original" gets the shape mask too).</summary>
    private static List<(string Prefix, FeatureInput Input)> Inputs(string file, ImageData image, ImageData mask, out RadiomicsExtractor extractor)
    {
        extractor = Extractor(file);
        var prepared = extractor.Prepare(image, mask, "mask", null, null);
        BoundingBox box = prepared.Box;
        Volume<byte> croppedMask = prepared.FeatureMask.Crop(box.Lower, box.Size);
        Volume<byte> shapeMask = prepared.ShapeMask.Crop(box.Lower, box.Size);
        return [.. extractor.DerivedImages(prepared, box).Select(d => (d.Prefix, new FeatureInput(d.Image, croppedMask, d.Settings, shapeMask)))];
    }

    private static void WriteGolden(string path, IEnumerable<(string Prefix, FeatureInput Input)> inputs)
    {
        var text = new StringBuilder();
        IFeatureFamily firstOrder = FeatureRegistry.Find("firstorder")!;
        IFeatureFamily shape = FeatureRegistry.Find("shape")!;
        foreach (var (prefix, input) in inputs)
        {
            double[] values = firstOrder.Compute(input, firstOrder.Features);
            for (int i = 0; i < values.Length; i++)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{prefix} firstorder {firstOrder.Features[i].Name} {BitConverter.DoubleToInt64Bits(values[i]):X16} {values[i]:R}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"{prefix} roivalues {Hash<double>(input.RoiValues)}");
            var discretised = input.Discretised;
            text.AppendLine(CultureInfo.InvariantCulture, $"{prefix} levels {Hash<int>(discretised.Levels.Voxels)} edges {Hash<double>(discretised.BinEdges)} max {discretised.MaxLevel}");
            if (prefix == "original")
            {
                double[] shapeValues = shape.Compute(input, shape.Features);
                for (int i = 0; i < shapeValues.Length; i++)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"{prefix} shape {shape.Features[i].Name} {BitConverter.DoubleToInt64Bits(shapeValues[i]):X16} {shapeValues[i]:R}");
                }
            }
        }

        File.WriteAllText(path, text.ToString());
        Console.WriteLine($"wrote {path}");
    }

    private static string Hash<T>(ReadOnlySpan<T> values) where T : unmanaged =>
        Convert.ToHexString(SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values)))[..16];

    private static void Report<T>(string name, int repetitions, Func<T> action)
    {
        var first = Stopwatch.StartNew();
        action();
        double firstCall = first.Elapsed.TotalMilliseconds;
        action();
        var wall = new double[repetitions];
        var cpu = new double[repetitions];
        var process = Process.GetCurrentProcess();
        int gen0 = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
        TimeSpan pause = GC.GetTotalPauseDuration();
        long allocated = GC.GetTotalAllocatedBytes();
        for (int i = 0; i < repetitions; i++)
        {
            process.Refresh();
            TimeSpan before = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            wall[i] = watch.Elapsed.TotalMilliseconds;
            process.Refresh();
            cpu[i] = (process.TotalProcessorTime - before).TotalMilliseconds;
        }

        Array.Sort(wall);
        Array.Sort(cpu);
        Console.WriteLine($"{name,-48} wall min {wall[0],8:F2} median {wall[repetitions / 2],8:F2} ms   CPU median {cpu[repetitions / 2],8:F2} ms   first call {firstCall,7:F2} ms" +
            $"   per run: GC pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds / repetitions,6:F2} ms, gen0 {(GC.CollectionCount(0) - gen0) / (double)repetitions:F1}, " +
            $"gen2 {(GC.CollectionCount(2) - gen2) / (double)repetitions:F1}, {(GC.GetTotalAllocatedBytes() - allocated) / repetitions / 1e6:F1} MB");
    }
}
