using Radiomics.Examples;
using Radiomics.Imaging;

namespace Radiomics.Cli.Tests.Batch;

/// <summary>
/// A temporary folder with batch inputs: synthetic CT cases (Radiomics.Examples.SyntheticCase at a few sizes, so the
/// cases differ) written as NIfTI, bad inputs, a first-order-only parameter file (to keep the tests fast), and a case list.
/// </summary>
internal sealed class BatchWorkspace : IDisposable
{
    public BatchWorkspace() => Folder = Directory.CreateTempSubdirectory("radiomics-batch-").FullName;

    public string Folder { get; }

    public string Path(string name) => System.IO.Path.Combine(Folder, name);

    /// <summary>Writes case <paramref name="name"/>: name-image.nii and name-mask.nii (label 1 lesion; label 2 too when asked).</summary>
    public (string Image, string Mask) WriteCase(string name, int variant, bool twoLabels = false)
    {
        var (image, mask) = SyntheticCase.Create(size: 40 + 4 * (variant % 4), slices: 12 + 2 * (variant % 3));
        if (twoLabels)
        {
            var labels = (byte[])mask.Voxels;
            Size3 size = mask.Geometry.Size;
            for (int z = 3; z < size.Z - 3; z++)
            {
                for (int y = size.Y / 2 - 4; y < size.Y / 2 + 4; y++)
                {
                    for (int x = 4; x < 10; x++)
                    {
                        labels[size.Offset(x, y, z)] = 2;
                    }
                }
            }
        }

        string imagePath = Path($"{name}-image.nii"), maskPath = Path($"{name}-mask.nii");
        TestNifti.Write(imagePath, image);
        TestNifti.Write(maskPath, mask);
        return (System.IO.Path.GetFileName(imagePath), System.IO.Path.GetFileName(maskPath));
    }

    /// <summary>A mask of the given case's size with no label at all.</summary>
    public string WriteEmptyMask(string name, int variant)
    {
        var (_, mask) = SyntheticCase.Create(size: 40 + 4 * (variant % 4), slices: 12 + 2 * (variant % 3));
        Array.Clear(mask.Voxels);
        TestNifti.Write(Path(name), mask);
        return name;
    }

    public string WriteCorrupt(string name)
    {
        File.WriteAllText(Path(name), "this is not an image");
        return name;
    }

    public string WriteParams()
    {
        string path = Path("params.yaml");
        File.WriteAllText(path, "setting:\n  binWidth: 25\nfeatureClass:\n  firstorder:\n");
        return path;
    }

    /// <summary>Writes a CSV (rows given as ready-made lines) and returns its path.</summary>
    public string WriteCsv(string name, string header, IEnumerable<string> rows)
    {
        string path = Path(name);
        File.WriteAllText(path, header + "\n" + string.Join("\n", rows) + "\n");
        return path;
    }

    /// <summary>A CSV of <paramref name="count"/> good cases with an ID column.</summary>
    public string WriteGoodCases(int count, string name = "cases.csv")
    {
        var rows = new List<string>();
        for (int i = 0; i < count; i++)
        {
            var (image, mask) = WriteCase($"case{i}", i);
            rows.Add($"P{i:D3},{image},{mask}");
        }

        return WriteCsv(name, "ID,Image,Mask", rows);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A killed child process may still hold a file for a moment; the temp folder is harmless.
        }
    }
}
