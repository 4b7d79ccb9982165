using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Radiomics.Filters.Wavelets;

internal static partial class StationaryWaveletTransform
{
    /// <summary>
    /// <c>destination[j] = w₀·s[o₀ + j] + w₁·s[o₁ + j] + …</c>, the terms in the order given: the first product, then each
    /// further product added to the sum so far (products and sums rounded to <typeparamref name="T"/>, never fused, as
    /// pywt's C loop). The same values as a multiply pass followed by one multiply-add pass per further tap, in one sweep
    /// (the partial sums stay in registers instead of going through the destination once per tap).
    /// </summary>
    /// <param name="source">The values the taps read.</param>
    /// <param name="offsets">Where each term's values start in <paramref name="source"/>.</param>
    /// <param name="weights">Each term's weight (as many as <paramref name="offsets"/>, at least one).</param>
    /// <param name="destination">The sums.</param>
    internal static void WeightedSum<T>(ReadOnlySpan<T> source, ReadOnlySpan<int> offsets, ReadOnlySpan<T> weights, Span<T> destination)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        WeightedSum<T, T>(source, offsets, weights, destination);

    /// <summary>
    /// <see cref="WeightedSum{T}"/> stored as <typeparamref name="TOut"/>: <typeparamref name="T"/> itself, or double (each
    /// sum formed in <typeparamref name="T"/> as above, then widened exactly). A sub-band's last pass writes its double
    /// output this way, without a <typeparamref name="T"/> plane to copy from.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void WeightedSum<T, TOut>(ReadOnlySpan<T> source, ReadOnlySpan<int> offsets, ReadOnlySpan<T> weights, Span<TOut> destination)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TOut : unmanaged, IFloatingPointIeee754<TOut>
    {
        if (typeof(TOut) != typeof(T) && (typeof(T) != typeof(float) || typeof(TOut) != typeof(double)))
        {
            throw new NotSupportedException("The sums are stored as their own type, or float32 sums widened to double.");
        }

        int length = destination.Length, terms = offsets.Length;
        if (terms == 0 || weights.Length != terms)
        {
            throw new ArgumentException("One weight per term, at least one term.", nameof(weights));
        }

        foreach (int offset in offsets)
        {
            if (offset < 0 || offset > source.Length - length)
            {
                throw new ArgumentOutOfRangeException(nameof(offsets), "Every term's values must lie inside the source.");
            }
        }

        // Every read below stays inside the source (checked above) and every write inside the destination.
        ref T values = ref MemoryMarshal.GetReference(source);
        ref TOut sums = ref MemoryMarshal.GetReference(destination);
        ref int offset0 = ref MemoryMarshal.GetReference(offsets);
        ref T weight0 = ref MemoryMarshal.GetReference(weights);
        int i = 0;
        if (Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported)
        {
            for (; i <= length - Vector256<T>.Count; i += Vector256<T>.Count)
            {
                Vector256<T> sum = Vector256.LoadUnsafe(ref values, (nuint)(offset0 + i)) * Vector256.Create(weight0);
                for (int t = 1; t < terms; t++)
                {
                    sum += Vector256.LoadUnsafe(ref values, (nuint)(Unsafe.Add(ref offset0, t) + i)) * Vector256.Create(Unsafe.Add(ref weight0, t));
                }

                if (typeof(TOut) == typeof(T))
                {
                    sum.StoreUnsafe(ref Unsafe.As<TOut, T>(ref sums), (nuint)i);
                }
                else
                {
                    Vector256<float> single = sum.As<T, float>();
                    Vector256.WidenLower(single).StoreUnsafe(ref Unsafe.As<TOut, double>(ref sums), (nuint)i);
                    Vector256.WidenUpper(single).StoreUnsafe(ref Unsafe.As<TOut, double>(ref sums), (nuint)(i + 4));
                }
            }
        }

        for (; i < length; i++)
        {
            T sum = Unsafe.Add(ref values, offset0 + i) * weight0;
            for (int t = 1; t < terms; t++)
            {
                sum += Unsafe.Add(ref values, Unsafe.Add(ref offset0, t) + i) * Unsafe.Add(ref weight0, t);
            }

            Unsafe.Add(ref sums, i) = TOut.CreateTruncating(sum);
        }
    }
}
