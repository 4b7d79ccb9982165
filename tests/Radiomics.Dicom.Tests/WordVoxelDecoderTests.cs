using System.Runtime.InteropServices;
using Radiomics.Dicom.Pixels;

namespace Radiomics.Dicom.Tests;

/// <summary>
/// The vectorised in-place decoding of 16-bit words agrees with the scalar stored-value decoder (the reference
/// reading of PS3.5 §8.1.1) for every layout of the stored bits in the word, every length (vector blocks and a
/// scalar tail), signed and unsigned, and rescales with wrapping arithmetic exactly when the results fit.
/// </summary>
public sealed class WordVoxelDecoderTests
{
    public static TheoryData<int, int, bool, int, int> Layouts() => new()
    {
        { 16, 15, true, 1, 0 },
        { 16, 15, false, 1, 0 },
        { 12, 11, true, 1, -1024 },
        { 12, 11, false, 1, -1024 },
        { 12, 15, true, 1, 0 }, // stored bits at the top of the word: the low four bits are dropped
        { 12, 13, false, 2, -3 }, // stored bits in the middle
        { 1, 0, false, 5, 1 },
        { 8, 9, true, -7, 100 },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void DecodeInPlace_AnyLayoutAndLength_MatchesTheScalarDecoder(int bitsStored, int highBit, bool signed, int slope, int intercept)
    {
        PixelFormat format = Format(bitsStored, highBit, signed);
        foreach (int length in (int[])[0, 1, 15, 16, 17, 63, 64, 1000])
        {
            short[] words = RandomWords(length, seed: length + bitsStored);
            int[] expected = Reference(words, format, slope, intercept);

            WordVoxelDecoder.DecodeInPlace(words, format, slope, intercept);

            for (int i = 0; i < length; i++)
            {
                Assert.Equal(unchecked((short)expected[i]), words[i]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void WidenInPlace_WordsInTheUpperHalf_MatchesTheScalarDecoder(int bitsStored, int highBit, bool signed, int slope, int intercept)
    {
        PixelFormat format = Format(bitsStored, highBit, signed);
        foreach (int length in (int[])[0, 1, 7, 8, 9, 31, 32, 33, 1000])
        {
            short[] words = RandomWords(length, seed: 3 * length + bitsStored);
            int[] expected = Reference(words, format, slope, intercept);
            var voxels = new int[length];
            Span<short> halves = MemoryMarshal.Cast<int, short>(voxels.AsSpan());
            halves[..length].Fill(0x5A5A);
            words.CopyTo(halves[length..]);

            WordVoxelDecoder.WidenInPlace(voxels, format, slope, intercept);

            Assert.Equal(expected, voxels);
        }
    }

    [Fact]
    public void Handles_BigEndianOrOtherWidths_IsFalse()
    {
        Assert.True(WordVoxelDecoder.Handles(Format(12, 11, true), bigEndian: false));
        Assert.False(WordVoxelDecoder.Handles(Format(12, 11, true), bigEndian: true));
        Assert.False(WordVoxelDecoder.Handles(Format(8, 7, false) with { BitsAllocated = 8 }, bigEndian: false));
    }

    private static PixelFormat Format(int bitsStored, int highBit, bool signed) =>
        new(Rows: 1, Columns: 1, Frames: 1, SamplesPerPixel: 1, BitsAllocated: 16, bitsStored, highBit, signed, "MONOCHROME2");

    private static short[] RandomWords(int length, int seed)
    {
        var random = new Random(seed);
        var words = new short[length];
        for (int i = 0; i < length; i++)
        {
            words[i] = (short)random.Next(short.MinValue, short.MaxValue + 1);
        }

        return words;
    }

    /// <summary>stored × slope + intercept in 64-bit arithmetic, from the scalar decoder's stored values.</summary>
    private static int[] Reference(short[] words, PixelFormat format, int slope, int intercept)
    {
        var stored = new int[words.Length];
        StoredValueDecoder.Decode(MemoryMarshal.AsBytes(words.AsSpan()), format, bigEndian: false, stored, "test");
        return stored.Select(v => checked((int)((long)v * slope + intercept))).ToArray();
    }
}
