using System.IO.Compression;
using Radiomics.Dicom.Pixels;

namespace Radiomics.Dicom.Parsing;

/// <summary>
/// Inflates a deflated data set (Deflated Explicit VR Little Endian, PS3.5 A.5) within the size its own header
/// implies, so that a small file cannot make the reader hold gigabytes: the bytes before the pixel data may take at
/// most <see cref="MaxBytesBeforePixelData"/>; once the pixel data element's header has been inflated, its length
/// (checked against Rows × Columns × NumberOfFrames × samples × bits) plus <see cref="TrailingBytes"/> is the most
/// the data set may hold; and no data set holds more than deflate's 1032:1 ratio allows. The header is looked for
/// in the inflated prefix each time it doubles, so the work stays linear.
/// </summary>
internal static class DeflatedDataSet
{
    /// <summary>Bytes a data set may hold before its pixel data (a structure set, a SEG's functional groups).</summary>
    public const int MaxBytesBeforePixelData = 256 << 20;

    /// <summary>Bytes tolerated after the pixel data (padding, signatures).</summary>
    public const int TrailingBytes = 1 << 20;

    private const long MaxDeflateRatio = 1032;
    private const int FirstChunk = 64 << 10;

    public static byte[] Inflate(byte[] bytes, int start, string path)
    {
        long bound = Math.Min(Array.MaxLength, (MaxDeflateRatio * (bytes.Length - start)) + 1024);
        try
        {
            using var input = new MemoryStream(bytes, start, bytes.Length - start, writable: false);
            using var inflater = new DeflateStream(input, CompressionMode.Decompress);
            var buffer = new byte[(int)Math.Min(bound, FirstChunk)];
            int length = 0;
            long? implied = null;
            while (true)
            {
                int read = inflater.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    return length == buffer.Length ? buffer : buffer[..length];
                }

                length += read;
                if (length < buffer.Length)
                {
                    continue;
                }

                implied ??= ImpliedLength(buffer, length, path);
                long limit = Math.Min(bound, implied ?? MaxBytesBeforePixelData);
                if (length >= limit)
                {
                    if (inflater.Read(new byte[1], 0, 1) == 0)
                    {
                        return buffer;
                    }

                    throw new DicomFormatException(DicomProblem.InvalidLength, path, implied is null
                        ? $"the deflated data set inflates beyond {limit} bytes without reaching its pixel data"
                        : $"the deflated data set inflates beyond the {limit} bytes its header implies");
                }

                Array.Resize(ref buffer, (int)Math.Min(limit, implied ?? 2L * buffer.Length));
            }
        }
        catch (InvalidDataException e)
        {
            throw new DicomFormatException(DicomProblem.Malformed, path, "the deflated data set is not valid deflate data", e);
        }
    }

    /// <summary>
    /// The length the data set implies once its top-level pixel data header lies in the first <paramref name="length"/>
    /// bytes: the value's end plus <see cref="TrailingBytes"/>; null while the prefix does not reach it.
    /// </summary>
    private static long? ImpliedLength(byte[] buffer, int length, string path)
    {
        var builder = new DatasetBuilder(path);
        try
        {
            new DicomParser(buffer, path, builder, stopAtPixelData: true).Parse(0, length, explicitVr: true, bigEndian: false);
        }
        catch (DicomFormatException)
        {
            return null; // the prefix ends inside an element; look again when more is inflated
        }

        if (builder.PixelDataHeader is not { } pixels)
        {
            return null;
        }

        if (pixels.Length == DicomParser.UndefinedLength)
        {
            throw new DicomFormatException(DicomProblem.Malformed, path, "a deflated data set holds encapsulated pixel data, which its transfer syntax does not allow");
        }

        PixelFormat format = PixelFormat.FromDataset(builder.Root);
        long expected = ((format.FrameBits * format.Frames) + 7) / 8;
        if (pixels.Length > expected + 1)
        {
            throw new DicomFormatException(DicomProblem.InvalidLength, path,
                $"the pixel data declares {pixels.Length} bytes where {format.Frames} frame(s) of {format.Columns}×{format.Rows} need {expected}");
        }

        return (long)pixels.Offset + pixels.Length + TrailingBytes;
    }
}
