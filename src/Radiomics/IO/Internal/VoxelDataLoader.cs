using System.IO.Compression;
using Radiomics.Imaging;

namespace Radiomics.IO.Internal;

/// <summary>How the voxel bytes are stored after the header.</summary>
internal enum DataEncoding
{
    Raw,
    Gzip,
    Zlib,
}

/// <summary>
/// Moves voxel bytes from a file into a typed array: sizes are checked against the file before anything
/// large is allocated, compressed data is inflated straight into the final array, and every failure
/// becomes one <see cref="ImageFormatException"/> naming the file.
/// </summary>
internal static class VoxelDataLoader
{
    /// <summary>
    /// Deflate cannot expand data by more than about 1032:1, so a compressed stream shorter than
    /// needed/1032 bytes cannot hold the data the header claims.
    /// </summary>
    private const long MaxDeflateRatio = 1032;

    private const int FileBufferSize = 1 << 16;

    /// <summary>
    /// The number of elements in a buffer of the given extent, refusing sizes beyond the CLR's array limit or
    /// <paramref name="limits"/>' <see cref="InputLimits.MaxVoxels"/> before anything is allocated.
    /// </summary>
    public static long CountElements(string path, ReadOnlySpan<long> extent, int components, InputLimits limits)
    {
        long count = components;
        if (components < 1)
        {
            throw new ImageFormatException(path, $"invalid number of components per voxel ({components})");
        }

        foreach (long n in extent)
        {
            if (n < 1)
            {
                throw new ImageFormatException(path, $"invalid image size {FormatExtent(extent)}: every dimension must be at least 1");
            }

            if (n > VoxelBuffers.MaxElements || count > VoxelBuffers.MaxElements / n)
            {
                throw new ImageFormatException(path, $"image size {FormatExtent(extent)} × {components} component(s) exceeds the supported maximum of {VoxelBuffers.MaxElements} values per image");
            }

            count *= n;
        }

        if (!limits.Allows(count))
        {
            throw new ImageFormatException(path, $"image size {FormatExtent(extent)} × {components} component(s) = {count} values is more than {limits.Describe()}");
        }

        if (extent.Length == 3 && (extent[0] > int.MaxValue || extent[1] > int.MaxValue || extent[2] > int.MaxValue))
        {
            throw new ImageFormatException(path, $"image size {FormatExtent(extent)} is too large");
        }

        return count;
    }

    /// <summary>Throws unless <paramref name="available"/> bytes of stored data can possibly hold <paramref name="needed"/> bytes.</summary>
    public static void EnsurePlausible(string path, long available, long needed, DataEncoding encoding)
    {
        if (encoding == DataEncoding.Raw)
        {
            if (available < needed)
            {
                throw new ImageFormatException(path, $"the header describes {needed} bytes of voxel data but the file holds only {Math.Max(0, available)}");
            }
        }
        else if (available <= 0 || (needed > 0 && available < needed / MaxDeflateRatio))
        {
            throw new ImageFormatException(path, $"the header describes {needed} bytes of voxel data but the compressed data ({Math.Max(0, available)} bytes) cannot hold that much");
        }
    }

    /// <summary>
    /// Opens <paramref name="dataPath"/> for sequential reading (small buffer: reads go straight into large spans),
    /// only when it is a regular file (<see cref="InputFiles"/>): a named pipe or a device is refused, never read.
    /// </summary>
    public static FileStream OpenFile(string reportPath, string dataPath) =>
        InputFiles.OpenRead(
            dataPath,
            problem => reportPath == dataPath
                ? new ImageFormatException(reportPath, problem == "not found" ? "file not found" : problem)
                : new ImageFormatException(reportPath, $"data file {SafeText.Quote(dataPath)} {problem}"),
            FileBufferSize,
            FileOptions.SequentialScan);

    /// <summary>
    /// Wraps <paramref name="file"/> (positioned at the data) in the decompressor for <paramref name="encoding"/>,
    /// after checking that the data starts as that encoding says (the gzip signature, a zlib header), so that a file
    /// that is not compressed at all is named as such rather than by the decompressor's complaint.
    /// </summary>
    public static Stream Decode(string path, FileStream file, DataEncoding encoding)
    {
        if (encoding != DataEncoding.Raw)
        {
            Span<byte> start = stackalloc byte[2];
            long position = file.Position;
            int read = file.Read(start);
            file.Position = position;
            bool valid = read == 2 && (encoding == DataEncoding.Gzip
                ? start[0] == 0x1F && start[1] == 0x8B
                : (start[0] & 0x0F) == 8 && ((start[0] << 8) | start[1]) % 31 == 0);
            if (!valid)
            {
                throw new ImageFormatException(path, encoding == DataEncoding.Gzip
                    ? "is not gzip-compressed data (it does not start with the gzip signature 1F 8B), although its name or header says gzip"
                    : "the compressed data does not start with a zlib header, although the header says it is compressed");
            }
        }

        return Decode(file, encoding);
    }

    private static Stream Decode(FileStream file, DataEncoding encoding) => encoding switch
    {
        DataEncoding.Raw => file,
        DataEncoding.Gzip => new CheckedGzipStream(file),
        DataEncoding.Zlib => new ZLibStream(file, CompressionMode.Decompress, leaveOpen: true),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };

    /// <summary>Reads exactly <paramref name="buffer"/>.Length bytes, translating stream failures.</summary>
    public static void ReadExactly(string path, Stream stream, Span<byte> buffer, string what)
    {
        try
        {
            stream.ReadExactly(buffer);
        }
        catch (EndOfStreamException e)
        {
            throw new ImageFormatException(path, $"the file ends before the {what} is complete (truncated file?)", e);
        }
        catch (InvalidDataException e)
        {
            throw new ImageFormatException(path, $"corrupt compressed data while reading the {what} (the deflate stream is damaged)", e);
        }
        catch (IOException e)
        {
            throw new ImageFormatException(path, $"read error in the {what}: {e.Message}", e);
        }
    }

    /// <summary>Skips <paramref name="count"/> bytes of a (possibly non-seekable) stream.</summary>
    public static void Skip(string path, Stream stream, long count, string what)
    {
        if (count <= 0)
        {
            return;
        }

        if (stream.CanSeek)
        {
            if (stream.Position + count > stream.Length)
            {
                throw new ImageFormatException(path, $"the file ends inside the {what}");
            }

            stream.Seek(count, SeekOrigin.Current);
            return;
        }

        Span<byte> scratch = stackalloc byte[4096];
        while (count > 0)
        {
            int n = (int)Math.Min(count, scratch.Length);
            ReadExactly(path, stream, scratch[..n], what);
            count -= n;
        }
    }

    /// <summary>
    /// Allocates the voxel array (or takes it from <paramref name="buffers"/>) and fills it from <paramref name="stream"/>,
    /// converting to machine byte order.
    /// </summary>
    public static Array ReadVoxels(string path, Stream stream, VoxelType type, long elements, bool littleEndian, VoxelBufferPool? buffers = null)
    {
        Array voxels = buffers?.Rent(type, elements) ?? VoxelBuffers.AllocateForOverwrite(type, elements);
        Span<byte> bytes = VoxelBuffers.AsBytes(voxels);
        ReadExactly(path, stream, bytes, "voxel data");
        if (stream is CheckedGzipStream gzip)
        {
            gzip.VerifyEnd(path);
        }
        else if (stream is ZLibStream)
        {
            VerifyCompressedEnd(path, stream);
        }

        VoxelBuffers.ToMachineOrder(bytes, type.SizeInBytes(), littleEndian);
        return voxels;
    }

    /// <summary>
    /// Reads a compressed stream to its end after the voxels, so the gzip/zlib trailer (CRC and length) is
    /// checked and a corrupt stream is reported rather than silently decoded. Trailing decompressed bytes
    /// beyond the voxels are tolerated (up to a bound, then no longer read).
    /// </summary>
    /// <returns>True when the end of the stream was reached.</returns>
    public static bool VerifyCompressedEnd(string path, Stream stream)
    {
        Span<byte> scratch = stackalloc byte[4096];
        long extra = 0;
        try
        {
            int n;
            while ((n = stream.Read(scratch)) > 0)
            {
                extra += n;
                if (extra >= 1 << 20)
                {
                    return false;
                }
            }

            return true;
        }
        catch (InvalidDataException e)
        {
            throw new ImageFormatException(path, $"corrupt compressed data (checksum or stream error at the end of the voxel data): {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new ImageFormatException(path, $"read error at the end of the voxel data: {e.Message}", e);
        }
    }

    private static string FormatExtent(ReadOnlySpan<long> extent) => string.Join("×", extent.ToArray());
}
