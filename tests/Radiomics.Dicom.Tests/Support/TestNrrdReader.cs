using System.Globalization;
using System.IO.Compression;
using System.Text;
using Radiomics.Imaging;

namespace Radiomics.Dicom.Tests.Support;

/// <summary>
/// A test-only NRRD reader for the dcmqi label maps (attached header, 3D, raw or gzip, little endian, integer types,
/// LPS space). The product NRRD reader is written on another branch; this one only serves as reference input.
/// </summary>
internal static class TestNrrdReader
{
    public static (ImageGeometry Geometry, long[] Voxels) Read(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        int headerEnd = IndexOf(bytes, "\n\n"u8) + 2;
        string header = Encoding.ASCII.GetString(bytes, 0, headerEnd);
        var fields = new Dictionary<string, string>();
        foreach (string line in header.Split('\n'))
        {
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0 && !line.StartsWith('#'))
            {
                fields[line[..colon].Trim()] = line[(colon + 2)..].Trim();
            }
        }

        int[] sizes = fields["sizes"].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
        var directions = fields["space directions"].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ParseVector).ToArray();
        Vector3D origin = ParseVector(fields["space origin"]);
        Assert.Equal("left-posterior-superior", fields["space"]);
        Assert.Equal(3, sizes.Length);
        var spacing = new Vector3D(directions[0].Length, directions[1].Length, directions[2].Length);
        var geometry = new ImageGeometry(new Size3(sizes[0], sizes[1], sizes[2]), spacing, origin,
            Direction3.FromColumns(directions[0] / spacing.X, directions[1] / spacing.Y, directions[2] / spacing.Z));

        byte[] data = bytes[headerEnd..];
        if (fields["encoding"] is "gzip" or "gz")
        {
            using var input = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            data = output.ToArray();
        }

        long count = geometry.VoxelCount;
        var voxels = new long[count];
        string type = fields["type"];
        for (long i = 0; i < count; i++)
        {
            voxels[i] = type switch
            {
                "short" or "int16" or "signed short" => BitConverter.ToInt16(data, (int)(2 * i)),
                "ushort" or "unsigned short" or "uint16" => BitConverter.ToUInt16(data, (int)(2 * i)),
                "uchar" or "unsigned char" or "uint8" => data[i],
                "int" or "int32" => BitConverter.ToInt32(data, (int)(4 * i)),
                _ => throw new NotSupportedException($"NRRD type {type}"),
            };
        }

        return (geometry, voxels);
    }

    private static Vector3D ParseVector(string text)
    {
        double[] v = text.Trim('(', ')').Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        return new Vector3D(v[0], v[1], v[2]);
    }

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle);
}
