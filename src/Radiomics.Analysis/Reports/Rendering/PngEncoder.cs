using System.Buffers.Binary;
using System.IO.Compression;

namespace Radiomics.Analysis.Reports.Rendering;

/// <summary>
/// Writes 8-bit indexed-colour PNG files (colour type 3, ISO/IEC 15948 §11.2.2) from a pixel index buffer and a
/// palette. Each row takes the filter (None, Sub, Up, Average, Paeth) with the smallest sum of absolute signed bytes,
/// the heuristic the PNG specification suggests (§12.8); the filtered rows go through <see cref="ZLibStream"/> at
/// <see cref="CompressionLevel.Optimal"/> (smaller than SmallestSize on these images, and faster; Fastest above 256 kB). No time, text or gamma chunk is written, so the bytes depend only on
/// the pixels and the palette (and the zlib build, the same for one runtime).
/// </summary>
internal static class PngEncoder
{
    /// <summary>Above this many filtered bytes the fastest zlib level is used.</summary>
    private const int LargeImage = 1 << 18;

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The PNG of a <paramref name="width"/> × <paramref name="height"/> image, rows top to bottom.</summary>
    /// <param name="pixels">One palette index per pixel, row-major; every index must be below the palette's length.</param>
    /// <param name="width">The image width in pixels.</param>
    /// <param name="height">The image height in pixels.</param>
    /// <param name="palette">Colours as 0xRRGGBB, at most 256.</param>
    public static byte[] Encode(ReadOnlySpan<byte> pixels, int width, int height, ReadOnlySpan<int> palette)
    {
        if (width <= 0 || height <= 0 || pixels.Length != width * height)
        {
            throw new ArgumentException($"{pixels.Length} pixels for a {width} × {height} image.", nameof(pixels));
        }

        if (palette.Length is 0 or > 256)
        {
            throw new ArgumentException($"A palette holds 1 to 256 colours, not {palette.Length}.", nameof(palette));
        }

        using var output = new MemoryStream();
        output.Write(Signature);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bit depth
        header[9] = 3; // indexed colour
        header[10] = header[11] = header[12] = 0; // deflate, adaptive filtering, no interlace
        WriteChunk(output, "IHDR"u8, header);

        var colours = new byte[palette.Length * 3];
        for (int i = 0; i < palette.Length; i++)
        {
            colours[3 * i] = (byte)(palette[i] >> 16);
            colours[3 * i + 1] = (byte)(palette[i] >> 8);
            colours[3 * i + 2] = (byte)palette[i];
        }

        WriteChunk(output, "PLTE"u8, colours);
        WriteChunk(output, "IDAT"u8, Compress(pixels, width, height));
        WriteChunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    private static byte[] Compress(ReadOnlySpan<byte> pixels, int width, int height)
    {
        var filtered = new byte[(width + 1) * height];
        var candidate = new byte[width];
        var best = new byte[width];
        for (int y = 0; y < height; y++)
        {
            ReadOnlySpan<byte> row = pixels.Slice(y * width, width);
            ReadOnlySpan<byte> above = y > 0 ? pixels.Slice((y - 1) * width, width) : default;
            long bestScore = long.MaxValue;
            byte bestFilter = 0;
            for (byte filter = 0; filter <= 4; filter++)
            {
                long score = Filter(filter, row, above, candidate);
                if (score < bestScore)
                {
                    bestScore = score;
                    bestFilter = filter;
                    candidate.CopyTo(best, 0);
                }
            }

            filtered[y * (width + 1)] = bestFilter;
            best.CopyTo(filtered, y * (width + 1) + 1);
        }

        using var compressed = new MemoryStream();
        // Large images (a heat map of many features) take the fast level: a few percent bigger, several times quicker.
        using (var zlib = new ZLibStream(compressed, filtered.Length > LargeImage ? CompressionLevel.Fastest : CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(filtered);
        }

        return compressed.ToArray();
    }

    /// <summary>Applies PNG filter <paramref name="filter"/> (bytes per pixel 1) and returns Σ|signed byte|.</summary>
    private static long Filter(byte filter, ReadOnlySpan<byte> row, ReadOnlySpan<byte> above, Span<byte> target)
    {
        long score = 0;
        for (int x = 0; x < row.Length; x++)
        {
            int a = x > 0 ? row[x - 1] : 0, b = above.IsEmpty ? 0 : above[x], c = x > 0 && !above.IsEmpty ? above[x - 1] : 0;
            int predictor = filter switch
            {
                0 => 0,
                1 => a,
                2 => b,
                3 => (a + b) >> 1,
                _ => Paeth(a, b, c),
            };
            byte value = (byte)(row[x] - predictor);
            target[x] = value;
            score += Math.Abs((sbyte)value);
        }

        return score;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        output.Write(word);
        output.Write(type);
        output.Write(data);
        uint crc = Crc32.Update(Crc32.Update(0xFFFFFFFFu, type), data) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(word, crc);
        output.Write(word);
    }
}
