using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Radiomics.Features.Texture.Glszm;

/// <summary>
/// The equal-neighbour masks of a chunk of consecutive voxels in a row (bit d of a voxel's mask: its earlier neighbour
/// d has the same code), computed a vector at a time, and which of them join the previous voxel's set alone.
/// </summary>
internal interface IEqualNeighbourChunks
{
    /// <summary>The voxels per chunk (at most 32).</summary>
    static abstract int Width { get; }

    /// <summary>Bit lane: the voxel at <paramref name="p"/> + lane is in the ROI (lanes past the row included).</summary>
    uint Roi(int p);

    /// <summary>The code at <paramref name="p"/>.</summary>
    int Code(int p);

    /// <summary>
    /// Writes the masks of the chunk's <see cref="Width"/> voxels from <paramref name="p"/> and returns the lanes for
    /// which the <see cref="JoinsPreviousRule"/> holds (outside the ROI too: the caller masks them).
    /// </summary>
    uint Masks(int p, Span<ushort> masks);
}

/// <summary>Byte codes, 32 voxels per comparison: offsets 0–7 in one byte of bits, 8–12 in another, then widened.</summary>
internal readonly struct ByteEqualNeighbourChunks(byte[] codes, int[] steps, JoinsPreviousRule rule) : IEqualNeighbourChunks
{
    public static int Width => Vector256<byte>.Count;

    public uint Roi(int p) =>
        ~Vector256.Equals(Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(codes), (nuint)p), Vector256<byte>.Zero).ExtractMostSignificantBits();

    public int Code(int p) => codes[p];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Masks(int p, Span<ushort> masks)
    {
        ref byte code0 = ref MemoryMarshal.GetArrayDataReference(codes);
        var centre = Vector256.LoadUnsafe(ref code0, (nuint)p);
        Vector256<byte> low = Vector256<byte>.Zero, high = Vector256<byte>.Zero;
        int earlier = steps.Length, d = 0;
        for (; d < Math.Min(8, earlier); d++)
        {
            low |= Vector256.Equals(centre, Vector256.LoadUnsafe(ref code0, (nuint)(p + steps[d]))) & Vector256.Create((byte)(1 << d));
        }

        for (; d < earlier; d++)
        {
            high |= Vector256.Equals(centre, Vector256.LoadUnsafe(ref code0, (nuint)(p + steps[d]))) & Vector256.Create((byte)(1 << (d - 8)));
        }

        (Vector256<ushort> lowFirst, Vector256<ushort> lowSecond) = Vector256.Widen(low);
        (Vector256<ushort> highFirst, Vector256<ushort> highSecond) = Vector256.Widen(high);
        Vector256<ushort> first = lowFirst | (highFirst << 8), second = lowSecond | (highSecond << 8);
        ref ushort mask0 = ref MemoryMarshal.GetReference(masks);
        first.StoreUnsafe(ref mask0);
        second.StoreUnsafe(ref mask0, (nuint)Vector256<ushort>.Count);
        return rule.Holds(first) | (rule.Holds(second) << Vector256<ushort>.Count);
    }
}

/// <summary>Int codes (any number of grey levels), a <see cref="Vector{T}"/> of voxels per comparison.</summary>
internal readonly struct IntEqualNeighbourChunks(int[] codes, int[] steps, JoinsPreviousRule rule) : IEqualNeighbourChunks
{
    public static int Width => Vector<int>.Count;

    public uint Roi(int p)
    {
        uint roi = 0;
        for (int lane = 0; lane < Vector<int>.Count; lane++)
        {
            roi |= (codes[p + lane] != 0 ? 1u : 0u) << lane;
        }

        return roi;
    }

    public int Code(int p) => codes[p];

    public uint Masks(int p, Span<ushort> masks)
    {
        ref int code0 = ref MemoryMarshal.GetArrayDataReference(codes);
        var centre = Vector.LoadUnsafe(ref code0, (nuint)p);
        var bits = Vector<int>.Zero;
        for (int d = 0; d < steps.Length; d++)
        {
            bits |= Vector.Equals(centre, Vector.LoadUnsafe(ref code0, (nuint)(p + steps[d]))) & new Vector<int>(1 << d);
        }

        uint holds = 0;
        for (int lane = 0; lane < Vector<int>.Count; lane++)
        {
            masks[lane] = (ushort)bits[lane];
            holds |= (rule.Holds(bits[lane]) ? 1u : 0u) << lane;
        }

        return holds;
    }
}
