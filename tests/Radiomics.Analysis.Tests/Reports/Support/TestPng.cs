using System.Buffers.Binary;
using System.IO.Compression;

namespace Radiomics.Analysis.Tests.Reports.Support;

/// <summary>
/// Reads back the indexed PNGs the report writes, independently of the encoder: checks the signature and every
/// chunk's CRC-32 (bitwise, not table driven), inflates IDAT and undoes the five row filters as ISO/IEC 15948 §9 defines them.
/// </summary>
internal static class TestPng
{
    public static (int Width, int Height, int[] Palette, byte[] Pixels) Decode(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        int width = 0, height = 0;
        int[] palette = [];
        var idat = new MemoryStream();
        int at = 8;
        while (at < png.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            string type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            byte[] data = png[(at + 8)..(at + 8 + length)];
            uint crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            Assert.Equal(Crc(png.AsSpan(at + 4, 4 + length)), crc);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(4));
                    Assert.Equal(8, data[8]);
                    Assert.Equal(3, data[9]);
                    break;
                case "PLTE":
                    palette = Enumerable.Range(0, data.Length / 3).Select(i => (data[3 * i] << 16) | (data[3 * i + 1] << 8) | data[3 * i + 2]).ToArray();
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }

            at += 12 + length;
        }

        using var inflater = new ZLibStream(new MemoryStream(idat.ToArray()), CompressionMode.Decompress);
        var raw = new MemoryStream();
        inflater.CopyTo(raw);
        byte[] filtered = raw.ToArray();
        Assert.Equal((width + 1) * height, filtered.Length);
        var pixels = new byte[width * height];
        for (int y = 0; y < height; y++)
        {
            byte filter = filtered[y * (width + 1)];
            for (int x = 0; x < width; x++)
            {
                int a = x > 0 ? pixels[y * width + x - 1] : 0, b = y > 0 ? pixels[(y - 1) * width + x] : 0, c = x > 0 && y > 0 ? pixels[(y - 1) * width + x - 1] : 0;
                int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
                int predictor = filter switch { 0 => 0, 1 => a, 2 => b, 3 => (a + b) / 2, 4 => pa <= pb && pa <= pc ? a : pb <= pc ? b : c, _ => throw new InvalidDataException($"filter {filter}") };
                pixels[y * width + x] = (byte)(filtered[y * (width + 1) + 1 + x] + predictor);
            }
        }

        Assert.All(pixels, p => Assert.True(p < palette.Length, "a pixel indexes past the palette"));
        return (width, height, palette, pixels);
    }

    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc >> 1) ^ (0xEDB88320u & (uint)-(int)(crc & 1));
            }
        }

        return ~crc;
    }
}
