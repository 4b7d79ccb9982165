using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Radiomics.Imaging;

namespace Radiomics.Filters.Wavelets;

internal static partial class StationaryWaveletTransform
{
    /// <summary>
    /// <see cref="FilterAxis{T}(Volume{T}, Volume{T}, ReadOnlySpan{T}, int, int, int)"/> whose result is delivered already cropped to the corner box of
    /// <paramref name="output"/>'s size and widened to double: a sub-band's last pass, which then needs neither a
    /// padded intermediate nor separate crop and conversion passes. Each line or plane is filtered exactly as
    /// <see cref="FilterAxis{T}(Volume{T}, Volume{T}, ReadOnlySpan{T}, int, int, int)"/> filters it, so the values are the same.
    /// </summary>
    public static void FilterAxisCropped<T>(
        Volume<T> input, Volume<double> output, ReadOnlySpan<T> filter, int axis, int dilation = 1, int maxDegreeOfParallelism = -1)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        FilterAxisCropped(input.Buffer, input.Size, output, filter, axis, dilation, maxDegreeOfParallelism);

    /// <summary>
    /// <see cref="FilterAxisCropped{T}(Volume{T}, Volume{double}, ReadOnlySpan{T}, int, int, int)"/> from a raw
    /// buffer holding a <paramref name="size"/> volume in its first elements.
    /// </summary>
    public static void FilterAxisCropped<T>(
        T[] source, Size3 size, Volume<double> output, ReadOnlySpan<T> filter, int axis, int dilation = 1, int maxDegreeOfParallelism = -1)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        FilterAxisCropped(source, size, default, output, filter, axis, dilation, maxDegreeOfParallelism);

    /// <summary>
    /// <see cref="FilterAxisCropped{T}(T[], Size3, Volume{double}, ReadOnlySpan{T}, int, int, int)"/> keeping the box of
    /// <paramref name="output"/>'s size that starts at <paramref name="from"/> (not the corner): output voxel (x, y, z)
    /// is the filtered value at <paramref name="from"/> + (x, y, z).
    /// </summary>
    public static void FilterAxisCropped<T>(
        T[] source, Size3 size, Index3 from, Volume<double> output, ReadOnlySpan<T> filter, int axis, int dilation = 1, int maxDegreeOfParallelism = -1)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Size3 kept = output.Size;
        if (from.X < 0 || from.Y < 0 || from.Z < 0 || from.X + kept.X > size.X || from.Y + kept.Y > size.Y || from.Z + kept.Z > size.Z
            || source.LongLength < size.VoxelCount)
        {
            throw new ArgumentException("The cropped output must fit inside the input.", nameof(output));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(dilation, 1);
        T[] taps = filter.ToArray();
        ParallelOptions options = ParallelDefaults.Options(maxDegreeOfParallelism);
        double[] target = output.Buffer;
        int planeLength = size.X * size.Y;
        switch (axis)
        {
            case 0:
                Parallel.For(0, kept.Z, options, () => (Line: new T[size.X], Buffer: new T[size.X + ((taps.Length - 1) * dilation)]), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (z, _, scratch) =>
                {
                    for (int y = 0; y < kept.Y; y++)
                    {
                        FilterLine(source.AsSpan(size.Offset(0, from.Y + y, from.Z + z), size.X), scratch.Line, taps, dilation, scratch.Buffer);
                        Widen<T>(scratch.Line.AsSpan(from.X, kept.X), target.AsSpan(kept.Offset(0, y, z), kept.X));
                    }

                    return scratch;
                }, _ => { });
                break;
            case 1:
            case 2:
                Parallel.For(0, kept.Z, options, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (z) =>
                    StridedCropped(source, size, from, target, kept, z, axis, taps, dilation));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(axis), axis, "Axis must be 0 (x), 1 (y) or 2 (z).");
        }
    }

    /// <summary>
    /// Slice <paramref name="z"/> of the kept box filtered along y (<paramref name="axis"/> 1) or z (2): only the kept rows'
    /// kept values are summed, each as <see cref="FilterAxis{T}(T[], T[], Size3, ReadOnlySpan{T}, int, int, int)"/> sums
    /// it (same terms, same order), and written straight into the double target (no filtered plane to crop and widen).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void StridedCropped<T>(T[] source, Size3 size, Index3 from, double[] target, Size3 kept, int z, int axis, T[] taps, int dilation)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Span<int> order = taps.Length <= 256 ? stackalloc int[taps.Length] : new int[taps.Length];
        Span<int> offsets = taps.Length <= 256 ? stackalloc int[taps.Length] : new int[taps.Length];
        Span<T> weights = taps.Length <= 256 ? stackalloc T[taps.Length] : new T[taps.Length];
        int planeLength = size.X * size.Y;
        ReadOnlySpan<T> volume = source.AsSpan(0, planeLength * size.Z);
        if (axis == 2)
        {
            // One output plane: the same planes and weights for every row.
            OrderedTaps(from.Z + z, size.Z, planeLength, taps, dilation, order, offsets, weights);
        }

        for (int y = 0; y < kept.Y; y++)
        {
            int row = ((from.Y + y) * size.X) + from.X;
            if (axis == 1)
            {
                // Output row from.Y + y of plane from.Z + z: terms are rows of that plane.
                OrderedTaps(from.Y + y, size.Y, size.X, taps, dilation, order, offsets, weights);
                row = ((from.Z + z) * planeLength) + from.X;
            }

            WeightedSum<T, double>(volume[row..], offsets, weights, target.AsSpan(kept.Offset(0, y, z), kept.X));
        }
    }

    /// <summary>Exact widening to double (float32 values are representable, double values are copied).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Widen<T>(ReadOnlySpan<T> source, Span<double> target)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(double))
        {
            MemoryMarshal.Cast<T, double>(source).CopyTo(target);
            return;
        }

        int i = 0;
        if (typeof(T) == typeof(float) && Vector256.IsHardwareAccelerated)
        {
            ReadOnlySpan<float> single = MemoryMarshal.Cast<T, float>(source);
            for (; i + Vector256<float>.Count <= single.Length; i += Vector256<float>.Count)
            {
                Vector256<float> v = Vector256.Create(single.Slice(i, Vector256<float>.Count));
                Vector256.WidenLower(v).CopyTo(target.Slice(i, 4));
                Vector256.WidenUpper(v).CopyTo(target.Slice(i + 4, 4));
            }
        }

        for (; i < source.Length; i++)
        {
            target[i] = double.CreateTruncating(source[i]);
        }
    }
}
