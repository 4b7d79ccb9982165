using System.Numerics;
using System.Runtime.CompilerServices;
using Radiomics.Imaging;

namespace Radiomics.Filters.Wavelets;

/// <summary>
/// One step of the stationary (undecimated) wavelet transform along one axis of a volume, with pywt's
/// <c>swt</c> semantics: the signal is treated as periodic and filtered without downsampling,
/// <c>out[o] = Σ_k f[k] · in[(o + ⌊F_e/2⌋ − k·d) mod N]</c>, where <c>d = 2^(level−1)</c> is the à trous
/// dilation and <c>F_e = F·d</c> the length of the dilated filter (pywt <c>_swt_</c> calling
/// <c>downsampling_convolution_periodization</c> with step 1).
/// </summary>
/// <remarks>
/// Each sum runs over the taps in exactly the order of pywt's C loop (<see cref="TapOrder"/>), so results match pywt
/// to the last bit; each output value is computed by one thread, so results do not depend on the thread count.
/// Lines along x are filtered one by one (circularly extended into a buffer); lines along y and z are filtered
/// a whole row/plane at a time, which keeps memory access contiguous without changing any output's sum order.
/// </remarks>
internal static partial class StationaryWaveletTransform
{
    /// <summary>
    /// Filters <paramref name="input"/> along <paramref name="axis"/> (0 = x, 1 = y, 2 = z) into
    /// <paramref name="output"/> (same size; must not alias the input).
    /// </summary>
    public static void FilterAxis<T>(
        Volume<T> input, Volume<T> output, ReadOnlySpan<T> filter, int axis, int dilation = 1, int maxDegreeOfParallelism = -1)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (input.Size != output.Size)
        {
            throw new ArgumentException("Input and output volumes must have the same size.", nameof(output));
        }

        FilterAxis(input.Buffer, output.Buffer, input.Size, filter, axis, dilation, maxDegreeOfParallelism);
    }

    /// <summary>
    /// <see cref="FilterAxis{T}(Volume{T}, Volume{T}, ReadOnlySpan{T}, int, int, int)"/> on raw buffers holding a
    /// <paramref name="size"/> volume in their first elements (they may be longer, e.g. pooled).
    /// </summary>
    public static void FilterAxis<T>(
        T[] source, T[] target, Size3 size, ReadOnlySpan<T> filter, int axis, int dilation = 1, int maxDegreeOfParallelism = -1)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        long voxels = size.VoxelCount;
        if (source.LongLength < voxels || target.LongLength < voxels || ReferenceEquals(source, target))
        {
            throw new ArgumentException("Source and target must be distinct buffers holding the whole volume.", nameof(target));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(dilation, 1);
        T[] taps = filter.ToArray();
        ParallelOptions options = ParallelDefaults.Options(maxDegreeOfParallelism);
        switch (axis)
        {
            case 0:
                Parallel.For(0, size.Z, options, () => new T[size.X + ((taps.Length - 1) * dilation)], [MethodImpl(MethodImplOptions.AggressiveOptimization)] (z, _, buffer) =>
                {
                    for (int y = 0; y < size.Y; y++)
                    {
                        int offset = size.Offset(0, y, z);
                        FilterLine(source.AsSpan(offset, size.X), target.AsSpan(offset, size.X), taps, dilation, buffer);
                    }

                    return buffer;
                }, _ => { });
                break;
            case 1:
                Parallel.For(0, size.Z, options, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (z) =>
                {
                    int planeLength = size.X * size.Y;
                    FilterStrided(
                        source.AsSpan(z * planeLength, planeLength), target.AsSpan(z * planeLength, planeLength), size.Y, size.X, taps, dilation);
                });
                break;
            case 2:
                int sliceLength = size.X * size.Y;
                Parallel.For(0, size.Z, options, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (z) =>
                {
                    Span<T> destination = target.AsSpan(z * sliceLength, sliceLength);
                    AccumulateOutput(source, destination, z, size.Z, sliceLength, taps, dilation);
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(axis), axis, "Axis must be 0 (x), 1 (y) or 2 (z).");
        }
    }

    /// <summary>The input index of output 0's first tap, <c>⌊F·d/2⌋</c> (pywt starts its loop at <c>i = F_e/2</c>).</summary>
    private static int Shift(int filterLength, int dilation) => (filterLength * dilation) / 2;

    /// <summary>Filters one contiguous line, circularly extended into <paramref name="buffer"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FilterLine<T>(ReadOnlySpan<T> line, Span<T> output, T[] taps, int dilation, T[] buffer)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = line.Length;
        int reach = (taps.Length - 1) * dilation;

        // buffer[t] = line[(t + shift − reach) mod n], so in[(o + shift − k·d) mod n] = buffer[o + reach − k·d].
        int start = Mod(Shift(taps.Length, dilation) - reach, n);
        for (int t = 0, source = start; t < n + reach; t++)
        {
            buffer[t] = line[source];
            if (++source == n)
            {
                source = 0;
            }
        }

        Span<int> order = taps.Length <= 256 ? stackalloc int[taps.Length] : new int[taps.Length];
        Span<int> offsets = taps.Length <= 256 ? stackalloc int[taps.Length] : new int[taps.Length];
        for (int k = 0; k < taps.Length; k++)
        {
            offsets[k] = reach - (k * dilation);
        }

        WeightedSum<T>(buffer, offsets, taps, output[..n]);

        // The last outputs wrap past the end of the line, where pywt sums the taps in another order: redo them.
        for (int o = FirstWrappedOutput(n, taps.Length, dilation); o < n; o++)
        {
            TapOrder(o, n, taps.Length, dilation, order);
            T sum = T.Zero;
            foreach (int k in order)
            {
                sum += taps[k] * buffer[o + reach - (k * dilation)];
            }

            output[o] = sum;
        }
    }

    /// <summary>Filters the <paramref name="lines"/> rows of length <paramref name="rowLength"/> of one plane along the row index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FilterStrided<T>(
        ReadOnlySpan<T> plane, Span<T> output, int lines, int rowLength, T[] taps, int dilation)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Span<int> order = taps.Length <= 256 ? stackalloc int[taps.Length] : new int[taps.Length];
        Span<int> offsets = taps.Length <= 256 ? stackalloc int[taps.Length] : new int[taps.Length];
        Span<T> weights = taps.Length <= 256 ? stackalloc T[taps.Length] : new T[taps.Length];
        for (int o = 0; o < lines; o++)
        {
            OrderedTaps(o, lines, rowLength, taps, dilation, order, offsets, weights);
            WeightedSum<T>(plane, offsets, weights, output.Slice(o * rowLength, rowLength));
        }
    }

    /// <summary>Computes output plane <paramref name="o"/> of a filter along z (planes of <paramref name="planeLength"/> values).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AccumulateOutput<T>(
        T[] source, Span<T> destination, int o, int planes, int planeLength, T[] taps, int dilation)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Span<int> order = taps.Length <= 256 ? stackalloc int[taps.Length] : new int[taps.Length];
        Span<int> offsets = taps.Length <= 256 ? stackalloc int[taps.Length] : new int[taps.Length];
        Span<T> weights = taps.Length <= 256 ? stackalloc T[taps.Length] : new T[taps.Length];
        OrderedTaps(o, planes, planeLength, taps, dilation, order, offsets, weights);
        WeightedSum<T>(source.AsSpan(0, planes * planeLength), offsets, weights, destination[..planeLength]);
    }

    /// <summary>
    /// The terms of output <paramref name="o"/> of lines of <paramref name="n"/> values <paramref name="step"/> apart, in
    /// pywt's order (<see cref="TapOrder"/>): where each term's values start (<paramref name="offsets"/>, relative to the
    /// lines' first values) and its weight.
    /// </summary>
    private static void OrderedTaps<T>(int o, int n, int step, T[] taps, int dilation, Span<int> order, Span<int> offsets, Span<T> weights)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int shift = Shift(taps.Length, dilation);
        TapOrder(o, n, taps.Length, dilation, order);
        for (int t = 0; t < order.Length; t++)
        {
            int k = order[t];
            offsets[t] = Mod(o + shift - (k * dilation), n) * step;
            weights[t] = taps[k];
        }
    }

    /// <summary>The first output whose pywt input index <c>i = o + ⌊F_e/2⌋</c> reaches past the line's end.</summary>
    private static int FirstWrappedOutput(int n, int tapCount, int dilation) => Math.Max(0, n - Shift(tapCount, dilation));

    /// <summary>
    /// The order in which pywt's <c>downsampling_convolution_periodization</c> adds the taps for output <paramref name="o"/>:
    /// ascending while <c>i = o + ⌊F_e/2⌋ &lt; N</c>; otherwise, with <c>r = i − N</c>, first the (dilated) taps at
    /// filter positions <c>r, r−1, …, 0</c> (its right-wrap loop), then the remaining taps ascending.
    /// Floating-point addition is not associative, so this order is what makes the sums bit-identical to pywt's.
    /// </summary>
    internal static void TapOrder(int o, int n, int tapCount, int dilation, Span<int> order)
    {
        int r = o + Shift(tapCount, dilation) - n;
        int t = 0;
        int wrapped = r < 0 ? -1 : Math.Min(tapCount - 1, r / dilation);
        for (int k = wrapped; k >= 0; k--)
        {
            order[t++] = k;
        }

        for (int k = wrapped + 1; k < tapCount; k++)
        {
            order[t++] = k;
        }
    }

    private static int Mod(int value, int n)
    {
        int r = value % n;
        return r < 0 ? r + n : r;
    }

}
