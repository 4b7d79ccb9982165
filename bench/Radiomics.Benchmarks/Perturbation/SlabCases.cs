using System.Globalization;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Benchmarks.Perturbation;

/// <summary>
/// `dotnet run -c Release --project bench/Radiomics.Benchmarks -- perturb-slabs tests/data/perturbation/ct-phantom-slabs`:
/// the small cohort of the robustness example in docs/robustness.md — the IBSI CT phantom's GTV cut along z into five
/// slabs of consecutive slices (as equal as the slice count allows), each slab a "case" with its own mask
/// (slab-1.nii.gz … slab-5.nii.gz, uint8, label 1, on the phantom's grid) and cases.csv listing them with the
/// phantom's image (paths relative to the list). The slabs differ in size, shape and intensity, as lesions do.
/// </summary>
public static class SlabCases
{
    private const int Slabs = 5;

    public static void Run(string folder)
    {
        ImageData mask = ImageReader.Read(BenchData.CtPhantomMask);
        Volume<byte> roi = mask.ToBinaryMask(1);
        BoundingBox box = BoundingBox.Of(roi)!.Value;
        Directory.CreateDirectory(folder);
        string image = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(BenchData.CtPhantomImage)).Replace('\\', '/');
        var rows = new List<string> { "ID,Image,Mask" };
        int slices = box.Size.Z;
        for (int k = 0; k < Slabs; k++)
        {
            int first = box.Lower.Z + k * slices / Slabs, last = box.Lower.Z + (k + 1) * slices / Slabs - 1;
            var slab = new Volume<byte>(roi.Geometry);
            for (int z = first; z <= last; z++)
            {
                roi.Slice(z).CopyTo(slab.Slice(z));
            }

            string name = $"slab-{k + 1}.nii.gz";
            ImageWriter.Write(slab, Path.Combine(folder, name));
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"S{k + 1},{image},{name}"));
            Console.WriteLine($"{name}: slices {first}-{last}, {slab.Voxels.Length - slab.Voxels.Count((byte)0)} voxels");
        }

        File.WriteAllText(Path.Combine(folder, "cases.csv"), string.Join("\n", rows) + "\n");
    }
}
