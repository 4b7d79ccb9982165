using System.Buffers.Binary;

namespace Radiomics.Dicom.Pixels;

/// <summary>
/// Turns native pixel bytes into stored values: bits above the high bit are masked off and signed values are
/// sign-extended from BitsStored (PS3.5 §8.1.1, C.7.6.3.1.1). 1-bit data is bit-packed, least significant bit first.
/// </summary>
internal static class StoredValueDecoder
{
    /// <summary>Decodes <paramref name="target"/>.Length greyscale values from <paramref name="raw"/>.</summary>
    public static void Decode(ReadOnlySpan<byte> raw, PixelFormat format, bool bigEndian, Span<int> target, string path)
    {
        int count = target.Length;
        int shift = format.HighBit + 1 - format.BitsStored;
        int bits = format.BitsStored;
        switch (format.BitsAllocated)
        {
            case 8:
                for (int i = 0; i < count; i++)
                {
                    target[i] = Extract(raw[i], shift, bits, format.Signed);
                }

                break;
            case 16:
                if (!bigEndian && shift == 0 && bits == 16)
                {
                    DecodeFull16(raw, format.Signed, target);
                    break;
                }

                for (int i = 0; i < count; i++)
                {
                    ushort v = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(raw[(2 * i)..]) : BinaryPrimitives.ReadUInt16LittleEndian(raw[(2 * i)..]);
                    target[i] = Extract(v, shift, bits, format.Signed);
                }

                break;
            case 32:
                for (int i = 0; i < count; i++)
                {
                    uint v = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(raw[(4 * i)..]) : BinaryPrimitives.ReadUInt32LittleEndian(raw[(4 * i)..]);
                    long value = Extract32(v, shift, bits, format.Signed);
                    if (value > int.MaxValue)
                    {
                        throw new DicomFormatException(DicomProblem.Unsupported, path, $"an unsigned 32-bit stored value {value} exceeds the supported range");
                    }

                    target[i] = (int)value;
                }

                break;
            default:
                throw new DicomFormatException(DicomProblem.Unsupported, path, $"BitsAllocated {format.BitsAllocated} cannot be decoded as greyscale values");
        }
    }

    /// <summary>Unpacks 1-bit data starting at bit <paramref name="firstBit"/> of <paramref name="raw"/>.</summary>
    public static void DecodeBits(ReadOnlySpan<byte> raw, long firstBit, Span<int> target)
    {
        for (int i = 0; i < target.Length; i++)
        {
            long bit = firstBit + i;
            target[i] = (raw[(int)(bit >> 3)] >> (int)(bit & 7)) & 1;
        }
    }

    private static void DecodeFull16(ReadOnlySpan<byte> raw, bool signed, Span<int> target)
    {
        var values = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, short>(raw[..(2 * target.Length)]);
        if (signed)
        {
            for (int i = 0; i < target.Length; i++)
            {
                target[i] = values[i];
            }
        }
        else
        {
            for (int i = 0; i < target.Length; i++)
            {
                target[i] = (ushort)values[i];
            }
        }
    }

    private static int Extract(uint raw, int shift, int bits, bool signed)
    {
        uint value = (raw >> shift) & ((1u << bits) - 1);
        if (signed && (value & (1u << (bits - 1))) != 0)
        {
            return (int)value - (1 << bits);
        }

        return (int)value;
    }

    private static long Extract32(uint raw, int shift, int bits, bool signed)
    {
        ulong mask = bits == 32 ? uint.MaxValue : (1ul << bits) - 1;
        ulong value = (raw >> shift) & mask;
        if (signed && (value & (1ul << (bits - 1))) != 0)
        {
            return (long)value - (1L << bits);
        }

        return (long)value;
    }
}
