using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Radiomics.Features.Texture.Glrlm;

/// <summary>
/// Packs the selected lanes of a vector to the front of a list ("stream compaction"): the values of the lanes whose
/// mask is set are written in lane order at the destination, and their number is returned. Up to a whole vector is
/// written, so the destination must have room for <c>Vector&lt;int&gt;.Count</c> entries; entries past the returned
/// count are garbage that the next append overwrites.
/// </summary>
/// <remarks>
/// With AVX2 and 8-lane vectors, one permutation packs the lanes (its control read from a table indexed by the mask's
/// bits), so nothing branches on the lanes. Elsewhere every lane is written and the write position advances only past
/// the selected ones, which is branch-free too.
/// </remarks>
internal static class LanePacking
{
    /// <summary>For each 8-bit mask, the lanes to gather: the set bits in ascending order, then zeros (8 ints per mask).</summary>
    private static readonly int[] Permutations = BuildPermutations();

    /// <summary>Appends the lanes of <paramref name="values"/> where <paramref name="mask"/> is all ones; returns how many.</summary>
    /// <param name="values">The lane values.</param>
    /// <param name="mask">All ones (−1) for a selected lane, 0 otherwise.</param>
    /// <param name="destination">Where the packed values go (room for a whole vector).</param>
    /// <param name="scratch">Room for a whole vector, for the portable path.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Append(Vector<int> values, Vector<int> mask, ref int destination, ref int scratch)
    {
        if (Avx2.IsSupported && Vector<int>.Count == 8)
        {
            return AppendSelected(values.AsVector256(), mask.AsVector256().ExtractMostSignificantBits(), ref destination);
        }

        return AppendPortable(values, mask, ref destination, ref scratch);
    }

    /// <summary>
    /// <see cref="Append"/> with AVX2 (the caller checks
    /// <see cref="Avx2.IsSupported"/>), the lanes selected by the low 8 bits of <paramref name="bits"/> (bit i: lane i).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int AppendSelected(Vector256<int> values, uint bits, ref int destination)
    {
        Vector256<int> control = Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(Permutations), bits * 8);
        Avx2.PermuteVar8x32(values, control).StoreUnsafe(ref destination);
        return BitOperations.PopCount(bits);
    }

    /// <summary>The branch-free lane-by-lane form of <see cref="Append"/> (any vector width).</summary>
    internal static int AppendPortable(Vector<int> values, Vector<int> mask, ref int destination, ref int scratch)
    {
        values.StoreUnsafe(ref scratch);
        int count = 0;
        for (int lane = 0; lane < Vector<int>.Count; lane++)
        {
            Unsafe.Add(ref destination, count) = Unsafe.Add(ref scratch, lane);
            count += mask[lane] & 1;
        }

        return count;
    }

    private static int[] BuildPermutations()
    {
        var table = new int[256 * 8];
        for (int mask = 0; mask < 256; mask++)
        {
            int k = 0;
            for (int lane = 0; lane < 8; lane++)
            {
                if ((mask & (1 << lane)) != 0)
                {
                    table[(mask * 8) + k++] = lane;
                }
            }
        }

        return table;
    }
}
