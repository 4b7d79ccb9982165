using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Tests.Features.Shape;

/// <summary>Builds feature inputs the way the parity runs do: read, label 1, crop both to the ROI's bounding box.</summary>
internal static class ShapeInputs
{
    public static FeatureInput FromFiles(string imagePath, string maskPath, RadiomicsSettings? settings = null)
    {
        Volume<double> image = ImageReader.Read(imagePath).ToDoubleVolume();
        Volume<byte> mask = ImageReader.Read(maskPath).ToBinaryMask(1);
        BoundingBox box = BoundingBox.Of(mask) ?? throw new InvalidOperationException("The mask has no label-1 voxel.");
        return new FeatureInput(image.Crop(box.Lower, box.Size), mask.Crop(box.Lower, box.Size), settings ?? RadiomicsSettings.Default);
    }

    /// <summary>A mask volume from a predicate over voxel indices, with the given spacing.</summary>
    public static Volume<byte> Mask(Size3 size, Vector3D spacing, Func<int, int, int, bool> inside)
    {
        var geometry = new ImageGeometry(size, spacing, Vector3D.Zero, Direction3.Identity);
        var mask = new Volume<byte>(geometry);
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    mask[x, y, z] = inside(x, y, z) ? (byte)1 : (byte)0;
                }
            }
        }

        return mask;
    }

    /// <summary>All features of a family computed on a mask alone (the image is a zero volume on the same grid).</summary>
    public static Dictionary<string, double> Compute(IFeatureFamily family, Volume<byte> mask, RadiomicsSettings? settings = null)
    {
        var input = new FeatureInput(new Volume<double>(mask.Geometry), mask, settings ?? RadiomicsSettings.Default);
        return Compute(family, input);
    }

    public static Dictionary<string, double> Compute(IFeatureFamily family, FeatureInput input)
    {
        double[] values = family.Compute(input, family.Features);
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < values.Length; i++)
        {
            result[family.Features[i].Name] = values[i];
        }

        return result;
    }
}
