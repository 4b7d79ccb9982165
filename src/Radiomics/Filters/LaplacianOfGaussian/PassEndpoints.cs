using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Radiomics.Filters.LaplacianOfGaussian;

/// <summary>
/// Where a recursive pass reads its lines: the double input image or a float32 intermediate. Reads are unchecked:
/// <see cref="SeparableRecursivePass"/> checks once that the buffer holds the whole volume.
/// </summary>
internal interface IPassSource
{
    /// <summary>How many values the buffer holds.</summary>
    int Length { get; }

    /// <summary>Asks for the cache lines of values index … index + count − 1 ahead of their use (a hint: never faults).</summary>
    void Prefetch(int index, int count);

    double Load(int index);

    /// <summary>The 16 values at index … index + 15, as four vectors from <paramref name="four"/> on.</summary>
    void Load16(int index, ref Vector256<double> four);

    /// <summary>The four values at index … index + 3.</summary>
    Vector256<double> Load4(int index);
}

/// <summary>
/// Where a recursive pass puts its lines. Every target first rounds the filtered value to float32, as ITK
/// stores each pass of <c>LaplacianRecursiveGaussianImageFilter</c> in its float internal image. Writes are unchecked
/// (see <see cref="IPassSource"/>).
/// </summary>
internal interface IPassTarget
{
    /// <summary>How many values the buffer holds.</summary>
    int Length { get; }

    /// <summary>Asks for the cache lines of values index … index + count − 1 ahead of their use (a hint: never faults).</summary>
    void Prefetch(int index, int count);

    void Store(int index, double filtered);

    /// <summary>Stores the 16 values at index … index + 15 from the four vectors from <paramref name="four"/> on.</summary>
    void Store16(int index, ref Vector256<double> four);

    /// <summary>Stores the four values at index … index + 3.</summary>
    void Store4(int index, Vector256<double> four);
}

internal readonly struct DoubleSource(double[] values) : IPassSource
{
    public int Length => values.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(int index, int count) => PassPrefetch.Lines(ref MemoryMarshal.GetArrayDataReference(values), index, count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<double> Load4(int index) => Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(values), (nuint)index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Load(int index) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(values), index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Load16(int index, ref Vector256<double> four)
    {
        ref double from = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(values), index);
        four = Vector256.LoadUnsafe(ref from);
        Unsafe.Add(ref four, 1) = Vector256.LoadUnsafe(ref from, 4);
        Unsafe.Add(ref four, 2) = Vector256.LoadUnsafe(ref from, 8);
        Unsafe.Add(ref four, 3) = Vector256.LoadUnsafe(ref from, 12);
    }
}

internal readonly struct SingleSource(float[] values) : IPassSource
{
    public int Length => values.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(int index, int count) => PassPrefetch.Lines(ref MemoryMarshal.GetArrayDataReference(values), index, count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<double> Load4(int index)
    {
        Vector128<float> four = Vector128.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(values), (nuint)index);
        return Vector256.Create(Vector128.WidenLower(four), Vector128.WidenUpper(four));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Load(int index) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(values), index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Load16(int index, ref Vector256<double> four)
    {
        ref float from = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(values), index);
        if (Vector512.IsHardwareAccelerated)
        {
            Vector512<float> sixteen = Vector512.LoadUnsafe(ref from);
            Unsafe.As<Vector256<double>, Vector512<double>>(ref four) = Vector512.WidenLower(sixteen);
            Unsafe.As<Vector256<double>, Vector512<double>>(ref Unsafe.Add(ref four, 2)) = Vector512.WidenUpper(sixteen);
            return;
        }

        Vector256<float> low = Vector256.LoadUnsafe(ref from), high = Vector256.LoadUnsafe(ref from, 8);
        four = Vector256.WidenLower(low);
        Unsafe.Add(ref four, 1) = Vector256.WidenUpper(low);
        Unsafe.Add(ref four, 2) = Vector256.WidenLower(high);
        Unsafe.Add(ref four, 3) = Vector256.WidenUpper(high);
    }
}

/// <summary>target = (float)filtered.</summary>
internal readonly struct SingleTarget(float[] values) : IPassTarget
{
    public int Length => values.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(int index, int count) => PassPrefetch.Lines(ref MemoryMarshal.GetArrayDataReference(values), index, count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store4(int index, Vector256<double> four) =>
        Vector128.Narrow(four.GetLower(), four.GetUpper()).StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(values), (nuint)index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(int index, double filtered) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(values), index) = (float)filtered;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store16(int index, ref Vector256<double> four)
    {
        ref float to = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(values), index);
        if (Vector512.IsHardwareAccelerated)
        {
            Vector512.Narrow(
                Unsafe.As<Vector256<double>, Vector512<double>>(ref four),
                Unsafe.As<Vector256<double>, Vector512<double>>(ref Unsafe.Add(ref four, 2))).StoreUnsafe(ref to);
            return;
        }

        Vector256.Narrow(four, Unsafe.Add(ref four, 1)).StoreUnsafe(ref to);
        Vector256.Narrow(Unsafe.Add(ref four, 2), Unsafe.Add(ref four, 3)).StoreUnsafe(ref to, 8);
    }
}

/// <summary>
/// The LoG's term sum, kept as float32 (every partial sum is rounded to float32, as ITK's float output image holds
/// it): <c>output = (float)(previous + (float)filtered · scale)</c> in double arithmetic, with scale = 1 / spacing²
/// and previous = 0 for the first term.
/// </summary>
internal readonly struct AccumulatingTarget(float[] output, double scale, bool first) : IPassTarget
{
    public int Length => output.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(int index, int count) => PassPrefetch.Lines(ref MemoryMarshal.GetArrayDataReference(output), index, count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store4(int index, Vector256<double> four)
    {
        ref float at = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(output), index);
        Vector128<float> term = Vector128.Narrow(four.GetLower(), four.GetUpper());
        Vector128<float> previous = first ? Vector128<float>.Zero : Vector128.LoadUnsafe(ref at);
        Vector256<double> sum = Vector256.Create(Vector128.WidenLower(previous), Vector128.WidenUpper(previous))
            + (Vector256.Create(Vector128.WidenLower(term), Vector128.WidenUpper(term)) * Vector256.Create(scale));
        Vector128.Narrow(sum.GetLower(), sum.GetUpper()).StoreUnsafe(ref at);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(int index, double filtered)
    {
        ref float at = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(output), index);
        at = (float)((first ? 0.0 : at) + (double)(float)filtered * scale);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store16(int index, ref Vector256<double> four)
    {
        ref float at = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(output), index);
        if (Vector512.IsHardwareAccelerated)
        {
            Vector512<float> term = Vector512.Narrow(
                Unsafe.As<Vector256<double>, Vector512<double>>(ref four),
                Unsafe.As<Vector256<double>, Vector512<double>>(ref Unsafe.Add(ref four, 2)));
            Vector512<float> previous = first ? Vector512<float>.Zero : Vector512.LoadUnsafe(ref at);
            var s = Vector512.Create(scale);
            Vector512.Narrow(
                Vector512.WidenLower(previous) + (Vector512.WidenLower(term) * s),
                Vector512.WidenUpper(previous) + (Vector512.WidenUpper(term) * s)).StoreUnsafe(ref at);
            return;
        }

        var s4 = Vector256.Create(scale);
        for (int half = 0; half < 2; half++)
        {
            ref float part = ref Unsafe.Add(ref at, 8 * half);
            Vector256<float> term = Vector256.Narrow(Unsafe.Add(ref four, 2 * half), Unsafe.Add(ref four, (2 * half) + 1));
            Vector256<float> previous = first ? Vector256<float>.Zero : Vector256.LoadUnsafe(ref part);
            Vector256.Narrow(
                Vector256.WidenLower(previous) + (Vector256.WidenLower(term) * s4),
                Vector256.WidenUpper(previous) + (Vector256.WidenUpper(term) * s4)).StoreUnsafe(ref part);
        }
    }
}
