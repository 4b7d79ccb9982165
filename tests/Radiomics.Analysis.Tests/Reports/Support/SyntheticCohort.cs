using System.Globalization;
using System.Text;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Analysis.Tests.Reports.Support;

/// <summary>
/// Deterministic synthetic CT-like cases for report tests: soft tissue (~40 HU) with noise in air, a spherical lesion
/// (label 1) whose size and intensity vary with the case number, and cases built to trigger warnings: case 3 is an
/// intensity outlier (mean about 400 HU), case 4 has two components, case 6 is tiny (under 100 voxels), case 8
/// touches the image border.
/// </summary>
internal static class SyntheticCohort
{
    public static readonly ImageGeometry Grid = new(new Size3(48, 48, 16), new Vector3D(0.8, 0.8, 2.5), new Vector3D(-19.2, -19.2, -20), Direction3.Identity);

    public static (ImageData Image, ImageData Mask) Case(int k)
    {
        Size3 size = Grid.Size;
        var image = new short[size.VoxelCount];
        var mask = new byte[size.VoxelCount];
        double radius = k % 10 == 6 ? 1.6 : 5 + k % 7;
        double mean = k % 10 == 3 ? 400 : 40 + 10 * (k % 5);
        (double X, double Y, double Z) centre = k % 10 == 8 ? (2, 24, 8) : (24 + k % 3, 24 - k % 4, 8);
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    int i = size.Offset(x, y, z);
                    double noise = Noise(k, i);
                    double px = (x - 23.5) * 0.8, py = (y - 23.5) * 0.8;
                    double value = px * px + py * py < 17.5 * 17.5 ? 40 + 10 * noise : -1000 + 4 * noise;
                    if (Inside(x, y, z, centre, radius) || (k % 10 == 4 && Inside(x, y, z, (38, 38, 8), 3)))
                    {
                        mask[i] = 1;
                        value = mean + 20 * Math.Sin(x / 2.0) + 15 * noise;
                    }

                    image[i] = (short)Math.Round(value);
                }
            }
        }

        return (new ImageData(Grid, VoxelType.Int16, image), new ImageData(Grid, VoxelType.UInt8, mask));
    }

    /// <summary>Writes cases 0 … <paramref name="count"/> − 1 as NIfTI files under <paramref name="folder"/> and a case list with an ID column; returns its path.</summary>
    public static string Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var csv = new StringBuilder("ID,Image,Mask\n");
        for (int k = 0; k < count; k++)
        {
            var (image, mask) = Case(k);
            string id = $"S{k:000}";
            ImageWriter.Write(image, Path.Combine(folder, id + "_image.nii.gz"));
            ImageWriter.Write(mask, Path.Combine(folder, id + "_mask.nii.gz"));
            csv.Append(CultureInfo.InvariantCulture, $"{id},{id}_image.nii.gz,{id}_mask.nii.gz\n");
        }

        string path = Path.Combine(folder, "cases.csv");
        File.WriteAllText(path, csv.ToString());
        return path;
    }

    private static bool Inside(int x, int y, int z, (double X, double Y, double Z) c, double radiusMm)
    {
        double dx = (x - c.X) * 0.8, dy = (y - c.Y) * 0.8, dz = (z - c.Z) * 2.5;
        return dx * dx + dy * dy + dz * dz <= radiusMm * radiusMm;
    }

    /// <summary>A reproducible value in [−1.7, 1.7] from the case and voxel numbers (a hash, not a random generator).</summary>
    private static double Noise(int k, int i)
    {
        ulong h = (ulong)(i + 1) * 0x9E3779B97F4A7C15UL ^ (ulong)(k + 7) * 0xC2B2AE3D27D4EB4FUL;
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 32;
        return ((h & 0xFFFF) / 65535.0 - 0.5) * 3.4;
    }
}
