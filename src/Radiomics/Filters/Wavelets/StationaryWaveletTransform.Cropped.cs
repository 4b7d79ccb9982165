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
                Parallel.For(0, kept.Z, options, () => new T[planeLength], [MethodImpl(MethodImplOptions.AggressiveOptimization)] (z, _, plane) =>
                {
                    FilterStrided(source.AsSpan((from.Z + z) * planeLength, planeLength), plane, size.Y, size.X, taps, dilation);
                    CopyPlane(plane, size, from, target, kept, z);
                    return plane;
                }, _ => { });
                break;
            case 2:
                Parallel.For(0, kept.Z, options, () => new T[planeLength], [MethodImpl(MethodImplOptions.AggressiveOptimization)] (z, _, plane) =>
                {
                    AccumulateOutput(source, plane, from.Z + z, size.Z, planeLength, taps, dilation);
                    CopyPlane(plane, size, from, target, kept, z);
                    return plane;
                }, _ => { });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(axis), axis, "Axis must be 0 (x), 1 (y) or 2 (z).");
        }
    }

    /// <summary>The <paramref name="kept"/>.X × .Y part at (from.X, from.Y) of one filtered plane, widened into slice z of the target.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CopyPlane<T>(T[] plane, Size3 size, Index3 from, double[] target, Size3 kept, int z)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int y = 0; y < kept.Y; y++)
        {
            Widen<T>(plane.AsSpan(((from.Y + y) * size.X) + from.X, kept.X), target.AsSpan(kept.Offset(0, y, z), kept.X));
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
