using System.Buffers.Binary;
using System.IO.Compression;
using Radiomics.Imaging;

namespace Radiomics.IO.Nifti;

/// <summary>
/// Minimal NIfTI-1 reader (single file, optionally gzip). Geometry is converted from NIfTI's RAS to ITK's LPS.
/// </summary>
public static class NiftiReader
{
    public static ImageData Read(string path)
    {
        using Stream file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        var header = new byte[348];
        ReadExactly(stream, header, path);
        bool little = BinaryPrimitives.ReadInt32LittleEndian(header) == 348;
        if (!little && BinaryPrimitives.ReadInt32BigEndian(header) != 348)
        {
            throw new ImageFormatException(path, "not a NIfTI-1 file (sizeof_hdr is not 348)");
        }

        short I16(int o) => little ? BinaryPrimitives.ReadInt16LittleEndian(header.AsSpan(o)) : BinaryPrimitives.ReadInt16BigEndian(header.AsSpan(o));
        float F32(int o) => little ? BinaryPrimitives.ReadSingleLittleEndian(header.AsSpan(o)) : BinaryPrimitives.ReadSingleBigEndian(header.AsSpan(o));

        int dims = I16(40);
        int nx = I16(42), ny = dims >= 2 ? I16(44) : 1, nz = dims >= 3 ? I16(46) : 1;
        short datatype = I16(70);
        float voxOffset = F32(108);
        float slope = F32(112), inter = F32(116);
        double dx = F32(80), dy = F32(84), dz = F32(88);
        short qformCode = I16(252), sformCode = I16(254);
        var size = new Size3(nx, ny, nz);
        var spacing = new Vector3D(Math.Abs(dx), dims >= 2 ? Math.Abs(dy) : 1, dims >= 3 ? Math.Abs(dz) : 1);
        Vector3D origin;
        Direction3 direction;
        if (sformCode > 0 && qformCode <= 0)
        {
            double[] r = new double[12];
            for (int i = 0; i < 12; i++)
            {
                r[i] = F32(280 + 4 * i);
            }

            var c0 = new Vector3D(-r[0], -r[4], r[8]) / spacing.X;
            var c1 = new Vector3D(-r[1], -r[5], r[9]) / spacing.Y;
            var c2 = new Vector3D(-r[2], -r[6], r[10]) / spacing.Z;
            direction = Direction3.FromColumns(c0, c1, c2);
            origin = new Vector3D(-r[3], -r[7], r[11]);
        }
        else
        {
            double b = F32(256), c = F32(260), d = F32(264);
            double a = Math.Sqrt(Math.Max(0, 1 - (b * b + c * c + d * d)));
            double qfac = F32(76) < 0 ? -1 : 1;
            var m = new double[,]
            {
                { a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c) },
                { 2 * (b * c + a * d), a * a + c * c - b * b - d * d, 2 * (c * d - a * b) },
                { 2 * (b * d - a * c), 2 * (c * d + a * b), a * a + d * d - c * c - b * b },
            };
            direction = new Direction3(
                -m[0, 0], -m[0, 1], -m[0, 2] * qfac,
                -m[1, 0], -m[1, 1], -m[1, 2] * qfac,
                m[2, 0], m[2, 1], m[2, 2] * qfac);
            origin = new Vector3D(-F32(268), -F32(272), F32(276));
        }

        var geometry = new ImageGeometry(size, spacing, origin, direction);
        int skip = (int)voxOffset - 348;
        if (skip > 0)
        {
            ReadExactly(stream, new byte[skip], path);
        }

        long count = size.VoxelCount;
        (VoxelType type, int bytes) = datatype switch
        {
            2 => (VoxelType.UInt8, 1),
            4 => (VoxelType.Int16, 2),
            8 => (VoxelType.Int32, 4),
            16 => (VoxelType.Float32, 4),
            64 => (VoxelType.Float64, 8),
            256 => (VoxelType.Int8, 1),
            512 => (VoxelType.UInt16, 2),
            768 => (VoxelType.UInt32, 4),
            1024 => (VoxelType.Int64, 8),
            1280 => (VoxelType.UInt64, 8),
            _ => throw new ImageFormatException(path, $"unsupported NIfTI datatype {datatype}"),
        };
        var raw = new byte[count * bytes];
        ReadExactly(stream, raw, path);
        if (!little && bytes > 1)
        {
            for (long i = 0; i < raw.LongLength; i += bytes)
            {
                Array.Reverse(raw, (int)i, bytes);
            }
        }

        Array voxels = Array.CreateInstance(type.ClrType(), count);
        Buffer.BlockCopy(raw, 0, voxels, 0, raw.Length);
        var image = new ImageData(geometry, type, voxels);
        if (slope != 0 && (slope != 1 || inter != 0) && float.IsFinite(slope))
        {
            var scaled = new double[count];
            for (long i = 0; i < count; i++)
            {
                scaled[i] = image.GetDouble(i) * slope + inter;
            }

            image = new ImageData(geometry, VoxelType.Float64, scaled);
        }

        return image;
    }

    private static void ReadExactly(Stream stream, byte[] buffer, string path)
    {
        try
        {
            stream.ReadExactly(buffer);
        }
        catch (EndOfStreamException e)
        {
            throw new ImageFormatException(path, "the file ends before the data the header describes", e);
        }
    }
}
