using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Radiomics.Filters.LaplacianOfGaussian;

/// <summary>Software prefetch of the values a strided pass reads or writes next (see <see cref="SeparableRecursivePass"/>).</summary>
internal static class PassPrefetch
{
    /// <summary>
    /// Asks for the cache lines of <paramref name="count"/> values from <paramref name="index"/> on into the L2 cache.
    /// A prefetch is a hint: it never faults, so an address past the buffer (no next group) or of an array the GC has
    /// just moved only wastes it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Lines<T>(ref T first, int index, int count)
        where T : unmanaged
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        byte* from = (byte*)Unsafe.AsPointer(ref Unsafe.Add(ref first, index));
        byte* end = from + (count * sizeof(T));
        byte* at = (byte*)((nuint)from & ~(nuint)63);
        for (; at < end; at += 64)
        {
            Sse.Prefetch1(at);
        }
    }
}
