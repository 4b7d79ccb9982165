using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Filters.Ibsi2;

/// <summary>Reads the IBSI 2 phantoms and reference maps (through <see cref="TestData"/>).</summary>
internal static class Ibsi2Data
{
    public static Volume<double> Read(string relativePath) => ToDouble(ImageReader.Read(TestData.Require("ibsi2/" + relativePath)));

    /// <summary>
    /// Converts by the stored voxel type. <see cref="ImageData.ToDoubleVolume"/> is avoided on purpose: its type
    /// switch tests <c>sbyte[]</c> before <c>byte[]</c>, and the CLR lets a byte[] match <c>sbyte[]</c>, so uint8
    /// phantoms (0/255) come back as 0/−1 (reported to the lead).
    /// </summary>
    private static Volume<double> ToDouble(ImageData data)
    {
        var volume = new Volume<double>(data.Geometry);
        Span<double> target = volume.Voxels;
        switch (data.VoxelType)
        {
            case VoxelType.UInt8:
                var bytes = (byte[])data.Voxels;
                for (int i = 0; i < target.Length; i++)
                {
                    target[i] = bytes[i];
                }

                return volume;
            case VoxelType.Float32:
                var floats = (float[])data.Voxels;
                for (int i = 0; i < target.Length; i++)
                {
                    target[i] = floats[i];
                }

                return volume;
            default:
                return data.ToDoubleVolume();
        }
    }
}
