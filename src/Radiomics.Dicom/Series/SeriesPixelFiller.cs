using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Pixels;
using Radiomics.Imaging;

namespace Radiomics.Dicom.Series;

/// <summary>
/// Reads every frame's stored values and writes rescaled values into one voxel buffer (the only volume-sized
/// allocation). Native uncompressed frames are read from their byte offset in the file straight into their own slice
/// of that buffer, then decoded and rescaled in place, chunk by chunk (slices in parallel: each writes only its own
/// slice, so the result does not depend on the thread count). Other frames come from a whole-file parse (kept while
/// consecutive frames share the file).
/// </summary>
internal static class SeriesPixelFiller
{
    /// <summary>Stored values decoded at a time: an int staging buffer that stays in the first-level cache.</summary>
    private const int ChunkValues = 4096;

    /// <summary>The voxels of <paramref name="frames"/>, one slice per frame in order, as an array of <paramref name="type"/>'s CLR type.</summary>
    /// <param name="frames">The frames in slice order, all of one pixel format.</param>
    /// <param name="type">The voxel type to store (chosen so the rescaled values fit).</param>
    /// <param name="scale">A factor applied after rescale slope/intercept (the SUV factor, or 1).</param>
    /// <param name="maxDegreeOfParallelism">Slices decoded at once; -1 for the default. The result does not depend on it.</param>
    /// <param name="buffers">When given, the voxel buffer is taken from it (every slice is written whole either way).</param>
    public static Array Fill(IReadOnlyList<SliceFrame> frames, VoxelType type, double scale, int maxDegreeOfParallelism = -1, Radiomics.IO.VoxelBufferPool? buffers = null)
    {
        SliceFrame first = frames[0];
        int sliceLength = (int)first.Format.PixelsPerFrame;
        long total = (long)sliceLength * frames.Count;
        foreach (SliceFrame frame in frames)
        {
            EnsurePlausibleSize(frame);
        }

        Array voxels = buffers?.Rent(type, total) ?? AllocateUninitialized(type, total);
        var failures = new Exception?[frames.Count];
        var direct = new List<int>(frames.Count);
        var parsed = new List<int>();
        for (int z = 0; z < frames.Count; z++)
        {
            (IsDirectlyReadable(frames[z]) ? direct : parsed).Add(z);
        }

        Parallel.For(0, direct.Count, ParallelDefaults.Options(maxDegreeOfParallelism), () => new Scratch(), (j, _, scratch) =>
        {
            int z = direct[j];
            try
            {
                FillDirect(frames[z], voxels, type, z, sliceLength, scale, scratch);
            }
            catch (Exception e)
            {
                failures[z] = e;
            }

            return scratch;
        }, scratch => scratch.Return());

        FillParsed(frames, parsed, voxels, sliceLength, scale, failures);
        if (Array.Find(failures, e => e is not null) is { } failure)
        {
            // The failure of the first slice in order, whichever thread met it first.
            ExceptionDispatchInfo.Throw(failure);
        }

        return voxels;
    }

    /// <summary>
    /// Reads a native frame into the tail of its slice (the stored values take no more bytes than the voxels when
    /// the voxel type is at least as wide; else via a scratch buffer), then turns it into voxels front to back. In
    /// place this is safe: chunk [i, i+k) is decoded into the staging buffer before its voxels are written, and those
    /// end at byte (i+k)·E, never past the stored bytes of values not yet read, which start at n·E − (n−i−k)·B.
    /// </summary>
    private static void FillDirect(SliceFrame frame, Array voxels, VoxelType type, int z, int sliceLength, double scale, Scratch scratch)
    {
        int voxelBytes = type.SizeInBytes();
        int frameBytes = (int)frame.Format.FrameBytes;
        int storedBytes = frameBytes / sliceLength;
        int sliceBytes = sliceLength * voxelBytes;
        ref byte data = ref MemoryMarshal.GetArrayDataReference(voxels);
        Span<byte> slice = MemoryMarshal.CreateSpan(ref Unsafe.Add(ref data, (nint)((long)z * sliceBytes)), sliceBytes);
        bool bigEndian = frame.Header.TransferSyntax.BigEndian;
        double slope = frame.Slope * scale, intercept = frame.Intercept * scale;
        if (WordVoxelDecoder.Handles(frame.Format, bigEndian) && type is VoxelType.Int16 or VoxelType.UInt16 or VoxelType.Int32)
        {
            // Integer voxels of 16 or 32 bits from 16-bit words (most CT and MR), vectorised: 16-bit voxels are decoded
            // where they were read; 32-bit ones are read into the slice's upper half and widened front to back. (A
            // cache-resident staging buffer measured no faster, and its large pooled array is dropped at every gen-2 GC.)
            if (voxelBytes == 2)
            {
                ReadFrameBytes(frame, slice);
                WordVoxelDecoder.DecodeInPlace(MemoryMarshal.Cast<byte, short>(slice), frame.Format, (int)slope, (int)intercept);
            }
            else
            {
                ReadFrameBytes(frame, slice[(sliceBytes - frameBytes)..]);
                WordVoxelDecoder.WidenInPlace(MemoryMarshal.Cast<byte, int>(slice), frame.Format, (int)slope, (int)intercept);
            }

            return;
        }

        Span<byte> raw = frameBytes <= sliceBytes ? slice[(sliceBytes - frameBytes)..] : scratch.RawBytes(frameBytes);
        ReadFrameBytes(frame, raw);

        long start = (long)z * sliceLength;
        Span<int> values = scratch.Values;
        for (int i = 0; i < sliceLength; i += ChunkValues)
        {
            int count = Math.Min(ChunkValues, sliceLength - i);
            Span<int> chunk = values[..count];
            StoredValueDecoder.Decode(raw.Slice(i * storedBytes, count * storedBytes), frame.Format, bigEndian, chunk, frame.Path);
            Rescale(chunk, slope, intercept, voxels, start + i);
        }
    }

    /// <summary>Frames that need a whole-file parse (compressed, deflated, bit-packed), in order, one file kept at a time.</summary>
    private static void FillParsed(IReadOnlyList<SliceFrame> frames, List<int> parsed, Array voxels, int sliceLength, double scale, Exception?[] failures)
    {
        if (parsed.Count == 0)
        {
            return;
        }

        int[] stored = ArrayPool<int>.Shared.Rent(sliceLength);
        DicomFile? wholeFile = null;
        try
        {
            foreach (int z in parsed)
            {
                SliceFrame frame = frames[z];
                try
                {
                    if (wholeFile?.Path != frame.Path)
                    {
                        wholeFile = DicomFile.Read(frame.Path);
                    }

                    Span<int> values = stored.AsSpan(0, sliceLength);
                    PixelDataReader.DecodeFrame(wholeFile, PixelFormat.FromDataset(wholeFile.Dataset), frame.FrameIndex, values);
                    Rescale(values, frame.Slope * scale, frame.Intercept * scale, voxels, (long)z * sliceLength);
                }
                catch (Exception e)
                {
                    failures[z] = e;
                    return;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(stored);
        }
    }

    /// <summary>The voxel buffer, not zeroed: every slice is written whole.</summary>
    private static Array AllocateUninitialized(VoxelType type, long count) => type switch
    {
        VoxelType.UInt8 => GC.AllocateUninitializedArray<byte>(checked((int)count)),
        VoxelType.Int8 => GC.AllocateUninitializedArray<sbyte>(checked((int)count)),
        VoxelType.Int16 => GC.AllocateUninitializedArray<short>(checked((int)count)),
        VoxelType.UInt16 => GC.AllocateUninitializedArray<ushort>(checked((int)count)),
        VoxelType.Int32 => GC.AllocateUninitializedArray<int>(checked((int)count)),
        VoxelType.Float64 => GC.AllocateUninitializedArray<double>(checked((int)count)),
        VoxelType.UInt32 => GC.AllocateUninitializedArray<uint>(checked((int)count)),
        VoxelType.Int64 => GC.AllocateUninitializedArray<long>(checked((int)count)),
        VoxelType.UInt64 => GC.AllocateUninitializedArray<ulong>(checked((int)count)),
        VoxelType.Float32 => GC.AllocateUninitializedArray<float>(checked((int)count)),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static bool IsDirectlyReadable(SliceFrame frame) => IsDirectlyReadable(frame.Header, frame.Format);

    private static bool IsDirectlyReadable(DicomFile header, PixelFormat format) =>
        header.PixelDataOffset is not null
        && header.PixelDataLength != DicomParser.UndefinedLength
        && header.TransferSyntax.Pixels == PixelEncoding.Native
        && !header.TransferSyntax.Deflated
        && format.BitsAllocated >= 8;

    private static void EnsurePlausibleSize(SliceFrame frame) => EnsurePlausibleSize(frame.Header, format: frame.Format);

    /// <summary>
    /// Refuses, before the frames are listed or the volume is allocated, frames whose file cannot hold their pixels: a
    /// forged Rows/Columns or NumberOfFrames must not cause a huge allocation or loop. Compressed data expands at most
    /// 64-fold (RLE's bound).
    /// </summary>
    internal static void EnsurePlausibleSize(DicomFile header, PixelFormat format)
    {
        long needed = (format.FrameBits * format.Frames + 7) / 8;
        if (IsDirectlyReadable(header, format))
        {
            long available = Math.Min(header.PixelDataLength, header.FileLength - header.PixelDataOffset!.Value);
            if (available < needed)
            {
                throw PixelDataReader.ShortPixelData(header.Path, available, needed, format);
            }
        }
        else if (needed > 64 * header.FileLength + 1024)
        {
            throw new DicomFormatException(DicomProblem.InvalidLength, header.Path,
                $"{format.Frames} frame(s) of {format.Columns}×{format.Rows} need {needed} bytes, more than a {header.FileLength}-byte file can encode");
        }
    }

    private static void ReadFrameBytes(SliceFrame frame, Span<byte> target)
    {
        long offset = frame.Header.PixelDataOffset!.Value + frame.Format.FrameBytes * frame.FrameIndex;
        using SafeFileHandle handle = DicomFile.OpenRead(frame.Path);
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

    /// <summary>A worker's staging buffers: decoded stored values, and raw bytes when a frame is wider than its slice.</summary>
    private sealed class Scratch
    {
        private byte[]? _raw;

        public int[] Values { get; } = ArrayPool<int>.Shared.Rent(ChunkValues);

        public Span<byte> RawBytes(int length)
        {
            if (_raw is null || _raw.Length < length)
            {
                if (_raw is not null)
                {
                    ArrayPool<byte>.Shared.Return(_raw);
                }

                _raw = ArrayPool<byte>.Shared.Rent(length);
            }

            return _raw.AsSpan(0, length);
        }

        public void Return()
        {
            ArrayPool<int>.Shared.Return(Values);
            if (_raw is not null)
            {
                ArrayPool<byte>.Shared.Return(_raw);
            }
        }
    }
}
