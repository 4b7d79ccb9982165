using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Features.Texture;

/// <summary>Builds feature inputs for the texture tests: the IBSI phantoms as the parity runs prepared them, and small hand-made volumes.</summary>
internal static class TextureTestInputs
{
    public static FeatureInput DigitalPhantom(RadiomicsSettings? settings = null) =>
        Load(TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask, settings ?? RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 1 } });

    public static FeatureInput CtPhantom(RadiomicsSettings? settings = null) =>
        Load(TestData.IbsiCtPhantomImage, TestData.IbsiCtPhantomMask, settings ?? RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 25 } });

    public static FeatureInput Load(string imagePath, string maskPath, RadiomicsSettings settings)
    {
        Volume<double> image = ImageReader.Read(imagePath).ToDoubleVolume();
        Volume<byte> mask = ImageReader.Read(maskPath).ToBinaryMask(1);
        BoundingBox box = BoundingBox.Of(mask) ?? throw new InvalidOperationException("Empty mask.");
        return new FeatureInput(image.Crop(box.Lower, box.Size), mask.Crop(box.Lower, box.Size), settings);
    }

    /// <summary>
    /// A volume of integer intensities given as z-slices of rows (y) of values along x; a voxel is in the ROI where
    /// the value is non-zero. With bin width 1 and integer values ≥ 1 the grey levels equal the values.
    /// </summary>
    public static FeatureInput FromSlices(int[][][] slices, RadiomicsSettings? settings = null, Vector3D? spacing = null)
    {
        int nz = slices.Length, ny = slices[0].Length, nx = slices[0][0].Length;
        var geometry = new ImageGeometry(new Size3(nx, ny, nz), spacing ?? Vector3D.One, Vector3D.Zero, Direction3.Identity);
        var image = new Volume<double>(geometry);
        var mask = new Volume<byte>(geometry);
        for (int z = 0; z < nz; z++)
        {
            for (int y = 0; y < ny; y++)
            {
                for (int x = 0; x < nx; x++)
                {
                    int v = slices[z][y][x];
                    image[x, y, z] = v;
                    mask[x, y, z] = v != 0 ? (byte)1 : (byte)0;
                }
            }
        }

        return new FeatureInput(image, mask, settings ?? RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 1 } });
    }

    /// <summary>Computes every non-deprecated feature of a family: name → value.</summary>
    public static Dictionary<string, double> ComputeAll(IFeatureFamily family, FeatureInput input)
    {
        FeatureInfo[] requested = family.Features.Where(f => !f.OnlyWhenRequested).ToArray();
        double[] values = family.Compute(input, requested);
        return requested.Select((f, i) => (f.Name, values[i])).ToDictionary(t => t.Name, t => t.Item2);
    }
}
