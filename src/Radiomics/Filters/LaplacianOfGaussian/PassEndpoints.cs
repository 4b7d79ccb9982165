using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Radiomics.Filters.LaplacianOfGaussian;

/// <summary>Where a recursive pass reads its lines: the double input image or a float32 intermediate.</summary>
internal interface IPassSource
{
    double Load(int index);

    /// <summary>The 16 values at index … index + 15, as four vectors.</summary>
    void Load16(int index, Span<Vector256<double>> four);
}

/// <summary>
/// Where a recursive pass puts its lines. Every target first rounds the filtered value to float32, as ITK
/// stores each pass of <c>LaplacianRecursiveGaussianImageFilter</c> in its float internal image.
/// </summary>
internal interface IPassTarget
{
    void Store(int index, double filtered);

    /// <summary>Stores the 16 values at index … index + 15 from four vectors.</summary>
    void Store16(int index, ReadOnlySpan<Vector256<double>> four);
}

internal readonly struct DoubleSource(double[] values) : IPassSource
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Load(int index) => values[index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Load16(int index, Span<Vector256<double>> four) =>
        MemoryMarshal.Cast<double, Vector256<double>>(values.AsSpan(index, 16)).CopyTo(four);
}

internal readonly struct SingleSource(float[] values) : IPassSource
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Load(int index) => values[index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Load16(int index, Span<Vector256<double>> four)
    {
        ReadOnlySpan<Vector256<float>> pair = MemoryMarshal.Cast<float, Vector256<float>>(values.AsSpan(index, 16));
        four[0] = Vector256.WidenLower(pair[0]);
        four[1] = Vector256.WidenUpper(pair[0]);
        four[2] = Vector256.WidenLower(pair[1]);
        four[3] = Vector256.WidenUpper(pair[1]);
    }
}

/// <summary>target = (float)filtered.</summary>
internal readonly struct SingleTarget(float[] values) : IPassTarget
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(int index, double filtered) => values[index] = (float)filtered;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store16(int index, ReadOnlySpan<Vector256<double>> four)
    {
        Span<Vector256<float>> pair = MemoryMarshal.Cast<float, Vector256<float>>(values.AsSpan(index, 16));
        pair[0] = Vector256.Narrow(four[0], four[1]);
        pair[1] = Vector256.Narrow(four[2], four[3]);
    }
}

/// <summary>
/// The LoG's term sum, kept in the double output image (every value float32): <c>output = (float)(previous +
/// (float)filtered · scale)</c> in double arithmetic, with scale = 1 / spacing² and previous = 0 for the first term.
/// </summary>
internal readonly struct AccumulatingTarget(double[] output, double scale, bool first) : IPassTarget
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(int index, double filtered) =>
        output[index] = (float)((first ? 0.0 : output[index]) + (double)(float)filtered * scale);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store16(int index, ReadOnlySpan<Vector256<double>> four)
    {
        Span<Vector256<double>> target = MemoryMarshal.Cast<double, Vector256<double>>(output.AsSpan(index, 16));
        var s = Vector256.Create(scale);
        for (int half = 0; half < 2; half++)
        {
            Vector256<float> term = Vector256.Narrow(four[2 * half], four[(2 * half) + 1]);
            Vector256<double> low = first ? Vector256<double>.Zero : target[2 * half];
            Vector256<double> high = first ? Vector256<double>.Zero : target[(2 * half) + 1];
            Vector256<float> sum = Vector256.Narrow(low + (Vector256.WidenLower(term) * s), high + (Vector256.WidenUpper(term) * s));
            target[2 * half] = Vector256.WidenLower(sum);
            target[(2 * half) + 1] = Vector256.WidenUpper(sum);
        }
    }
}
