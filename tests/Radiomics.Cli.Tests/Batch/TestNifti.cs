using System.Buffers.Binary;
using Radiomics.Imaging;

namespace Radiomics.Cli.Tests.Batch;

/// <summary>A test-only NIfTI-1 writer (uncompressed .nii, scalar uint8/int16, qform identity) for batch inputs.</summary>
internal static class TestNifti
{
    public static void Write(string path, ImageData image)
    {
        (short datatype, short bitpix) = image.VoxelType switch
        {
            VoxelType.UInt8 => ((short)2, (short)8),
            VoxelType.Int16 => ((short)4, (short)16),
            _ => throw new NotSupportedException(image.VoxelType.ToString()),
        };

        var header = new byte[352];
        Span<byte> h = header;
        BinaryPrimitives.WriteInt32LittleEndian(h, 348);
        Size3 size = image.Geometry.Size;
        short[] dim = [3, (short)size.X, (short)size.Y, (short)size.Z, 1, 1, 1, 1];
        for (int i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(h[(40 + 2 * i)..], dim[i]);
        }

        BinaryPrimitives.WriteInt16LittleEndian(h[70..], datatype);
        BinaryPrimitives.WriteInt16LittleEndian(h[72..], bitpix);
        float[] pixdim = [1, (float)image.Geometry.Spacing.X, (float)image.Geometry.Spacing.Y, (float)image.Geometry.Spacing.Z];
        for (int i = 0; i < 4; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(h[(76 + 4 * i)..], pixdim[i]);
        }

        BinaryPrimitives.WriteSingleLittleEndian(h[108..], 352);
        BinaryPrimitives.WriteInt16LittleEndian(h[252..], 1);
        "n+1\0"u8.CopyTo(h[344..]);
        using var file = File.Create(path);
        file.Write(header);
        file.Write(image.AsBytes());
    }
}
