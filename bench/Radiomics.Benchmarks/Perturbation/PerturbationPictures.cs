using Radiomics.Configuration;
using Radiomics.Configuration.Perturbation;
using Radiomics.IO;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Perturbation;

namespace Radiomics.Benchmarks.Perturbation;

/// <summary>
/// `dotnet run -c Release --project bench/Radiomics.Benchmarks -- perturb-pictures docs/images`: the pictures of
/// docs/robustness.md — what each perturbation does to the image and the ROI of the small anisotropic phantom
/// tests/data/analysis/regions/phantom (84 × 84 × 24 voxels of 0.75 × 0.9 × 3 mm), on the slice with the most ROI
/// voxels, every voxel drawn at its physical size. Writes perturb-noise.png, perturb-rotation.png,
/// perturb-translation.png, perturb-volume.png, perturb-supervoxels.png and perturb-randomisation.png.
/// </summary>
public static class PerturbationPictures
{
    private const double PixelsPerMm = 3;

    private static readonly (double R, double G, double B) Red = (220, 40, 40), Blue = (60, 110, 255), Green = (40, 190, 80), Orange = (255, 150, 0), Yellow = (255, 230, 60);

    public static void Run(string folder)
    {
        string phantom = BenchData.Path("analysis/regions/phantom");
        ImageData stored = ImageReader.Read(Path.Combine(phantom, "image.nii.gz"));
        Volume<double> image = stored.ToDoubleVolume();
        Volume<byte> roi = ImageReader.Read(Path.Combine(phantom, "mask.nii.gz")).ToBinaryMask(1);
        BoundingBox box = BoundingBox.Of(roi)!.Value;
        int z = Enumerable.Range(0, roi.Size.Z).MaxBy(k => roi.Slice(k).Count((byte)1));
        Directory.CreateDirectory(folder);

        // Noise: the phantom and the same with Gaussian noise of σ = 25 added (seed 1, draw 1).
        Volume<double> noisy = GaussianNoise.Add(image, 25, 1, 1);
        Save(folder, "perturb-noise.png", [Slice(image, z), Slice(noisy, z)]);

        // Rotation: the grid turned by 30° about the image centre; the variant, drawn on its own grid, shows the patient turned by −30°.
        ImageGeometry turned = PerturbationGrid.Moved(image.Geometry, 30, Vector3D.Zero);
        Volume<double> rotated = GridSampling.Image(image, turned, Interpolator.BSpline, null);
        Volume<byte> rotatedRoi = GridSampling.Roi(roi, box, turned, null);
        Save(folder, "perturb-rotation.png", [Slice(image, z, (roi, Red)), Slice(rotated, z, (rotatedRoi, Red))]);

        // Translation: half a voxel along x and y; both ROIs drawn where they lie in space (red both, blue only the
        // original's voxels, green only the translated grid's voxels).
        ImageGeometry shifted = PerturbationGrid.Moved(image.Geometry, 0, new Vector3D(0.5, 0.5, 0));
        Volume<byte> shiftedRoi = GridSampling.Roi(roi, box, shifted, null);
        Save(folder, "perturb-translation.png",
        [
            Drawn(image, z, (p => Inside(roi, p) && Inside(shiftedRoi, p), Red), (p => Inside(roi, p) && !Inside(shiftedRoi, p), Blue),
                (p => !Inside(roi, p) && Inside(shiftedRoi, p), Green)),
        ]);

        // Volume adaptation: grown by 2 mm (blue: the voxels it adds), shrunk by 2 mm (red: the voxels it removes; orange: what stays).
        Volume<byte> grown = VolumeAdaptation.Apply(roi, RoiAdaptType.Distance, 2).Mask;
        Volume<byte> shrunk = VolumeAdaptation.Apply(roi, RoiAdaptType.Distance, -2, 0.5).Mask;
        Save(folder, "perturb-volume.png",
        [
            Drawn(image, z, (p => Inside(grown, p) && !Inside(roi, p), Blue), (p => Inside(roi, p) && !Inside(shrunk, p), Red), (p => Inside(shrunk, p), Orange)),
        ]);

        // Supervoxels over the ROI's box plus 25 mm, their boundaries in yellow, the ROI in red; on the phantom with noise
        // of σ 15 added, so that some supervoxels straddle the contour as on a real lesion. Right: the supervoxels by
        // overlap with the ROI — green ≥ 0.9 (always kept), orange 0.2 … 0.9 (kept with that probability), blue below 0.2.
        Volume<double> blurred = GaussianNoise.Add(image, 15, 1, 2);
        int Margin(int axis) => (int)Math.Ceiling(25 / image.Geometry.Spacing[axis]);
        var region = new BoundingBox(
            new Index3(Math.Max(0, box.Lower.X - Margin(0)), Math.Max(0, box.Lower.Y - Margin(1)), Math.Max(0, box.Lower.Z - Margin(2))),
            new Index3(Math.Min(roi.Size.X - 1, box.Upper.X + Margin(0)), Math.Min(roi.Size.Y - 1, box.Upper.Y + Margin(1)), Math.Min(roi.Size.Z - 1, box.Upper.Z + Margin(2))));
        SupervoxelMap supervoxels = Supervoxels.Compute(ImageData.FromVolume(blurred), region, -100, 200);
        Volume<byte> edges = SupervoxelEdges(supervoxels, roi.Geometry);
        double[] overlap = ContourRandomisation.Overlaps(supervoxels, roi);
        bool Overlapping(Vector3D p, double low, double high) =>
            At(roi.Geometry, p) is { } i && supervoxels.LabelAt(i.X, i.Y, i.Z) is int k and > 0 && overlap[k] >= low && overlap[k] < high;
        Save(folder, "perturb-supervoxels.png",
        [
            Slice(blurred, z, (roi, Red), (edges, Yellow)),
            Drawn(blurred, z, (p => Overlapping(p, 0.9, 2), Green), (p => Overlapping(p, 0.2, 0.9), Orange), (p => Overlapping(p, 1e-9, 0.2), Blue), (p => Inside(edges, p), Yellow)),
        ]);

        // Contour randomisation: the ROI and two randomisations (supervoxels kept with probability = overlap).
        double[] probability = ContourRandomisation.Probabilities(overlap);
        var panels = new List<Panel> { Slice(blurred, z, (roi, Red)) };
        for (int repetition = 1; repetition <= 2; repetition++)
        {
            Volume<byte> randomised = ContourRandomisation.Mask(supervoxels, ContourRandomisation.Select(probability, SplitMixStream.For(1, 7).Child((ulong)repetition)), roi.Geometry);
            panels.Add(Slice(blurred, z, (randomised, Green), (edges, Yellow)));
        }

        Save(folder, "perturb-randomisation.png", panels);
    }

    /// <summary>One slice drawn: grey image (window −100 … 200), masks blended over it in order.</summary>
    private sealed record Panel(int Width, int Height, byte[] Rgb);

    private static Panel Slice(Volume<double> image, int z, params (Volume<byte> Mask, (double R, double G, double B) Colour)[] overlays) =>
        Drawn(image, z, [.. overlays.Select(o => ((Func<Vector3D, bool>)(p => Inside(o.Mask, p)), o.Colour))]);

    /// <summary>One slice drawn, the overlays decided at each pixel's position in space (so masks on other grids land where they lie).</summary>
    private static Panel Drawn(Volume<double> image, int z, params (Func<Vector3D, bool> Inside, (double R, double G, double B) Colour)[] overlays)
    {
        Vector3D spacing = image.Geometry.Spacing;
        int width = (int)Math.Round(image.Size.X * spacing.X * PixelsPerMm), height = (int)Math.Round(image.Size.Y * spacing.Y * PixelsPerMm);
        var rgb = new byte[width * height * 3];
        for (int py = 0; py < height; py++)
        {
            int y = Math.Min(image.Size.Y - 1, (int)(py / (spacing.Y * PixelsPerMm)));
            for (int px = 0; px < width; px++)
            {
                int x = Math.Min(image.Size.X - 1, (int)(px / (spacing.X * PixelsPerMm)));
                double grey = Math.Clamp((image[x, y, z] + 100) / 300, 0, 1) * 210;
                (double r, double g, double b) = (grey, grey, grey);
                Vector3D point = image.Geometry.IndexToPhysical((px + 0.5) / (spacing.X * PixelsPerMm) - 0.5, (py + 0.5) / (spacing.Y * PixelsPerMm) - 0.5, z);
                foreach (var (inside, colour) in overlays)
                {
                    if (inside(point))
                    {
                        (r, g, b) = (r * 0.45 + colour.R * 0.55, g * 0.45 + colour.G * 0.55, b * 0.45 + colour.B * 0.55);
                    }
                }

                int at = (py * width + px) * 3;
                (rgb[at], rgb[at + 1], rgb[at + 2]) = ((byte)r, (byte)g, (byte)b);
            }
        }

        return new Panel(width, height, rgb);
    }

    /// <summary>The panels side by side with a 6-pixel white gap, as a PNG.</summary>
    private static void Save(string folder, string name, IReadOnlyList<Panel> panels)
    {
        const int gap = 6;
        int width = panels.Sum(p => p.Width) + gap * (panels.Count - 1), height = panels.Max(p => p.Height);
        var rgb = Enumerable.Repeat((byte)255, width * height * 3).ToArray();
        int left = 0;
        foreach (Panel panel in panels)
        {
            for (int y = 0; y < panel.Height; y++)
            {
                Array.Copy(panel.Rgb, y * panel.Width * 3, rgb, (y * width + left) * 3, panel.Width * 3);
            }

            left += panel.Width + gap;
        }

        string path = Path.Combine(folder, name);
        File.WriteAllBytes(path, Regions.RingPicture.Png(width, height, rgb));
        Console.WriteLine($"{path}: {width} × {height} px");
    }

    /// <summary>Whether the voxel of <paramref name="mask"/> nearest to <paramref name="point"/> is in it.</summary>
    private static bool Inside(Volume<byte> mask, Vector3D point) => At(mask.Geometry, point) is { } i && mask[i] != 0;

    /// <summary>The index of the voxel of <paramref name="grid"/> nearest to <paramref name="point"/>, or null outside the grid.</summary>
    private static Index3? At(ImageGeometry grid, Vector3D point)
    {
        Vector3D c = grid.PhysicalToContinuousIndex(point);
        var i = new Index3((int)Math.Round(c.X), (int)Math.Round(c.Y), (int)Math.Round(c.Z));
        return grid.Size.Contains(i) ? i : null;
    }

    /// <summary>Voxels whose in-plane neighbour (+x or +y) lies in another supervoxel.</summary>
    private static Volume<byte> SupervoxelEdges(SupervoxelMap supervoxels, ImageGeometry grid)
    {
        var edges = new Volume<byte>(grid);
        BoundingBox region = supervoxels.Region;
        for (int z = region.Lower.Z; z <= region.Upper.Z; z++)
        {
            for (int y = region.Lower.Y; y <= region.Upper.Y; y++)
            {
                for (int x = region.Lower.X; x <= region.Upper.X; x++)
                {
                    int label = supervoxels.LabelAt(x, y, z);
                    bool edge = (x < region.Upper.X && supervoxels.LabelAt(x + 1, y, z) != label) || (y < region.Upper.Y && supervoxels.LabelAt(x, y + 1, z) != label);
                    edges[x, y, z] = edge ? (byte)1 : (byte)0;
                }
            }
        }

        return edges;
    }
}
