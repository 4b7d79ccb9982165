using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Radiomics.Dicom.Pixels;

/// <summary>
/// Turns native little-endian 16-bit words (BitsAllocated 16) already lying in a voxel slice into 16- or 32-bit
/// integer voxels where they lie, a vector at a time. Masking and sign extension (PS3.5 §8.1.1) are two shifts: left
/// by 15 − HighBit (dropping the bits above the high bit), then right by 16 − BitsStored (arithmetic when signed,
/// dropping the bits below the stored ones). The rescale <c>stored × slope + intercept</c> then wraps modulo the
/// voxel width; the voxel type was chosen so that every result fits it, so wrapping arithmetic is exact.
/// </summary>
internal static class WordVoxelDecoder
{
    /// <summary>True when <paramref name="format"/>'s words can be decoded here (16 bits allocated, little endian).</summary>
    public static bool Handles(PixelFormat format, bool bigEndian) =>
        format.BitsAllocated == 16 && format.SamplesPerPixel == 1 && !bigEndian && BitConverter.IsLittleEndian;

    /// <summary>
    /// 16-bit voxels (Int16 or UInt16 alike: the arithmetic is the same modulo 2¹⁶): the words are the voxels'
    /// own bytes and are decoded in place.
    /// </summary>
    public static void DecodeInPlace(Span<short> words, PixelFormat format, int slope, int intercept)
    {
        int up = 15 - format.HighBit, down = 16 - format.BitsStored;
        bool signed = format.Signed;
        if (up == 0 && down == 0 && slope == 1 && intercept == 0)
        {
            return;
        }

        short slope16 = unchecked((short)slope), intercept16 = unchecked((short)intercept);
        ref short start = ref MemoryMarshal.GetReference(words);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            // One loop per case, so that no test is left inside the loop.
            var slopes = new Vector<short>(slope16);
            var intercepts = new Vector<short>(intercept16);
            int last = words.Length - Vector<short>.Count;
            if (signed && slope == 1)
            {
                for (; i <= last; i += Vector<short>.Count)
                {
                    Vector<short> word = Vector.LoadUnsafe(ref start, (nuint)i);
                    Vector.StoreUnsafe(Vector.ShiftRightArithmetic(Vector.ShiftLeft(word, up), down) + intercepts, ref start, (nuint)i);
                }
            }
            else if (signed)
            {
                for (; i <= last; i += Vector<short>.Count)
                {
                    Vector<short> word = Vector.LoadUnsafe(ref start, (nuint)i);
                    Vector.StoreUnsafe(Vector.ShiftRightArithmetic(Vector.ShiftLeft(word, up), down) * slopes + intercepts, ref start, (nuint)i);
                }
            }
            else
            {
                ref ushort unsignedStart = ref Unsafe.As<short, ushort>(ref start);
                Vector<ushort> unsignedSlopes = slopes.As<short, ushort>(), unsignedIntercepts = intercepts.As<short, ushort>();
                for (; i <= last; i += Vector<short>.Count)
                {
                    Vector<ushort> word = Vector.LoadUnsafe(ref unsignedStart, (nuint)i);
                    Vector.StoreUnsafe(Vector.ShiftRightLogical(Vector.ShiftLeft(word, up), down) * unsignedSlopes + unsignedIntercepts, ref unsignedStart, (nuint)i);
                }
            }
        }

        for (; i < words.Length; i++)
        {
            Unsafe.Add(ref start, i) = unchecked((short)(Stored(Unsafe.Add(ref start, i), up, down, signed) * slope16 + intercept16));
        }
    }

    /// <summary>
    /// 32-bit voxels: the n words lie in the upper half of the n voxels' bytes (<c>voxels</c> viewed as shorts,
    /// from index n on) and are widened front to back. In place this is safe: voxels [i, i+k) end at byte 4(i+k), never
    /// past the words not yet read, which start at byte 2n + 2(i+k); each block of words is loaded before it is stored.
    /// </summary>
    public static void WidenInPlace(Span<int> voxels, PixelFormat format, int slope, int intercept)
    {
        ref int target = ref MemoryMarshal.GetReference(voxels);
        Widen(ref Unsafe.Add(ref Unsafe.As<int, short>(ref target), voxels.Length), ref target, voxels.Length, format, slope, intercept);
    }

    private static void Widen(ref readonly short words, ref int target, int n, PixelFormat format, int slope, int intercept)
    {
        int up = 15 - format.HighBit, down = 16 - format.BitsStored;
        bool signed = format.Signed;
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var slopes = new Vector<int>(slope);
            var intercepts = new Vector<int>(intercept);
            int half = Vector<int>.Count;
            for (; i <= n - Vector<short>.Count; i += Vector<short>.Count)
            {
                Vector<short> stored = Stored(Vector.LoadUnsafe(in words, (nuint)i), up, down, signed);
                Vector<int> low, high;
                if (signed)
                {
                    Vector.Widen(stored, out low, out high);
                }
                else
                {
                    Vector.Widen(stored.As<short, ushort>(), out Vector<uint> lowBits, out Vector<uint> highBits);
                    low = lowBits.As<uint, int>();
                    high = highBits.As<uint, int>();
                }

                Vector.StoreUnsafe(low * slopes + intercepts, ref target, (nuint)i);
                Vector.StoreUnsafe(high * slopes + intercepts, ref target, (nuint)(i + half));
            }
        }

        for (; i < n; i++)
        {
            short word = Stored(Unsafe.Add(ref Unsafe.AsRef(in words), i), up, down, signed);
            int stored = signed ? word : (ushort)word;
            Unsafe.Add(ref target, i) = unchecked(stored * slope + intercept);
        }
    }

    private static Vector<short> Stored(Vector<short> word, int up, int down, bool signed)
    {
        Vector<short> shifted = Vector.ShiftLeft(word, up);
        return signed
            ? Vector.ShiftRightArithmetic(shifted, down)
            : Vector.ShiftRightLogical(shifted.As<short, ushort>(), down).As<ushort, short>();
    }

    private static short Stored(short word, int up, int down, bool signed)
    {
        short shifted = unchecked((short)(word << up));
        return signed ? (short)(shifted >> down) : unchecked((short)((ushort)shifted >> down));
    }
}
