using System.Globalization;
using System.Text;
using Radiomics.Imaging;

namespace Radiomics.IO.Internal;

/// <summary>Parses whitespace- or comma-separated numbers (NRRD "ascii" encoding) into a typed voxel array.</summary>
internal static class AsciiVoxels
{
    public static Array Parse(string path, Stream stream, VoxelType type, long elements)
    {
        Array voxels = VoxelBuffers.Allocate(type, elements);
        using var reader = new StreamReader(stream, Encoding.Latin1, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        var token = new StringBuilder();
        long index = 0;
        int c;
        while (index < elements && (c = reader.Read()) >= 0)
        {
            if (char.IsWhiteSpace((char)c) || c == ',')
            {
                if (token.Length > 0)
                {
                    Store(path, voxels, type, index++, token.ToString());
                    token.Clear();
                }
            }
            else
            {
                token.Append((char)c);
            }
        }

        if (index < elements && token.Length > 0)
        {
            Store(path, voxels, type, index++, token.ToString());
        }

        if (index < elements)
        {
            throw new ImageFormatException(path, $"the ASCII data holds {index} values but the header describes {elements}");
        }

        return voxels;
    }

    private static void Store(string path, Array voxels, VoxelType type, long i, string text)
    {
        const NumberStyles integer = NumberStyles.Integer;
        const NumberStyles real = NumberStyles.Float;
        CultureInfo c = CultureInfo.InvariantCulture;
        bool ok = type switch
        {
            VoxelType.Int8 => Set<sbyte>(sbyte.TryParse(text, integer, c, out var v), v),
            VoxelType.UInt8 => Set<byte>(byte.TryParse(text, integer, c, out var v), v),
            VoxelType.Int16 => Set<short>(short.TryParse(text, integer, c, out var v), v),
            VoxelType.UInt16 => Set<ushort>(ushort.TryParse(text, integer, c, out var v), v),
            VoxelType.Int32 => Set<int>(int.TryParse(text, integer, c, out var v), v),
            VoxelType.UInt32 => Set<uint>(uint.TryParse(text, integer, c, out var v), v),
            VoxelType.Int64 => Set<long>(long.TryParse(text, integer, c, out var v), v),
            VoxelType.UInt64 => Set<ulong>(ulong.TryParse(text, integer, c, out var v), v),
            VoxelType.Float32 => Set<float>(float.TryParse(text, real, c, out var v), v),
            VoxelType.Float64 => Set<double>(double.TryParse(text, real, c, out var v), v),
            _ => false,
        };
        if (!ok)
        {
            throw new ImageFormatException(path, $"ASCII value {SafeText.Quote(text, 60)} (number {i + 1}) is not a valid {type}");
        }

        bool Set<T>(bool parsed, T value)
        {
            if (parsed)
            {
                ((T[])voxels)[i] = value;
            }

            return parsed;
        }
    }
}
