using System.Buffers.Binary;
using System.IO.Compression;

namespace Radiomics.Analysis.Tests.Reports.Support;

/// <summary>
/// Reads back PNGs independently of the report's encoder: checks the signature and every chunk's CRC-32 (bitwise, not
/// table driven), inflates IDAT and undoes the five row filters as ISO/IEC 15948 §9 defines them. Handles 8-bit
/// indexed (the report's images), RGB and RGBA (browser screenshots) without interlacing.
/// </summary>
internal static class TestPng
{
    /// <summary>An indexed PNG: its size, palette (0xRRGGBB) and palette indices.</summary>
    public static (int Width, int Height, int[] Palette, byte[] Pixels) Decode(byte[] png)
    {
        var (width, height, type, palette, samples) = Read(png);
        Assert.Equal(3, type);
        Assert.All(samples, p => Assert.True(p < palette.Length, "a pixel indexes past the palette"));
        return (width, height, palette, samples);
    }

    /// <summary>Any supported PNG as one 0xRRGGBB colour per pixel (alpha dropped).</summary>
    public static (int Width, int Height, int[] Colours) DecodeColours(byte[] png)
    {
        var (width, height, type, palette, samples) = Read(png);
        int channels = Channels(type);
        var colours = new int[width * height];
        for (int i = 0; i < colours.Length; i++)
        {
            colours[i] = type == 3 ? palette[samples[i]] : (samples[i * channels] << 16) | (samples[i * channels + 1] << 8) | samples[i * channels + 2];
        }

        return (width, height, colours);
    }

    private static (int Width, int Height, int Type, int[] Palette, byte[] Samples) Read(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        int width = 0, height = 0, type = -1;
        int[] palette = [];
        var idat = new MemoryStream();
        int at = 8;
        while (at < png.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            string chunk = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            byte[] data = png[(at + 8)..(at + 8 + length)];
            Assert.Equal(Crc(png.AsSpan(at + 4, 4 + length)), BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length)));
            switch (chunk)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(4));
                    type = data[9];
                    Assert.Equal(8, data[8]);
                    Assert.Equal(0, data[12]);
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
        int bpp = Channels(type), stride = width * bpp;
        Assert.Equal((stride + 1) * height, filtered.Length);
        var samples = new byte[stride * height];
        for (int y = 0; y < height; y++)
        {
            byte filter = filtered[y * (stride + 1)];
            for (int x = 0; x < stride; x++)
            {
                int a = x >= bpp ? samples[y * stride + x - bpp] : 0, b = y > 0 ? samples[(y - 1) * stride + x] : 0;
                int c = x >= bpp && y > 0 ? samples[(y - 1) * stride + x - bpp] : 0;
                int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
                int predictor = filter switch { 0 => 0, 1 => a, 2 => b, 3 => (a + b) / 2, 4 => pa <= pb && pa <= pc ? a : pb <= pc ? b : c, _ => throw new InvalidDataException($"filter {filter}") };
                samples[y * stride + x] = (byte)(filtered[y * (stride + 1) + 1 + x] + predictor);
            }
        }

        return (width, height, type, palette, samples);
    }

    private static int Channels(int type) => type switch { 3 => 1, 2 => 3, 6 => 4, _ => throw new InvalidDataException($"colour type {type}") };

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
