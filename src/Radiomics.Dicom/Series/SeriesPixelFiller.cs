using System.Buffers;
using Microsoft.Win32.SafeHandles;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Pixels;
using Radiomics.Imaging;

namespace Radiomics.Dicom.Series;

/// <summary>
/// Reads every frame's stored values and writes rescaled values into one voxel buffer, slice after slice. Native
/// uncompressed frames are decoded from the bytes the folder scan already read (files up to 32 MiB), else read
/// straight from their byte offset in the file; other frames come from a whole-file parse (kept while consecutive
/// frames share the file).
/// </summary>
internal static class SeriesPixelFiller
{
    public static Array Fill(IReadOnlyList<SliceFrame> frames, VoxelType type, double scale)
    {
        SliceFrame first = frames[0];
        int sliceLength = (int)first.Format.PixelsPerFrame;
        long total = (long)sliceLength * frames.Count;
        foreach (SliceFrame frame in frames)
        {
            EnsurePlausibleSize(frame);
        }

        Array voxels = Array.CreateInstance(type.ClrType(), total);
        int[] stored = ArrayPool<int>.Shared.Rent(sliceLength);
        byte[]? raw = null;
        DicomFile? wholeFile = null;
        try
        {
            for (int z = 0; z < frames.Count; z++)
            {
                SliceFrame frame = frames[z];
                Span<int> values = stored.AsSpan(0, sliceLength);
                if (IsDirectlyReadable(frame) && frame.Header.FileBytes is { } fileBytes)
                {
                    int frameBytes = (int)frame.Format.FrameBytes;
                    int offset = frame.Header.PixelDataOffset!.Value + frameBytes * frame.FrameIndex;
                    StoredValueDecoder.Decode(fileBytes.AsSpan(offset, frameBytes), frame.Format, frame.Header.TransferSyntax.BigEndian, values, frame.Path);
                }
                else if (IsDirectlyReadable(frame))
                {
                    int frameBytes = (int)frame.Format.FrameBytes;
                    raw ??= ArrayPool<byte>.Shared.Rent(frameBytes);
                    if (raw.Length < frameBytes)
                    {
                        ArrayPool<byte>.Shared.Return(raw);
                        raw = ArrayPool<byte>.Shared.Rent(frameBytes);
                    }

                    ReadFrameBytes(frame, raw.AsSpan(0, frameBytes));
                    StoredValueDecoder.Decode(raw.AsSpan(0, frameBytes), frame.Format, frame.Header.TransferSyntax.BigEndian, values, frame.Path);
                }
                else
                {
                    if (wholeFile?.Path != frame.Path)
                    {
                        wholeFile = DicomFile.Read(frame.Path);
                    }

                    PixelDataReader.DecodeFrame(wholeFile, PixelFormat.FromDataset(wholeFile.Dataset), frame.FrameIndex, values);
                }

                Rescale(values, frame.Slope * scale, frame.Intercept * scale, voxels, (long)z * sliceLength);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(stored);
            if (raw is not null)
            {
                ArrayPool<byte>.Shared.Return(raw);
            }
        }

        return voxels;
    }

    private static bool IsDirectlyReadable(SliceFrame frame) =>
        frame.Header.PixelDataOffset is not null
        && frame.Header.PixelDataLength != DicomParser.UndefinedLength
        && frame.Header.TransferSyntax.Pixels == PixelEncoding.Native
        && !frame.Header.TransferSyntax.Deflated
        && frame.Format.BitsAllocated >= 8;

    /// <summary>
    /// Refuses, before the volume is allocated, frames whose file cannot hold their pixels: a forged Rows/Columns or
    /// NumberOfFrames must not cause a huge allocation. Compressed data expands at most 64-fold (RLE's bound).
    /// </summary>
    private static void EnsurePlausibleSize(SliceFrame frame)
    {
        PixelFormat format = frame.Format;
        long needed = (format.FrameBits * format.Frames + 7) / 8;
        DicomFile header = frame.Header;
        if (IsDirectlyReadable(frame))
        {
            long available = Math.Min(header.PixelDataLength, header.FileLength - header.PixelDataOffset!.Value);
            if (available < needed)
            {
                throw PixelDataReader.ShortPixelData(frame.Path, available, needed, format);
            }
        }
        else if (needed > 64 * header.FileLength + 1024)
        {
            throw new DicomFormatException(DicomProblem.InvalidLength, frame.Path,
                $"{format.Frames} frame(s) of {format.Columns}×{format.Rows} need {needed} bytes, more than a {header.FileLength}-byte file can encode");
        }
    }

    private static void ReadFrameBytes(SliceFrame frame, Span<byte> target)
    {
        long offset = frame.Header.PixelDataOffset!.Value + frame.Format.FrameBytes * frame.FrameIndex;
        using SafeFileHandle handle = File.OpenHandle(frame.Path, FileMode.Open, FileAccess.Read, FileShare.Read);
        int read = 0;
        while (read < target.Length)
        {
            int n = RandomAccess.Read(handle, target[read..], offset + read);
            if (n == 0)
            {
                throw PixelDataReader.ShortPixelData(frame.Path, read, target.Length, frame.Format);
            }

            read += n;
        }
    }

    private static void Rescale(ReadOnlySpan<int> stored, double slope, double intercept, Array voxels, long start)
    {
        // Switch on the exact element type: the CLR lets short[] pass as ushort[] (and byte[] as sbyte[]), so type patterns would blur them.
        int s = (int)start;
        Type element = voxels.GetType().GetElementType()!;
        if (element == typeof(double))
        {
            Span<double> doubles = ((double[])voxels).AsSpan(s, stored.Length);
            for (int i = 0; i < stored.Length; i++)
            {
                doubles[i] = stored[i] * slope + intercept;
            }
        }
        else if (element == typeof(short))
        {
            RescaleInteger(stored, (int)slope, (int)intercept, ((short[])voxels).AsSpan(s, stored.Length));
        }
        else if (element == typeof(ushort))
        {
            RescaleInteger(stored, (int)slope, (int)intercept, ((ushort[])voxels).AsSpan(s, stored.Length));
        }
        else if (element == typeof(byte))
        {
            RescaleInteger(stored, (int)slope, (int)intercept, ((byte[])voxels).AsSpan(s, stored.Length));
        }
        else if (element == typeof(sbyte))
        {
            RescaleInteger(stored, (int)slope, (int)intercept, ((sbyte[])voxels).AsSpan(s, stored.Length));
        }
        else if (element == typeof(int))
        {
            RescaleInteger(stored, (int)slope, (int)intercept, ((int[])voxels).AsSpan(s, stored.Length));
        }
        else
        {
            throw new InvalidOperationException($"No rescale into {voxels.GetType().Name}.");
        }
    }

    /// <summary>Integer rescale; <see cref="VoxelTypeChooser"/> has proven the results fit <typeparamref name="T"/>.</summary>
    private static void RescaleInteger<T>(ReadOnlySpan<int> stored, int slope, int intercept, Span<T> target)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        if (slope == 1 && intercept == 0)
        {
            for (int i = 0; i < stored.Length; i++)
            {
                target[i] = T.CreateTruncating(stored[i]);
            }

            return;
        }

        for (int i = 0; i < stored.Length; i++)
        {
            target[i] = T.CreateTruncating((long)stored[i] * slope + intercept);
        }
    }
}
