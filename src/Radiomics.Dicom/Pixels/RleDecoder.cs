using System.Buffers.Binary;

namespace Radiomics.Dicom.Pixels;

/// <summary>
/// RLE Lossless (PS3.5 Annex G). A frame is a 64-byte header (number of segments, then 15 segment offsets, all
/// 32-bit little endian) followed by PackBits segments: for a header byte n, 0 ≤ n ≤ 127 copies the next n+1 bytes,
/// −127 ≤ n ≤ −1 repeats the next byte 1−n times, −128 does nothing. Each segment holds one byte plane: for every
/// sample, the most significant byte first. The output is native little-endian, samples interleaved.
/// </summary>
internal static class RleDecoder
{
    public static void DecodeFrame(ReadOnlySpan<byte> frame, PixelFormat format, Span<byte> target, string path)
    {
        if (frame.Length < 64)
        {
            throw Error(path, $"an RLE frame of {frame.Length} bytes is shorter than its 64-byte header");
        }

        int bytesPerSample = format.BitsAllocated == 1 ? 1 : format.BitsAllocated / 8;
        int expected = bytesPerSample * format.SamplesPerPixel;
        int segments = (int)BinaryPrimitives.ReadUInt32LittleEndian(frame);
        if (segments != expected || segments > 15)
        {
            throw Error(path, $"the RLE frame has {segments} segment(s) where {expected} are needed for {format.BitsAllocated}-bit data with {format.SamplesPerPixel} sample(s)");
        }

        int pixels = (int)format.PixelsPerFrame;
        int outputPerSegment = format.BitsAllocated == 1 ? (int)((format.PixelsPerFrame + 7) / 8) : pixels;
        for (int s = 0; s < segments; s++)
        {
            uint start = BinaryPrimitives.ReadUInt32LittleEndian(frame[(4 + 4 * s)..]);
            uint end = s + 1 < segments ? BinaryPrimitives.ReadUInt32LittleEndian(frame[(8 + 4 * s)..]) : (uint)frame.Length;
            if (start < 64 || start > end || end > frame.Length)
            {
                throw Error(path, $"RLE segment {s + 1} spans bytes {start}–{end} outside the {frame.Length}-byte frame");
            }

            int sample = s / bytesPerSample;
            int byteInSample = bytesPerSample - 1 - (s % bytesPerSample);
            int offset = sample * bytesPerSample + byteInSample;
            int stride = expected;
            DecodeSegment(frame[(int)start..(int)end], target, offset, stride, outputPerSegment, path, s + 1);
        }
    }

    private static void DecodeSegment(ReadOnlySpan<byte> input, Span<byte> target, int offset, int stride, int count, string path, int segment)
    {
        int produced = 0;
        int i = 0;
        while (produced < count && i < input.Length)
        {
            sbyte n = (sbyte)input[i++];
            if (n >= 0)
            {
                int run = n + 1;
                if (i + run > input.Length || produced + run > count)
                {
                    throw Error(path, $"RLE segment {segment}: a literal run of {run} bytes overruns the segment or the frame");
                }

                for (int k = 0; k < run; k++)
                {
                    target[offset + stride * produced++] = input[i++];
                }
            }
            else if (n != -128)
            {
                int run = 1 - n;
                if (i >= input.Length || produced + run > count)
                {
                    throw Error(path, $"RLE segment {segment}: a replicate run of {run} bytes overruns the segment or the frame");
                }

                byte value = input[i++];
                for (int k = 0; k < run; k++)
                {
                    target[offset + stride * produced++] = value;
                }
            }
        }

        if (produced < count)
        {
            throw Error(path, $"RLE segment {segment} decodes to {produced} bytes where {count} are needed");
        }
    }

    private static DicomFormatException Error(string path, string problem) => new(DicomProblem.Malformed, path, problem);
}
