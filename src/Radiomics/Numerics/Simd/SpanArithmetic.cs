using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Radiomics.Numerics.Simd;

/// <summary>
/// Element-wise span kernels on the widest hardware vectors (512-, then 256-, then 128-bit lanes, then scalars for the
/// tail). Each element gets one IEEE multiply and, where stated, one add (never fused), so the result is the same
/// bits whichever width handled it.
/// </summary>
internal static class SpanArithmetic
{
    /// <summary><c>target[i] = source[i] · weight</c> for every i of <paramref name="target"/>.</summary>
    /// <remarks><paramref name="source"/> must be at least as long as <paramref name="target"/>.</remarks>
    public static void Multiply<T>(ReadOnlySpan<T> source, T weight, Span<T> target)
        where T : unmanaged, INumber<T> =>
        Apply<Product<T>, T>(source, weight, target);

    /// <summary><c>target[i] += source[i] · weight</c> (multiply, then add) for every i of <paramref name="target"/>.</summary>
    /// <remarks><paramref name="source"/> must be at least as long as <paramref name="target"/>.</remarks>
    public static void MultiplyAdd<T>(ReadOnlySpan<T> source, T weight, Span<T> target)
        where T : unmanaged, INumber<T> =>
        Apply<ProductAdded<T>, T>(source, weight, target);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Apply<TOperation, T>(ReadOnlySpan<T> source, T weight, Span<T> target)
        where TOperation : IWeightedOperation<T>
        where T : unmanaged, INumber<T>
    {
        source = source[..target.Length];
        int i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            i = Apply<TOperation, Lanes512<T>, T>(source, weight, target);
        }

        if (Vector256.IsHardwareAccelerated)
        {
            i += Apply<TOperation, Lanes256<T>, T>(source[i..], weight, target[i..]);
        }

        if (Vector128.IsHardwareAccelerated)
        {
            i += Apply<TOperation, Lanes128<T>, T>(source[i..], weight, target[i..]);
        }

        for (; i < target.Length; i++)
        {
            target[i] = TOperation.Apply(target[i], source[i], weight);
        }
    }

    /// <summary>The whole vectors of the spans at one width; returns how many elements it did.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Apply<TOperation, TVector, T>(ReadOnlySpan<T> source, T weight, Span<T> target)
        where TOperation : IWeightedOperation<T>
        where TVector : unmanaged, ISimdLanes<TVector, T>
        where T : unmanaged
    {
        var w = TVector.Create(weight);
        ReadOnlySpan<TVector> s = MemoryMarshal.Cast<T, TVector>(source);
        Span<TVector> t = MemoryMarshal.Cast<T, TVector>(target);
        for (int v = 0; v < t.Length; v++)
        {
            t[v] = TOperation.Apply(t[v], s[v], w);
        }

        return t.Length * TVector.Count;
    }

    /// <summary>What happens to one element (or lane): the new target from the old target, the source and the weight.</summary>
    private interface IWeightedOperation<T>
        where T : unmanaged
    {
        static abstract T Apply(T target, T source, T weight);

        static abstract TVector Apply<TVector>(TVector target, TVector source, TVector weight)
            where TVector : unmanaged, ISimdLanes<TVector, T>;
    }

    private readonly struct Product<T> : IWeightedOperation<T>
        where T : unmanaged, INumber<T>
    {
        public static T Apply(T target, T source, T weight) => source * weight;

        public static TVector Apply<TVector>(TVector target, TVector source, TVector weight)
            where TVector : unmanaged, ISimdLanes<TVector, T> => source * weight;
    }

    private readonly struct ProductAdded<T> : IWeightedOperation<T>
        where T : unmanaged, INumber<T>
    {
        public static T Apply(T target, T source, T weight) => target + (source * weight);

        public static TVector Apply<TVector>(TVector target, TVector source, TVector weight)
            where TVector : unmanaged, ISimdLanes<TVector, T> => target + (source * weight);
    }
}
