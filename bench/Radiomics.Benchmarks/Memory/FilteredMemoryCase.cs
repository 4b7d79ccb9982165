using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Benchmarks.Memory;

/// <summary>
/// `dotnet run -c Release --project bench/Radiomics.Benchmarks -- memory [DIR] [roi|image ...]`: the memory
/// scenario. Generates (once, in DIR, default /tmp/radiomics-memory) a 512×512×300 int16 CT (.nii.gz, 0.75×0.75×1.25
/// mm) with a ~100,000-voxel lesion, then runs `radiomics extract` as a child process under /usr/bin/time with
/// Original + LoG (σ = 1, 3, 5 mm) + Wavelet (level 1), every feature class, no resampling, once per
/// <c>filterRegion</c> asked for, and prints its peak resident memory (maximum RSS), wall and CPU time. When both modes
/// run, the largest relative difference between their feature values is printed too.
/// </summary>
public static class FilteredMemoryCase
{
    private static readonly Size3 Size = new(512, 512, 300);

    public static void Run(IReadOnlyList<string> args)
    {
        string folder = args.Count > 0 && !IsMode(args[0]) ? args[0] : Path.Combine(Path.GetTempPath(), "radiomics-memory");
        string[] modes = args.Where(IsMode).DefaultIfEmpty("roi").ToArray();
        Directory.CreateDirectory(folder);
        string image = Path.Combine(folder, "ct.nii.gz"), mask = Path.Combine(folder, "lesion.nii.gz"), parameters = Path.Combine(folder, "params.yaml");
        if (!File.Exists(image) || !File.Exists(mask))
        {
            Generate(image, mask);
        }

        File.WriteAllText(parameters, """
            setting:
              binWidth: 25
            imageType:
              Original: {}
              LoG: {sigma: [1.0, 3.0, 5.0]}
              Wavelet: {}
            featureClass:
              shape:
              firstorder:
              glcm:
              glrlm:
              glszm:
              gldm:
              ngtdm:
            """);

        string cli = Path.Combine(AppContext.BaseDirectory, "radiomics.dll");
        var outputs = new Dictionary<string, string>();
        foreach (string mode in modes)
        {
            string output = Path.Combine(folder, $"features-{mode}.json");
            var start = new ProcessStartInfo("/usr/bin/time")
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            foreach (string a in new[] { "-f", "peak-rss-kb=%M wall=%e user=%U system=%S", "dotnet", cli, "extract", image, mask,
                "--params", parameters, "--setting", $"filterRegion:{mode}", "--format", "json", "--out", output })
            {
                start.ArgumentList.Add(a);
            }

            using Process process = Process.Start(start)!;
            string stdout = process.StandardOutput.ReadToEnd();
            string stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            string summary = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith("peak-rss-kb=", StringComparison.Ordinal)) ?? stderr;
            if (process.ExitCode != 0)
            {
                Console.WriteLine($"filterRegion {mode}: failed ({process.ExitCode}): {stderr}{stdout}");
                continue;
            }

            long kb = long.Parse(summary.Split(' ')[0]["peak-rss-kb=".Length..], CultureInfo.InvariantCulture);
            Console.WriteLine($"filterRegion {mode}: peak RSS {kb / 1024.0 / 1024.0:F2} GiB ({kb / 1024} MiB); {summary}");
            outputs[mode] = output;
        }

        if (outputs.TryGetValue("roi", out string? roi) && outputs.TryGetValue("image", out string? whole))
        {
            Console.WriteLine(CompareFeatures(whole, roi));
        }
    }

    private static bool IsMode(string arg) => arg is "roi" or "image";

    /// <summary>The number of feature values and the largest relative difference between two outputs.</summary>
    private static string CompareFeatures(string expectedPath, string actualPath)
    {
        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(expectedPath));
        using JsonDocument actual = JsonDocument.Parse(File.ReadAllText(actualPath));
        int count = 0, differing = 0;
        double worst = 0;
        string worstName = "";
        foreach (JsonProperty p in expected.RootElement.EnumerateObject())
        {
            if (p.Name.StartsWith("diagnostics_", StringComparison.Ordinal) || p.Value.ValueKind != JsonValueKind.Number)
            {
                continue;
            }

            double e = p.Value.GetDouble(), a = actual.RootElement.GetProperty(p.Name).GetDouble();
            count++;
            if (e == a)
            {
                continue;
            }

            differing++;
            double relative = Math.Abs(e - a) / Math.Max(Math.Abs(e), double.Epsilon);
            if (relative > worst)
            {
                worst = relative;
                worstName = p.Name;
            }
        }

        return $"features: {count}; differing between roi and image: {differing}; largest relative difference {worst:E2} {worstName}";
    }

    /// <summary>A CT-like volume: air, an elliptic body of soft tissue with a bone ring, noise, and an ellipsoidal lesion (the ROI).</summary>
    private static void Generate(string imagePath, string maskPath)
    {
        var spacing = new Vector3D(0.75, 0.75, 1.25);
        var geometry = new ImageGeometry(Size, spacing, new Vector3D(-192, -192, -375), Direction3.Identity);
        var voxels = new short[Size.VoxelCount];
        var roi = new byte[Size.VoxelCount];
        long roiVoxels = 0;
        Parallel.For(0, Size.Z, z =>
        {
            var random = new Random(1000 + z);
            long count = 0;
            for (int y = 0; y < Size.Y; y++)
            {
                for (int x = 0; x < Size.X; x++)
                {
                    double px = (x - 255.5) * spacing.X, py = (y - 255.5) * spacing.Y, pz = (z - 149.5) * spacing.Z;
                    double body = (px * px / (170.0 * 170.0)) + (py * py / (120.0 * 120.0));
                    double value = body > 1 ? -1000 : body > 0.85 ? 700 : 40 + (20 * Math.Sin(px / 9) * Math.Cos(py / 13));
                    double lx = px - 40, ly = py + 20, lz = pz - 10;
                    bool lesion = (lx * lx) + (ly * ly) + (lz * lz) <= 26.0 * 26.0;
                    if (lesion)
                    {
                        value = 60 + (30 * Math.Sin(lx / 4) * Math.Cos(ly / 5)) - (40 * Math.Exp(-((lx * lx) + (ly * ly) + (lz * lz)) / 120.0));
                        roi[Size.Offset(x, y, z)] = 1;
                        count++;
                    }

                    voxels[Size.Offset(x, y, z)] = (short)Math.Round(value + (random.NextDouble() - 0.5) * 40);
                }
            }

            Interlocked.Add(ref roiVoxels, count);
        });
        ImageWriter.Write(new ImageData(geometry, VoxelType.Int16, voxels), imagePath);
        ImageWriter.Write(new ImageData(geometry, VoxelType.UInt8, roi), maskPath);
        Console.WriteLine($"generated {Size} int16 CT with a {roiVoxels}-voxel ROI in {Path.GetDirectoryName(imagePath)}");
    }
}
