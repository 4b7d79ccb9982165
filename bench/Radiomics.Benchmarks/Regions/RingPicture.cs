using System.Buffers.Binary;
using System.IO.Compression;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing.Regions;

namespace Radiomics.Benchmarks.Regions;

/// <summary>
/// `dotnet run -c Release --project bench/Radiomics.Benchmarks -- ring-picture docs/images/regions-ring.png`: the
/// picture in docs/regions.md — one slice of the anisotropic ring phantom (tests/data/analysis/regions/phantom) with the
/// ROI, its 5 mm ring clipped to the body mask, the part of the ring the clip removes and the 2 mm inner rim, each
/// voxel drawn at its physical size (0.75 × 0.9 mm). The PNG is written by hand (RGB, zlib) so no imaging package is needed.
/// </summary>
public static class RingPicture
{
    private const int PixelsPerMm = 4;

    public static void Run(string output)
    {
        string folder = BenchData.Path("analysis/regions/phantom");
        Volume<double> image = ImageReader.Read(Path.Combine(folder, "image.nii.gz")).ToDoubleVolume();
        Volume<byte> roi = ReadMask(Path.Combine(folder, "mask.nii.gz"));
        Volume<byte> body = ReadMask(Path.Combine(folder, "clip.nii.gz"));
        Volume<byte> ring = RoiOperations.Ring(roi, 5.0).Mask;
        Volume<byte> clipped = RoiOperations.Intersect(ring, body).Mask;
        Volume<byte> rim = RoiOperations.InnerRim(roi, 2.0).Mask;
        int z = Enumerable.Range(0, roi.Size.Z).MaxBy(k => roi.Slice(k).Count((byte)1));
        Vector3D spacing = roi.Geometry.Spacing;
        int width = (int)Math.Round(roi.Size.X * spacing.X * PixelsPerMm), height = (int)Math.Round(roi.Size.Y * spacing.Y * PixelsPerMm);
        var rgb = new byte[width * height * 3];
        for (int py = 0; py < height; py++)
        {
            // Image rows run top to bottom; y grows downwards as in a radiological axial view.
            int y = Math.Min(roi.Size.Y - 1, (int)(py / (spacing.Y * PixelsPerMm)));
            for (int px = 0; px < width; px++)
            {
                int x = Math.Min(roi.Size.X - 1, (int)(px / (spacing.X * PixelsPerMm)));
                double grey = Math.Clamp((image[x, y, z] + 60.0) / 180.0, 0, 1) * 200;
                (double r, double g, double b) = (grey, grey, grey);
                if (rim[x, y, z] != 0)
                {
                    (r, g, b) = Blend((r, g, b), (255, 140, 0), 0.6);
                }
                else if (roi[x, y, z] != 0)
                {
                    (r, g, b) = Blend((r, g, b), (220, 40, 40), 0.5);
                }
                else if (clipped[x, y, z] != 0)
                {
                    (r, g, b) = Blend((r, g, b), (40, 200, 80), 0.55);
                }
                else if (ring[x, y, z] != 0)
                {
                    (r, g, b) = Blend((r, g, b), (70, 110, 255), 0.55);
                }

                int at = (py * width + px) * 3;
                rgb[at] = (byte)r;
                rgb[at + 1] = (byte)g;
                rgb[at + 2] = (byte)b;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllBytes(output, Png(width, height, rgb));
        Console.WriteLine($"{output}: slice z = {z}, {width} × {height} px");
    }

    private static (double, double, double) Blend((double R, double G, double B) under, (double R, double G, double B) over, double alpha) =>
        (under.R * (1 - alpha) + over.R * alpha, under.G * (1 - alpha) + over.G * alpha, under.B * (1 - alpha) + over.B * alpha);

    private static Volume<byte> ReadMask(string path) => ImageReader.Read(path).ToDoubleVolume().Map(v => v != 0 ? (byte)1 : (byte)0);

    /// <summary>An 8-bit RGB PNG: signature, IHDR, one zlib IDAT (filter 0 on every row), IEND.</summary>
    internal static byte[] Png(int width, int height, byte[] rgb)
    {
        var raw = new MemoryStream();
        for (int y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            raw.Write(rgb, y * width * 3, width * 3);
        }

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(zlib);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type RGB
        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        byte[] typeAndData = [.. System.Text.Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32(typeAndData));
        png.Write(word);
    }

    /// <summary>The PNG/zlib CRC-32 (polynomial 0xEDB88320), bit by bit: the picture is small.</summary>
    private static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte value in data)
        {
            crc ^= value;
            for (int bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }

        return ~crc;
    }
}
