using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Radiomics.Tests.IO;

/// <summary>Hand-builds NIfTI-1 and NIfTI-2 files field by field, so tests control every header value.</summary>
internal sealed class NiftiBuilder
{
    public int Version { get; init; } = 1;
    public bool BigEndian { get; init; }
    public long[] Dim { get; init; } = [3, 2, 2, 2, 1, 1, 1, 1];
    public double[] PixDim { get; init; } = [1, 1, 1, 1, 0, 0, 0, 0];
    public short Datatype { get; init; } = 4; // int16
    public short IntentCode { get; init; }
    public double Slope { get; init; }
    public double Intercept { get; init; }
    public byte XyztUnits { get; init; } = 2;
    public short QformCode { get; init; }
    public short SformCode { get; init; }
    public double[] Quatern { get; init; } = [0, 0, 0]; // b, c, d
    public double[] QOffset { get; init; } = [0, 0, 0];
    public double[] Srow { get; init; } = new double[12];
    public string? Magic { get; init; }

    /// <summary>The header (with the 4-byte extension flag for single files) in the chosen byte order.</summary>
    public byte[] Header()
    {
        return Version == 1 ? Header1() : Header2();
    }

    public byte[] File(byte[] data, bool pair = false)
    {
        byte[] header = Header();
        return pair ? header : [.. header, .. data];
    }

    public static void Save(string path, byte[] bytes)
    {
        if (path.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var file = System.IO.File.Create(path);
            using var gzip = new GZipStream(file, CompressionLevel.Fastest);
            gzip.Write(bytes);
        }
        else
        {
            System.IO.File.WriteAllBytes(path, bytes);
        }
    }

    /// <summary>int16 values in the file's byte order.</summary>
    public byte[] Int16Data(params short[] values)
    {
        var bytes = new byte[values.Length * 2];
        for (int i = 0; i < values.Length; i++)
        {
            if (BigEndian) { BinaryPrimitives.WriteInt16BigEndian(bytes.AsSpan(2 * i), values[i]); }
            else { BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(2 * i), values[i]); }
        }

        return bytes;
    }

    private byte[] Header1()
    {
        var h = new byte[352];
        I32(h, 0, 348);
        for (int i = 0; i < 8; i++) { I16(h, 40 + 2 * i, (short)Dim[i]); F32(h, 76 + 4 * i, PixDim[i]); }
        I16(h, 68, IntentCode);
        I16(h, 70, Datatype);
        I16(h, 72, (short)(8 * BytesPer(Datatype)));
        F32(h, 108, Magic == "ni1" ? 0 : 352);
        F32(h, 112, Slope);
        F32(h, 116, Intercept);
        h[123] = XyztUnits;
        I16(h, 252, QformCode);
        I16(h, 254, SformCode);
        for (int i = 0; i < 3; i++) { F32(h, 256 + 4 * i, Quatern[i]); F32(h, 268 + 4 * i, QOffset[i]); }
        for (int i = 0; i < 12; i++) { F32(h, 280 + 4 * i, Srow[i]); }
        Encoding.ASCII.GetBytes((Magic ?? "n+1") + "\0").CopyTo(h, 344);
        return Magic == "ni1" ? h[..348] : h;
    }

    private byte[] Header2()
    {
        var h = new byte[544];
        I32(h, 0, 540);
        Encoding.ASCII.GetBytes((Magic ?? "n+2") + "\0\r\n\u001a\n").CopyTo(h, 4);
        I16(h, 12, Datatype);
        I16(h, 14, (short)(8 * BytesPer(Datatype)));
        for (int i = 0; i < 8; i++) { I64(h, 16 + 8 * i, Dim[i]); F64(h, 104 + 8 * i, PixDim[i]); }
        I64(h, 168, Magic == "ni2" ? 0 : 544);
        F64(h, 176, Slope);
        F64(h, 184, Intercept);
        I32(h, 344, QformCode);
        I32(h, 348, SformCode);
        for (int i = 0; i < 3; i++) { F64(h, 352 + 8 * i, Quatern[i]); F64(h, 376 + 8 * i, QOffset[i]); }
        for (int i = 0; i < 12; i++) { F64(h, 400 + 8 * i, Srow[i]); }
        I32(h, 500, XyztUnits);
        I32(h, 504, IntentCode);
        return Magic == "ni2" ? h[..540] : h;
    }

    private static int BytesPer(short datatype) => datatype switch
    {
        2 or 256 => 1,
        4 or 512 => 2,
        8 or 16 or 768 => 4,
        _ => 8,
    };

    private void I16(byte[] b, int o, short v) { if (BigEndian) { BinaryPrimitives.WriteInt16BigEndian(b.AsSpan(o), v); } else { BinaryPrimitives.WriteInt16LittleEndian(b.AsSpan(o), v); } }
    private void I32(byte[] b, int o, int v) { if (BigEndian) { BinaryPrimitives.WriteInt32BigEndian(b.AsSpan(o), v); } else { BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(o), v); } }
    private void I64(byte[] b, int o, long v) { if (BigEndian) { BinaryPrimitives.WriteInt64BigEndian(b.AsSpan(o), v); } else { BinaryPrimitives.WriteInt64LittleEndian(b.AsSpan(o), v); } }
    private void F32(byte[] b, int o, double v) { if (BigEndian) { BinaryPrimitives.WriteSingleBigEndian(b.AsSpan(o), (float)v); } else { BinaryPrimitives.WriteSingleLittleEndian(b.AsSpan(o), (float)v); } }
    private void F64(byte[] b, int o, double v) { if (BigEndian) { BinaryPrimitives.WriteDoubleBigEndian(b.AsSpan(o), v); } else { BinaryPrimitives.WriteDoubleLittleEndian(b.AsSpan(o), v); } }
}
