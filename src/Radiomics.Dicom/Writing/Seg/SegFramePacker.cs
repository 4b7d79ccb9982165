namespace Radiomics.Dicom.Writing.Seg;

/// <summary>One frame of a BINARY SEG: a segment (its number) on one slice of the source volume.</summary>
internal readonly record struct PlannedFrame(int SegmentNumber, int Slice);

/// <summary>
/// Chooses the frames of a BINARY SEG and packs them (PS3.5 §8.1.1, PS3.3 C.8.20.2): one frame per segment and slice
/// that holds at least one voxel of the segment (as dcmqi writes them), segments in order, slices in order along the
/// normal; 1 bit per pixel, the first pixel in the least significant bit, and frames back to back with no padding
/// between them, so a frame whose rows × columns is not a multiple of 8 begins inside a byte. The whole value is
/// padded with a zero byte to even length.
/// </summary>
internal static class SegFramePacker
{
    public static List<PlannedFrame> Plan(IReadOnlyList<SegmentMask> segments)
    {
        var frames = new List<PlannedFrame>();
        for (int s = 0; s < segments.Count; s++)
        {
            var mask = segments[s].Mask;
            for (int k = 0; k < mask.Size.Z; k++)
            {
                if (mask.Slice(k).ContainsAnyExcept((byte)0))
                {
                    frames.Add(new PlannedFrame(s + 1, k));
                }
            }
        }

        return frames;
    }

    public static byte[] Pack(IReadOnlyList<SegmentMask> segments, IReadOnlyList<PlannedFrame> frames, int pixelsPerFrame)
    {
        long bits = (long)frames.Count * pixelsPerFrame;
        long bytes = (bits + 7) / 8;
        bytes += bytes & 1;
        if (bytes > Array.MaxLength)
        {
            throw new DicomWriteException("Pixel Data (7FE0,0010)", $"{frames.Count} frames of {pixelsPerFrame} pixels need {bytes} bytes, more than one array holds");
        }

        var packed = new byte[bytes];
        for (int f = 0; f < frames.Count; f++)
        {
            ReadOnlySpan<byte> plane = segments[frames[f].SegmentNumber - 1].Mask.Slice(frames[f].Slice);
            long first = (long)f * pixelsPerFrame;
            int p = plane.IndexOfAnyExcept((byte)0);
            while (p >= 0)
            {
                long bit = first + p;
                packed[bit >> 3] |= (byte)(1 << (int)(bit & 7));
                int next = plane[(p + 1)..].IndexOfAnyExcept((byte)0);
                p = next < 0 ? -1 : p + 1 + next;
            }
        }

        return packed;
    }
}
