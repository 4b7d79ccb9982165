using Radiomics.Dicom.Parsing;

namespace Radiomics.Dicom.Pixels;

/// <summary>
/// Gives the stored values of one frame of a file read whole, whatever its transfer syntax: native (any byte
/// order), RLE Lossless, JPEG Lossless process 14; other compressions are refused with advice.
/// </summary>
public static class PixelDataReader
{
    /// <summary>Decodes frame <paramref name="frame"/> (0-based) into <paramref name="target"/> (Rows×Columns values).</summary>
    public static void DecodeFrame(DicomFile file, PixelFormat format, int frame, Span<int> target)
    {
        if (format.SamplesPerPixel != 1)
        {
            format.RequireGreyscale(file.Path);
        }

        if ((uint)frame >= (uint)format.Frames)
        {
            throw new ArgumentOutOfRangeException(nameof(frame), $"{file.Path} has {format.Frames} frame(s)");
        }

        if (target.Length != format.PixelsPerFrame)
        {
            throw new ArgumentException($"A frame has {format.PixelsPerFrame} pixels; the target holds {target.Length}.", nameof(target));
        }

        DicomElement element = file.Dataset.Get(DicomTags.PixelData)
            ?? throw new DicomFormatException(DicomProblem.MissingAttribute, file.Path, "the file has no Pixel Data (7FE0,0010)");
        if (element.Fragments is null)
        {
            if (file.TransferSyntax.Pixels != PixelEncoding.Native)
            {
                throw new DicomFormatException(DicomProblem.Malformed, file.Path, $"the transfer syntax {file.TransferSyntax} needs encapsulated pixel data, but it is native");
            }

            DecodeNative(element.Value.Span, format, element.BigEndian, frame, target, file.Path);
            return;
        }

        ReadOnlySpan<byte> compressed = EncapsulatedFrame(element.Fragments, format, frame, file.Path);
        switch (file.TransferSyntax.Pixels)
        {
            case PixelEncoding.RleLossless:
                DecodeRle(compressed, format, target, file.Path);
                break;
            case PixelEncoding.JpegLossless:
                JpegLosslessDecoder.Decode(compressed, format, target, file.Path);
                break;
            case PixelEncoding.Native:
                throw new DicomFormatException(DicomProblem.Malformed, file.Path, $"the pixel data is encapsulated but the transfer syntax {file.TransferSyntax} is native");
            default:
                throw Unsupported(file.TransferSyntax, file.Path);
        }
    }

    /// <summary>
    /// Decodes one frame into a new array, after checking that the file's pixel data can hold the frames its header
    /// declares (so a forged Rows/Columns cannot cause a huge allocation).
    /// </summary>
    public static int[] DecodeFrame(DicomFile file, int frame)
    {
        PixelFormat format = PixelFormat.FromDataset(file.Dataset);
        EnsurePlausibleSize(file, format);
        var values = new int[format.PixelsPerFrame];
        DecodeFrame(file, format, frame, values);
        return values;
    }

    /// <summary>
    /// Refuses pixel data too small for the declared frames: native data must hold every frame; compressed data can
    /// expand at most 64-fold (RLE's bound; JPEG lossless needs at least one bit per pixel).
    /// </summary>
    public static void EnsurePlausibleSize(DicomFile file, PixelFormat format)
    {
        DicomElement element = file.Dataset.Get(DicomTags.PixelData)
            ?? throw new DicomFormatException(DicomProblem.MissingAttribute, file.Path, "the file has no Pixel Data (7FE0,0010)");
        long needed = (format.FrameBits * format.Frames + 7) / 8;
        if (element.Fragments is null)
        {
            if (element.Value.Length < needed)
            {
                throw ShortPixelData(file.Path, element.Value.Length, needed, format);
            }

            return;
        }

        long compressed = element.Fragments.Sum(f => (long)f.Length);
        if (needed > 64 * compressed + 1024)
        {
            throw new DicomFormatException(DicomProblem.InvalidLength, file.Path,
                $"{format.Frames} frame(s) of {format.Columns}×{format.Rows} need {needed} bytes, more than {compressed} compressed bytes can encode");
        }
    }

    /// <summary>The error for a compressed transfer syntax this reader does not decode.</summary>
    public static DicomFormatException Unsupported(TransferSyntax syntax, string path) =>
        new(DicomProblem.UnsupportedTransferSyntax, path,
            $"the pixel data is compressed with {syntax.Name} (transfer syntax {syntax.Uid}), which this reader does not decode; " +
            "decompress the series first, e.g. 'gdcmconv --raw IN OUT' (GDCM) or 'dcmdjpeg IN OUT' / 'dcmdjpls IN OUT' (DCMTK)");

    /// <summary>Decodes one frame of native pixel data (the whole Pixel Data value in <paramref name="pixelData"/>).</summary>
    internal static void DecodeNative(ReadOnlySpan<byte> pixelData, PixelFormat format, bool bigEndian, int frame, Span<int> target, string path)
    {
        if (format.BitsAllocated == 1)
        {
            long needed = (format.FrameBits * format.Frames + 7) / 8;
            if (pixelData.Length < needed)
            {
                throw ShortPixelData(path, pixelData.Length, needed, format);
            }

            StoredValueDecoder.DecodeBits(pixelData, format.FrameBits * frame, target);
            return;
        }

        long total = format.FrameBytes * format.Frames;
        if (pixelData.Length < total)
        {
            throw ShortPixelData(path, pixelData.Length, total, format);
        }

        ReadOnlySpan<byte> raw = pixelData.Slice((int)(format.FrameBytes * frame), (int)format.FrameBytes);
        StoredValueDecoder.Decode(raw, format, bigEndian, target, path);
    }

    internal static DicomFormatException ShortPixelData(string path, long actual, long needed, PixelFormat format) =>
        new(DicomProblem.Truncated, path,
            $"the pixel data holds {actual} bytes but {format.Frames} frame(s) of {format.Rows}×{format.Columns} at {format.BitsAllocated} bits need {needed}");

    private static void DecodeRle(ReadOnlySpan<byte> compressed, PixelFormat format, Span<int> target, string path)
    {
        // RLE expands at most 64-fold (2 bytes → 128); anything larger is a forged header, refused before allocating.
        long frameBytes = format.BitsAllocated == 1 ? (format.PixelsPerFrame + 7) / 8 : format.FrameBytes;
        if (frameBytes > 64L * compressed.Length + 64)
        {
            throw new DicomFormatException(DicomProblem.InvalidLength, path, $"an RLE frame of {compressed.Length} bytes cannot hold {frameBytes} bytes of pixels");
        }

        var raw = new byte[frameBytes];
        RleDecoder.DecodeFrame(compressed, format, raw, path);
        if (format.BitsAllocated == 1)
        {
            StoredValueDecoder.DecodeBits(raw, 0, target);
        }
        else
        {
            StoredValueDecoder.Decode(raw, format, bigEndian: false, target, path);
        }
    }

    /// <summary>
    /// The compressed bytes of one frame (PS3.5 §A.4): one fragment per frame when the counts agree, else the Basic
    /// Offset Table's offsets, else (single frame) all fragments joined.
    /// </summary>
    private static ReadOnlySpan<byte> EncapsulatedFrame(IReadOnlyList<ReadOnlyMemory<byte>> fragments, PixelFormat format, int frame, string path)
    {
        int items = fragments.Count - 1;
        if (items < 1)
        {
            throw new DicomFormatException(DicomProblem.Malformed, path, "the encapsulated pixel data holds no fragment");
        }

        if (items == format.Frames)
        {
            return fragments[frame + 1].Span;
        }

        if (format.Frames == 1)
        {
            return Join(fragments, 1, items);
        }

        ReadOnlySpan<byte> table = fragments[0].Span;
        if (table.Length < 4 * format.Frames)
        {
            throw new DicomFormatException(DicomProblem.Malformed, path,
                $"{format.Frames} frames in {items} fragments need a Basic Offset Table, which is missing or short");
        }

        uint start = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(table[(4 * frame)..]);
        uint end = frame + 1 < format.Frames ? System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(table[(4 * (frame + 1))..]) : uint.MaxValue;
        int first = -1, count = 0;
        long offset = 0;
        for (int i = 1; i <= items; i++)
        {
            if (offset >= start && offset < end)
            {
                first = first < 0 ? i : first;
                count++;
            }

            offset += fragments[i].Length + 8;
        }

        if (first < 0)
        {
            throw new DicomFormatException(DicomProblem.Malformed, path, $"the Basic Offset Table points frame {frame + 1} at byte {start}, where no fragment starts");
        }

        return Join(fragments, first, count);
    }

    private static ReadOnlySpan<byte> Join(IReadOnlyList<ReadOnlyMemory<byte>> fragments, int first, int count)
    {
        if (count == 1)
        {
            return fragments[first].Span;
        }

        long length = 0;
        for (int i = first; i < first + count; i++)
        {
            length += fragments[i].Length;
        }

        var joined = new byte[length];
        int position = 0;
        for (int i = first; i < first + count; i++)
        {
            fragments[i].Span.CopyTo(joined.AsSpan(position));
            position += fragments[i].Length;
        }

        return joined;
    }
}
