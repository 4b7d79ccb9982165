using System.Buffers.Binary;
using System.IO.Compression;

namespace Radiomics.Hostile.Tests.Corpus;

/// <summary>
/// A NIfTI-1 file built field by field (little endian, header 348 bytes + 4 extension bytes, data at 352), so every
/// field can be set to a hostile value. Defaults: an 8 × 7 × 6 int16 image, 1 mm, no qform/sform (identity geometry,
/// origin 0), values 0…; <see cref="Mask"/> gives the matching ROI mask.
/// </summary>
public sealed class NiftiBytes
{
    public int SizeOfHeader { get; set; } = 348;

    public short[] Dim { get; set; } = [3, 8, 7, 6, 1, 1, 1, 1];

    public short IntentCode { get; set; }

    public short Datatype { get; set; } = 4;

    public short BitPix { get; set; } = 16;

    public float[] PixDim { get; set; } = [1, 1, 1, 1, 0, 0, 0, 0];

    public float VoxOffset { get; set; } = 352;

    public float SclSlope { get; set; }

    public float SclInter { get; set; }

    public byte Units { get; set; } = 2;

    public short QformCode { get; set; }

    public short SformCode { get; set; }

    /// <summary>quatern_b, c, d, qoffset_x, y, z.</summary>
    public float[] Quatern { get; set; } = [0, 0, 0, 0, 0, 0];

    /// <summary>srow_x, srow_y, srow_z.</summary>
    public float[] Srow { get; set; } = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0];

    public string Magic { get; set; } = "n+1";

    /// <summary>The voxel bytes after the header (null: the default int16 ramp).</summary>
    public byte[]? Data { get; set; }

    public static byte[] Ramp(int count)
    {
        var data = new byte[2 * count];
        for (int i = 0; i < count; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(2 * i), (short)((i * 37 % 500) - 100));
        }

        return data;
    }

    /// <summary>The mask for the default image: uint8, label 1 on a 4 × 4 × 3 box.</summary>
    public static NiftiBytes Mask()
    {
        var data = new byte[8 * 7 * 6];
        for (int z = 1; z < 4; z++)
        {
            for (int y = 2; y < 6; y++)
            {
                for (int x = 2; x < 6; x++)
                {
                    data[(z * 7 + y) * 8 + x] = 1;
                }
            }
        }

        return new NiftiBytes { Datatype = 2, BitPix = 8, Data = data };
    }

    public byte[] Build()
    {
        var header = new byte[352];
        Span<byte> h = header;
        BinaryPrimitives.WriteInt32LittleEndian(h, SizeOfHeader);
        for (int i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(h[(40 + 2 * i)..], Dim[i]);
            BinaryPrimitives.WriteSingleLittleEndian(h[(76 + 4 * i)..], PixDim[i]);
        }

        BinaryPrimitives.WriteInt16LittleEndian(h[68..], IntentCode);
        BinaryPrimitives.WriteInt16LittleEndian(h[70..], Datatype);
        BinaryPrimitives.WriteInt16LittleEndian(h[72..], BitPix);
        BinaryPrimitives.WriteSingleLittleEndian(h[108..], VoxOffset);
        BinaryPrimitives.WriteSingleLittleEndian(h[112..], SclSlope);
        BinaryPrimitives.WriteSingleLittleEndian(h[116..], SclInter);
        h[123] = Units;
        BinaryPrimitives.WriteInt16LittleEndian(h[252..], QformCode);
        BinaryPrimitives.WriteInt16LittleEndian(h[254..], SformCode);
        for (int i = 0; i < 6; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(h[(256 + 4 * i)..], Quatern[i]);
        }

        for (int i = 0; i < 12; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(h[(280 + 4 * i)..], Srow[i]);
        }

        System.Text.Encoding.ASCII.GetBytes(Magic.PadRight(4, '\0')[..4]).CopyTo(h[344..]);
        return [.. header, .. Data ?? Ramp(8 * 7 * 6)];
    }

    public static byte[] Gzip(byte[] bytes)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
