using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Filters.ImageTypes;
using Radiomics.Imaging;

namespace Radiomics.Tests.Extraction;

/// <summary>Synthetic cases for the <c>filterRegion</c> tests: odd-sized anisotropic images with an ROI inside or at the border.</summary>
internal static class FilterRegionCases
{
    /// <summary>47×43×29 voxels of 0.8×0.9×1.5 mm (odd sizes: the wavelet pads them), origin and direction not trivial.</summary>
    public static readonly ImageGeometry Grid = new(new Size3(47, 43, 29), new Vector3D(0.8, 0.9, 1.5), new Vector3D(-12, 7, 30), Direction3.Identity);

    /// <summary>An ROI well inside the image (every finite reach fits around it).</summary>
    public static readonly BoundingBox Interior = new(new Index3(19, 17, 12), new Index3(27, 24, 17));

    /// <summary>An ROI touching the image's x = 0, y = max and z = max faces.</summary>
    public static readonly BoundingBox Border = new(new Index3(0, 34, 23), new Index3(7, 42, 28));

    /// <summary>A CT-like image: a smooth structure with a step, plus noise, negative and positive values.</summary>
    public static ImageData Image(VoxelType type = VoxelType.Int16, ImageGeometry? geometry = null, int seed = 7)
    {
        geometry ??= Grid;
        Size3 n = geometry.Size;
        var random = new Random(seed);
        var values = new double[n.VoxelCount];
        for (int z = 0; z < n.Z; z++)
        {
            for (int y = 0; y < n.Y; y++)
            {
                for (int x = 0; x < n.X; x++)
                {
                    double smooth = 300 * Math.Sin(x / 5.0) * Math.Cos(y / 7.0) + 20 * z;
                    double step = x + y > n.X ? 400 : -600;
                    values[n.Offset(x, y, z)] = Math.Round(smooth + step + random.Next(-150, 150));
                }
            }
        }

        Array voxels = type switch
        {
            VoxelType.Int16 => values.Select(v => (short)v).ToArray(),
            VoxelType.Float32 => values.Select(v => (float)(v * 0.37)).ToArray(),
            _ => values,
        };
        return new ImageData(geometry, type, voxels);
    }

    /// <summary>An irregular blob filling most of <paramref name="box"/> and touching all its faces.</summary>
    public static ImageData Mask(BoundingBox box, ImageGeometry? geometry = null)
    {
        geometry ??= Grid;
        Size3 n = geometry.Size;
        var voxels = new byte[n.VoxelCount];
        Size3 s = box.Size;
        for (int z = box.Lower.Z; z <= box.Upper.Z; z++)
        {
            for (int y = box.Lower.Y; y <= box.Upper.Y; y++)
            {
                for (int x = box.Lower.X; x <= box.Upper.X; x++)
                {
                    double u = (x - box.Lower.X + 0.5) / s.X - 0.5, v = (y - box.Lower.Y + 0.5) / s.Y - 0.5, w = (z - box.Lower.Z + 0.5) / s.Z - 0.5;
                    bool axisLine = (x == box.Lower.X + s.X / 2 && y == box.Lower.Y + s.Y / 2) || (y == box.Lower.Y + s.Y / 2 && z == box.Lower.Z + s.Z / 2)
                        || (x == box.Lower.X + s.X / 2 && z == box.Lower.Z + s.Z / 2);
                    if (axisLine || (u * u) + (v * v) + (w * w) <= 0.2 + (0.05 * Math.Sin(7 * u)))
                    {
                        voxels[n.Offset(x, y, z)] = 1;
                    }
                }
            }
        }

        return new ImageData(geometry, VoxelType.UInt8, voxels);
    }

    /// <summary>The extractor of a parameter file given as YAML.</summary>
    public static RadiomicsExtractor Extractor(string yaml) => new(PipelineParameters.Parse(yaml, "test"));

    /// <summary>The derived images (cropped to the ROI's box) of an extractor, by prefix, in order.</summary>
    public static List<DerivedImage> Derived(RadiomicsExtractor extractor, ImageData image, ImageData mask)
    {
        RadiomicsExtractor.PreparedCase prepared = extractor.Prepare(image, mask, "mask", null, null);
        return [.. extractor.DerivedImages(prepared, prepared.Box)];
    }

    /// <summary>A parameter file enabling one image type (with its settings block) and no feature class, with global settings.</summary>
    public static string Yaml(string filterRegion, string imageType, string settings = "") =>
        $"""
        setting:
          filterRegion: {filterRegion}
        {Indent(settings, 2)}
        imageType:
        {Indent(imageType, 2)}
        featureClass:
          firstorder:
        """;

    private static string Indent(string text, int spaces) =>
        string.Join("\n", text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => new string(' ', spaces) + line.Trim('\r')));
}
