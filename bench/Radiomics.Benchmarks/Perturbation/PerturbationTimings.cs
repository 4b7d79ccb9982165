using System.Diagnostics;
using Radiomics.Configuration;
using Radiomics.Configuration.Perturbation;
using Radiomics.Extraction;
using Radiomics.Extraction.Perturbation;
using Radiomics.Filters.Wavelets;
using Radiomics.IO;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Perturbation;

namespace Radiomics.Benchmarks.Perturbation;

/// <summary>
/// `dotnet run -c Release --project bench/Radiomics.Benchmarks -- quick perturb [stages]`: the IBSI CT phantom through the
/// chain of tests/data/perturbation/ct-phantom-chain.params.yaml (noise × 2 + 8 translations + 3 volumes + 2 contour
/// randomisations = 96 variants and the unperturbed row; Original, every default class), the variants on both cores as
/// <c>radiomics perturb -j 2</c> runs them (with <c>additionalInfo</c> as in the file). Wall and process CPU time per
/// run, median and minimum of the repetitions after a warm-up run. With <c>stages</c>: single-threaded timings of each step.
/// </summary>
public static class PerturbationTimings
{
    public static void Run(string[] args)
    {
        ImageData image = ImageReader.Read(BenchData.CtPhantomImage);
        ImageData mask = ImageReader.Read(BenchData.CtPhantomMask);
        ExtractionParameters parameters = PipelineParameters.Load(BenchData.Path("perturbation/ct-phantom-chain.params.yaml"));
        if (args.Contains("stages"))
        {
            Stages(image, mask, parameters);
            return;
        }

        int repetitions = args.Contains("once") ? 1 : 5;
        string output = Path.Combine(Path.GetTempPath(), $"perturb-bench-{Environment.ProcessId}.csv");
        foreach (string diagnostics in new[] { "true", "false" })
        {
            string[] command =
            [
                "perturb", BenchData.CtPhantomImage, BenchData.CtPhantomMask, "-p", BenchData.Path("perturbation/ct-phantom-chain.params.yaml"),
                "-s", $"additionalInfo:{diagnostics}", "-o", output, "-j", "2", "-v", "quiet",
            ];
            QuickTimings.Report($"radiomics perturb -j 2, CT phantom, 97 variants, additionalInfo {diagnostics}", () =>
            {
                if (Cli.Program.Run(command, TextWriter.Null, Console.Error) != 0)
                {
                    throw new InvalidOperationException("radiomics perturb failed");
                }
            }, repetitions);
        }

        File.Delete(output);
    }

    /// <summary>All variants on <paramref name="jobs"/> threads, as radiomics perturb runs them (one thread per variant's loops).</summary>
    private static void Chain(ImageData image, ImageData mask, ExtractionParameters parameters, int jobs)
    {
        var perturbed = new PerturbedCase(new RadiomicsExtractor(parameters, ExtractionContext.SingleThreaded), image, mask, parameters.Perturbation);
        int next = -1, count = perturbed.Plan.Variants.Count;
        var threads = Enumerable.Range(0, jobs).Select(_ => new Thread(() =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                perturbed.Extract(i);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
    }

    private static void Stages(ImageData image, ImageData mask, ExtractionParameters parameters)
    {
        var one = new ParallelOptions { MaxDegreeOfParallelism = 1 };
        Volume<double> doubles = image.ToDoubleVolume();
        Volume<byte> roi = mask.ToBinaryMask(1);
        BoundingBox box = BoundingBox.Of(roi)!.Value;
        QuickTimings.Report("ToDoubleVolume (whole image)", () => image.ToDoubleVolume(), 5);
        QuickTimings.Report("Chang σ estimate", () => NoiseEstimation.ChangSigma(doubles, one), 5);
        QuickTimings.Report("Gaussian noise (whole image)", () => GaussianNoise.Add(doubles, 10, 1, 1, one), 5);
        ImageGeometry moved = PerturbationGrid.Moved(image.Geometry, 0, new Vector3D(0.5, 0.5, 0.5));
        QuickTimings.Report("B-spline onto a translated grid (whole image)", () => GridSampling.Image(doubles, moved, Interpolator.BSpline, one), 5);
        QuickTimings.Report("ROI onto a translated grid", () => GridSampling.Roi(roi, box, moved, one), 5);
        foreach (double size in new[] { -0.2, 0.2 })
        {
            QuickTimings.Report($"volume fraction {size}", () => VolumeAdaptation.Apply(roi, RoiAdaptType.Fraction, size, 0.8, one), 5);
        }

        QuickTimings.Report("grow 2 mm", () => VolumeAdaptation.Apply(roi, RoiAdaptType.Distance, 2, 0.8, one), 5);
        var region = new BoundingBox(
            new Index3(Math.Max(0, box.Lower.X - 26), Math.Max(0, box.Lower.Y - 26), Math.Max(0, box.Lower.Z - 9)),
            new Index3(Math.Min(image.Geometry.Size.X - 1, box.Upper.X + 26), Math.Min(image.Geometry.Size.Y - 1, box.Upper.Y + 26), Math.Min(image.Geometry.Size.Z - 1, box.Upper.Z + 9)));
        QuickTimings.Report($"supervoxels over ROI + 25 mm ({region.Size.VoxelCount} voxels)", () => Supervoxels.Compute(image, region, -200, 200), 3);
        ExtractionParameters quiet = parameters with { Settings = parameters.Settings with { Output = parameters.Settings.Output with { AdditionalInfo = false } } };
        var extractor = new RadiomicsExtractor(quiet);
        ImageData doubleImage = ImageData.FromVolume(doubles);
        QuickTimings.Report("one extraction (float64 image, no diagnostics)", () => extractor.Extract(doubleImage, mask), 5);
        var withInfo = new RadiomicsExtractor(parameters);
        QuickTimings.Report("one extraction (float64 image, diagnostics)", () => withInfo.Extract(doubleImage, mask), 5);
        var stopwatch = Stopwatch.StartNew();
        Chain(image, mask, quiet, 1);
        Console.WriteLine($"whole chain on one thread, no diagnostics: {stopwatch.Elapsed.TotalSeconds:F2} s");
    }
}
