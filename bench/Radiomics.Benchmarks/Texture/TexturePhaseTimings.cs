using System.Diagnostics;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Features;
using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Glcm;
using Radiomics.Features.Texture.Gldm;
using Radiomics.Features.Texture.Glrlm;
using Radiomics.Features.Texture.Glszm;
using Radiomics.Features.Texture.Ngtdm;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Benchmarks.Texture;

/// <summary>
/// <c>-- texture [original|filtered] [runs]</c>: the texture families on one thread, phase by phase (discretisation,
/// grid, each family's matrix build and feature computation, GLCM's MCC apart), summed over the inputs of the case
/// (the CT phantom's original image, or the 15 derived images of the filtered case), with the whole family
/// <see cref="IFeatureFamily.Compute"/> for comparison. Minimum and median over <c>runs</c> after one warm-up.
/// <c>-- texture inputs [original|filtered] [runs]</c>: each input's grid and matrix builds apart, as inside an
/// extraction (pooled buffers, the discretisation's level counts). <c>-- texture dump FILE</c>: every texture value
/// with its bits, to compare two builds; <c>-- texture loop FAMILY COUNT [original|filtered][:K]</c>: one build (of
/// input K of the case, default 0) repeated, for a profiler, with its mean and minimum thread CPU.
/// </summary>
public static class TexturePhaseTimings
{
    public static void Run(string[] args)
    {
        if (args is ["dump", string path])
        {
            Dump(path);
            return;
        }

        if (args is ["inputs", .. var inputArgs])
        {
            PerInput(inputArgs.Length > 0 ? inputArgs[0] : "filtered", inputArgs.Length > 1 ? int.Parse(inputArgs[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
            return;
        }

        if (args is ["glcm-split", .. var splitArgs])
        {
            GlcmSplitTimings.Run(splitArgs.Length > 0 ? splitArgs[0] : "filtered", splitArgs.Length > 1 ? int.Parse(splitArgs[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
            return;
        }

        if (args is ["glcm-counts", .. var countArgs])
        {
            GlcmCountTimings.Run(countArgs.Length > 0 ? countArgs[0] : "filtered", countArgs.Length > 1 ? int.Parse(countArgs[1], System.Globalization.CultureInfo.InvariantCulture) : 9);
            return;
        }

        if (args is ["mcc-kernels", .. var kernelArgs])
        {
            MccKernelTimings.Run(kernelArgs.Length > 0 ? int.Parse(kernelArgs[0], System.Globalization.CultureInfo.InvariantCulture) : 20);
            return;
        }

        if (args is ["loop", string loopFamily, string count, ..])
        {
            Loop(loopFamily, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), args.Length > 3 ? args[3] : "original:0");
            return;
        }

        string which = args.Length > 0 ? args[0] : "original";
        int runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : which == "original" ? 21 : 5;
        List<(Volume<double> Image, Volume<byte> Mask, RadiomicsSettings Settings)> inputs = Inputs(which);
        var phases = new Dictionary<string, List<double>>();
        var cpuPhases = new Dictionary<string, List<double>>();
        var order = new List<string>();
        for (int run = 0; run <= runs; run++)
        {
            var sums = new Dictionary<string, double>();
            var cpuSums = new Dictionary<string, double>();
            void Time(string name, Action action)
            {
                double cpu = ThreadCpuMilliseconds();
                var watch = Stopwatch.StartNew();
                action();
                sums[name] = sums.GetValueOrDefault(name) + watch.Elapsed.TotalMilliseconds;
                cpuSums[name] = cpuSums.GetValueOrDefault(name) + ThreadCpuMilliseconds() - cpu;
                if (!order.Contains(name))
                {
                    order.Add(name);
                }
            }

            foreach (var (image, mask, settings) in inputs)
            {
                // Phase by phase on one input.
                var input = new FeatureInput(image, mask, settings);
                Time("discretise", () => _ = input.Discretised);
                TextureGrid grid = null!;
                Time("grid", () => grid = TextureGrid.For(input, settings.Features.Distances.Max()));
                if (run == 0)
                {
                    Console.WriteLine($"input: {grid.RoiCount} ROI voxels, box {grid.Box.X}×{grid.Box.Y}×{grid.Box.Z}, {grid.GreyLevelCount} grey levels (highest {grid.MaxLevel})");
                }

                GlcmMatrices glcm = null!;
                Time("glcm build", () => glcm = GlcmMatrices.Build(grid, TextureLayout.PyRadiomics(grid, settings, settings.Features.Distances), settings.Features.SymmetricalGlcm));
                List<GlcmProbabilities> probabilities = null!;
                Time("glcm probabilities", () => probabilities = [.. glcm.Combine(TextureAggregation.Average3D).Select(c => new GlcmProbabilities(c, glcm.GreyLevels, grid.MaxLevel))]);
                Time("glcm features but MCC", () =>
                {
                    foreach (GlcmProbabilities p in probabilities)
                    {
                        _ = GlcmFeatures.Autocorrelation(p) + GlcmFeatures.ClusterProminence(p) + GlcmFeatures.ClusterShade(p) + GlcmFeatures.ClusterTendency(p)
                            + GlcmFeatures.Contrast(p) + GlcmFeatures.Correlation(p) + GlcmFeatures.DifferenceAverage(p) + GlcmFeatures.DifferenceEntropy(p)
                            + GlcmFeatures.DifferenceVariance(p) + GlcmFeatures.Id(p) + GlcmFeatures.Idm(p) + GlcmFeatures.Idmn(p) + GlcmFeatures.Idn(p)
                            + GlcmFeatures.Imc1(p) + GlcmFeatures.Imc2(p) + GlcmFeatures.InverseVariance(p) + GlcmFeatures.JointEnergy(p)
                            + GlcmFeatures.MaximumProbability(p) + GlcmFeatures.SumAverage(p) + GlcmFeatures.SumEntropy(p) + GlcmFeatures.SumSquares(p);
                    }
                });
                Time("glcm MCC", () =>
                {
                    foreach (GlcmProbabilities p in probabilities)
                    {
                        _ = GlcmFeatures.Mcc(p);
                    }
                });
                GlrlmMatrices glrlm = null!;
                Time("glrlm build", () => glrlm = GlrlmMatrices.Build(grid, TextureLayout.PyRadiomics(grid, settings, [1]), dropSingleVoxelDirections: true));
                Time("glrlm features", () =>
                {
                    foreach (double[] counts in glrlm.Combine(TextureAggregation.Average3D))
                    {
                        GreyLevelSizeMatrix m = glrlm.ToSizeMatrix(counts);
                        _ = GlrlmFeatures.RunEntropy(m) + GlrlmFeatures.LongRunHighGrayLevelEmphasis(m) + GlrlmFeatures.RunVariance(m);
                    }
                });
                Index3[] neighbours = TextureDirections.Generate(grid.Box, [1], bidirectional: true, null);
                GlszmMatrices glszm = null!;
                Time("glszm build", () => glszm = GlszmMatrices.Build(grid, neighbours, null));
                GldmMatrices gldm = null!;
                Time("gldm build", () => gldm = GldmMatrices.Build(grid, neighbours, null, settings.Features.GldmA));
                if (run == 0 && Environment.GetEnvironmentVariable("STATS") is not null)
                {
                    double zones = 0; foreach (double c in glszm.Counts(0)) zones += c;
                    double dep = 0; ReadOnlySpan<double> g = gldm.Counts(0); for (int k = 0; k < g.Length; k++) dep += g[k] * (k % gldm.MaxDependence);
                    Console.WriteLine($"zones {zones}, mean zone {grid.RoiCount / zones:F2}, mean equal neighbours {dep / grid.RoiCount:F2}");
                }

                Time("ngtdm build", () => NgtdmMatrix.Build(grid, neighbours, null, includeIsolatedVoxels: true));

                // Whole families, one thread, on a fresh input (each includes its share of discretisation and grid
                // only in the first family that asks, as in an extraction).
                var fresh = new FeatureInput(image, mask, settings);
                Time("family: discretise", () => _ = fresh.Discretised);
                foreach (IFeatureFamily family in new IFeatureFamily[] { new GlcmFamily(1), new GlrlmFamily(1), new GlszmFamily(), new GldmFamily(), new NgtdmFamily() })
                {
                    FeatureInfo[] requested = [.. family.Features.Where(f => !f.OnlyWhenRequested)];
                    Time($"family: {family.Name}", () => family.Compute(fresh, requested));
                }
            }

            if (run == 0)
            {
                continue;
            }

            foreach (var (name, value) in sums)
            {
                if (!phases.TryGetValue(name, out List<double>? list))
                {
                    phases[name] = list = [];
                }

                list.Add(value);
                if (!cpuPhases.TryGetValue(name, out List<double>? cpuList))
                {
                    cpuPhases[name] = cpuList = [];
                }

                cpuList.Add(cpuSums[name]);
            }
        }

        Console.WriteLine($"texture phases, {which} ({inputs.Count} input(s)), {runs} runs, ProcessorCount {Environment.ProcessorCount}");
        foreach (string name in order)
        {
            double[] sorted = [.. phases[name].Order()];
            double[] cpu = [.. cpuPhases[name].Order()];
            Console.WriteLine($"{name,-28} wall min {sorted[0],8:F2} ms  median {sorted[sorted.Length / 2],8:F2} ms   thread CPU min {cpu[0],8:F2} ms  median {cpu[cpu.Length / 2],8:F2} ms");
        }
    }

    /// <summary>
    /// Writes every texture feature (all, including those computed only on request) of both cases, and of the original
    /// image under a few other settings, with its exact bits, so that two builds can be compared value by value.
    /// </summary>
    private static void Dump(string path)
    {
        using var writer = new StreamWriter(path);
        var cases = new List<(string, Volume<double>, Volume<byte>, RadiomicsSettings)>();
        foreach (string which in new[] { "original", "filtered" })
        {
            int k = 0;
            foreach (var (image, mask, settings) in Inputs(which))
            {
                cases.Add(($"{which}{k++}", image, mask, settings));
            }
        }

        var (i0, m0, s0) = Inputs("original")[0];
        cases.Add(("asymmetric", i0, m0, s0 with { Features = s0.Features with { SymmetricalGlcm = false } }));
        cases.Add(("force2D", i0, m0, s0 with { Features = s0.Features with { Force2D = true } }));
        cases.Add(("distances12", i0, m0, s0 with { Features = s0.Features with { Distances = [1, 2] } }));
        cases.Add(("bincount", i0, m0, s0 with { Discretisation = s0.Discretisation with { BinWidth = 5 } }));
        cases.Add(("weighted", i0, m0, s0 with { Features = s0.Features with { WeightingNorm = WeightingNorm.Euclidean } }));
        foreach (var (name, image, mask, settings) in cases)
        {
            var input = new FeatureInput(image, mask, settings);
            foreach (IFeatureFamily family in new IFeatureFamily[] { new GlcmFamily(1), new GlrlmFamily(1), new GlszmFamily(), new GldmFamily(), new NgtdmFamily() })
            {
                double[] values = family.Compute(input, family.Features);
                for (int f = 0; f < values.Length; f++)
                {
                    writer.WriteLine($"{name}_{family.Name}_{family.Features[f].Name} {values[f].ToString("R", System.Globalization.CultureInfo.InvariantCulture)} {BitConverter.DoubleToInt64Bits(values[f]):X16}");
                }
            }
        }
    }

    /// <summary>One family's matrix build on the CT phantom's original image, <paramref name="count"/> times (for a profiler).</summary>
    private static void Loop(string family, int count, string which)
    {
        string[] parts = which.Split(':');
        var (image, mask, settings) = Inputs(parts[0])[parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 0];
        var input = new FeatureInput(image, mask, settings);
        TextureGrid grid = TextureGrid.For(input, 1);
        Index3[] neighbours = TextureDirections.Generate(grid.Box, [1], bidirectional: true, null);
        double start = ThreadCpuMilliseconds();
        double best = double.MaxValue;
        for (int i = 0; i < count; i++)
        {
            double one = ThreadCpuMilliseconds();
            _ = family switch
            {
                "glcm" => (object)GlcmMatrices.Build(grid, TextureLayout.PyRadiomics(grid, settings, [1]), true),
                "glrlm" => GlrlmMatrices.Build(grid, TextureLayout.PyRadiomics(grid, settings, [1]), dropSingleVoxelDirections: true),
                "glrlm-nodrop" => GlrlmMatrices.Build(grid, TextureLayout.PyRadiomics(grid, settings, [1]), dropSingleVoxelDirections: false),
                "glrlm-counts" => RunCounts(grid, TextureLayout.PyRadiomics(grid, settings, [1])),
                "glszm" => GlszmMatrices.Build(grid, neighbours, null),
                "gldm" => GldmMatrices.Build(grid, neighbours, null, 0),
                "ngtdm" => NgtdmMatrix.Build(grid, neighbours, null, includeIsolatedVoxels: true),
                "grid" => TextureGrid.Build(input.Discretised.Levels, mask, 1),
                _ => throw new ArgumentException(family),
            };
            best = Math.Min(best, ThreadCpuMilliseconds() - one);
        }

        Console.WriteLine($"{family}: {(ThreadCpuMilliseconds() - start) / count:F3} ms thread CPU per build (mean of {count}), min {best:F3} ms");
    }

    /// <summary>The run counts alone (as the GLRLM family takes them, without the double matrices); returns their width.</summary>
    private static object RunCounts(TextureGrid grid, TextureLayout layout)
    {
        using RunLengthCounts counts = RunLengthCounts.Count(grid, layout, dropSingleVoxelDirections: true, 1);
        return counts.MaxRunLength;
    }

    /// <summary>
    /// <c>-- texture inputs [original|filtered] [runs]</c>: each input's grid and matrix builds apart (thread CPU, minimum
    /// of <c>runs</c>), with its grey levels and zone count, to see which image types cost what.
    /// </summary>
    private static void PerInput(string which, int runs)
    {
        var pool = new ExactLengthArrayPool();
        Console.WriteLine($"{"input",-5} {"Ng",4} {"zones",7} {"grid",6} {"glcm",6} {"glrlm",6} {"glszm",6} {"gldm",6} {"ngtdm",6}  (ms thread CPU, min of {runs})");
        double[] totals = new double[6];
        int k = 0;
        foreach (var (image, mask, settings) in Inputs(which))
        {
            double[] best = [.. Enumerable.Repeat(double.MaxValue, 6)];
            int zones = 0;
            for (int run = 0; run < runs; run++)
            {
                using var input = new FeatureInput(image, mask, settings, null, pool);
                _ = input.Discretised;
                double Time(int slot, Action action)
                {
                    double start = ThreadCpuMilliseconds();
                    action();
                    double spent = ThreadCpuMilliseconds() - start;
                    best[slot] = Math.Min(best[slot], spent);
                    return spent;
                }

                TextureGrid grid = null!;
                Time(0, () => grid = TextureGrid.For(input, 1));
                Index3[] neighbours = TextureDirections.Generate(grid.Box, [1], bidirectional: true, null);
                Time(1, () => GlcmMatrices.Build(grid, TextureLayout.PyRadiomics(grid, settings, [1]), true));
                Time(2, () => GlrlmMatrices.Build(grid, TextureLayout.PyRadiomics(grid, settings, [1]), dropSingleVoxelDirections: true));
                GlszmMatrices glszm = null!;
                Time(3, () => glszm = GlszmMatrices.Build(grid, neighbours, null));
                Time(4, () => GldmMatrices.Build(grid, neighbours, null, 0));
                Time(5, () => NgtdmMatrix.Build(grid, neighbours, null, includeIsolatedVoxels: true));
                zones = 0;
                foreach (double c in glszm.Counts(0))
                {
                    zones += (int)c;
                }

                if (run == 0)
                {
                    Console.Write($"{k,-5} {grid.GreyLevelCount,4} {zones,7}");
                }
            }

            for (int slot = 0; slot < 6; slot++)
            {
                totals[slot] += best[slot];
            }

            Console.WriteLine(string.Concat(best.Select(b => $" {b,6:F2}")));
            k++;
        }

        Console.WriteLine($"{"sum",-5} {"",4} {"",7}" + string.Concat(totals.Select(b => $" {b,6:F2}")));
    }

    /// <summary>CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID; Linux), which other processes' load does not inflate.</summary>
    internal static double ThreadCpuMilliseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        _ = ClockGetTime(3, out TimeSpec time);
        return (time.Seconds * 1e3) + (time.Nanoseconds * 1e-6);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    internal static List<(Volume<double>, Volume<byte>, RadiomicsSettings)> Inputs(string which)
    {
        ImageData image = ImageReader.Read(BenchData.CtPhantomImage);
        ImageData mask = ImageReader.Read(BenchData.CtPhantomMask);
        string file = which == "original" ? "ct-phantom-original.params.yaml" : "ct-phantom-filters.params.yaml";
        ExtractionParameters parameters = PipelineParameters.Load(BenchData.Path($"pyradiomics-parity/{file}"));
        parameters = parameters with { Settings = parameters.Settings with { Output = new OutputSettings { AdditionalInfo = false } } };
        var extractor = new RadiomicsExtractor(parameters);
        var prepared = extractor.Prepare(image, mask, "mask", null, null);
        BoundingBox box = prepared.Box;
        Volume<double> croppedImage = prepared.Working.Crop(box.Lower, box.Size);
        Volume<byte> croppedMask = prepared.FeatureMask.Crop(box.Lower, box.Size);
        var result = new List<(Volume<double>, Volume<byte>, RadiomicsSettings)>();
        foreach (var derived in extractor.DerivedImages(prepared, box, croppedImage))
        {
            result.Add((derived.Image, croppedMask, derived.Settings));
        }

        return result;
    }
}
