using System.Globalization;
using System.Text;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Benchmarks.Analysis;

/// <summary>
/// A small synthetic study cohort made from the IBSI CT phantom, for the worked example of docs/modelling.md: N
/// perturbed copies of the phantom (cropped to its ROI's box plus 4 voxels) with a binary outcome and two scanners.
/// Seeded, so the same call writes the same files.
/// </summary>
/// <remarks>
/// Case k draws a latent severity z ~ N(0, 1) and its outcome y = 1 when z + 0.6·e &gt; 0 (e ~ N(0, 1)). Its image is the
/// phantom with voxel noise of standard deviation 12 + 9·(z + 2) (at least 3) HU — so texture features carry the
/// outcome — and a case-level shift ~ N(0, 6) HU; scanner B (odd k) adds 40 HU and scales by 1.08, a batch effect for
/// ComBat to remove. The mask is the phantom's, cropped alike. Randomness: System.Random seeded with seed·1000 + k per
/// case (its seeded algorithm is fixed across .NET versions), Gaussians by Box–Muller.
/// Writes FOLDER/params.yaml (the study's extraction settings), FOLDER/images/caseNNN.nii.gz, FOLDER/mask.nii.gz,
/// FOLDER/train.csv (the first <c>train</c> cases) and FOLDER/test.csv (the rest): ID, Image, Mask, scanner, outcome.
/// </remarks>
public static class SyntheticCohort
{
    /// <summary>The study's parameter file.</summary>
    public const string Parameters = """
        # The worked study of docs/modelling.md: original image, four feature classes, CT bins of 25 HU.
        imageType:
          Original: {}
        featureClass:
          shape:
          firstorder:
          glcm:
          glrlm:
        setting:
          binWidth: 25
          label: 1
        """;

    public static void Run(string[] args)
    {
        if (args.Length is < 1 or > 4)
        {
            Console.Error.WriteLine("usage: cohort FOLDER [CASES=60] [TRAIN=40] [SEED=1]   (run from the repository root)");
            Environment.Exit(2);
        }

        int cases = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60;
        int train = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 40;
        int seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
        Write(Path.Combine("tests", "data", "ibsi1", "ct_phantom", "nifti"), args[0], cases, train, seed);
        Console.WriteLine($"wrote {cases} cases ({train} for training) to {args[0]}");
    }

    /// <summary>Writes the cohort from the phantom under <paramref name="phantomFolder"/> (its image/phantom.nii.gz and mask/mask.nii.gz).</summary>
    public static void Write(string phantomFolder, string folder, int cases = 60, int train = 40, int seed = 1)
    {
        ImageData image = ImageReader.Read(Path.Combine(phantomFolder, "image", "phantom.nii.gz"));
        ImageData mask = ImageReader.Read(Path.Combine(phantomFolder, "mask", "mask.nii.gz"));
        BoundingBox box = mask.ToBinaryMaskInBox(1)!.Value.Box.Pad(4, image.Geometry.Size);
        ImageGeometry geometry = image.Geometry.SubRegion(box.Lower, box.Size);
        double[] phantom = Crop(image, box);
        byte[] roi = Crop(mask, box).Select(v => (byte)(v == 1 ? 1 : 0)).ToArray();

        Directory.CreateDirectory(Path.Combine(folder, "images"));
        ImageWriter.Write(new ImageData(geometry, VoxelType.UInt8, roi), Path.Combine(folder, "mask.nii.gz"));
        File.WriteAllText(Path.Combine(folder, "params.yaml"), Parameters + "\n");
        var rows = new List<string>();
        for (int k = 0; k < cases; k++)
        {
            var random = new Random(seed * 1000 + k);
            double z = Gaussian(random), outcome = z + 0.6 * Gaussian(random) > 0 ? 1 : 0;
            double noise = Math.Max(3, 12 + 9 * (z + 2)), shift = 6 * Gaussian(random);
            bool scannerB = k % 2 == 1;
            var voxels = new short[phantom.Length];
            for (int i = 0; i < voxels.Length; i++)
            {
                double value = phantom[i] + shift + noise * Gaussian(random);
                value = scannerB ? 1.08 * value + 40 : value;
                voxels[i] = (short)Math.Round(Math.Clamp(value, short.MinValue, short.MaxValue));
            }

            string name = $"case{k + 1:D3}";
            ImageWriter.Write(new ImageData(geometry, VoxelType.Int16, voxels), Path.Combine(folder, "images", name + ".nii.gz"));
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"{name},images/{name}.nii.gz,mask.nii.gz,{(scannerB ? "B" : "A")},{outcome}"));
        }

        const string header = "ID,Image,Mask,scanner,outcome";
        File.WriteAllText(Path.Combine(folder, "train.csv"), string.Join("\n", [header, .. rows.Take(train)]) + "\n", new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "test.csv"), string.Join("\n", [header, .. rows.Skip(train)]) + "\n", new UTF8Encoding(false));
    }

    private static double[] Crop(ImageData image, BoundingBox box)
    {
        var values = new double[(int)box.Size.VoxelCount];
        Size3 size = image.Geometry.Size;
        int n = 0;
        for (int z = box.Lower.Z; z <= box.Upper.Z; z++)
        {
            for (int y = box.Lower.Y; y <= box.Upper.Y; y++)
            {
                for (int x = box.Lower.X; x <= box.Upper.X; x++)
                {
                    values[n++] = image.GetDouble(size.Offset(x, y, z));
                }
            }
        }

        return values;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
