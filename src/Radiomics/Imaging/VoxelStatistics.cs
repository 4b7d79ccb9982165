using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Radiomics.Imaging;

/// <summary>
/// Mean, minimum and maximum of voxel values (the diagnostics' image statistics), to the bit what the plain loop gives:
/// the values converted to double, summed one after the other from the first, <see cref="Math.Min(double, double)"/>
/// and <see cref="Math.Max(double, double)"/> (NaN when any value is NaN; −0 below +0); NaN mean, +∞ minimum and −∞
/// maximum when there is no value.
/// </summary>
/// <remarks>
/// The plain loop waits on each addition before the next (about 4 cycles a value). Where the order cannot change the
/// sum, it is not kept: integer values whose absolute sum stays below 2⁵³ make every partial sum, in any order, an
/// exact double, so the sum is the exact integer sum whichever way it is formed (8- to 32-bit integer voxels summed
/// as <see cref="long"/>; float32 and float64 voxels that all hold integers, summed in vector lanes, the usual CT
/// image). Other values keep the one-after-the-other sum, with the minimum and maximum taken apart in vector lanes.
/// A NaN, or an extreme that is zero (whose sign the vector minimum may not keep), sends the values to the plain loop.
/// </remarks>
internal static class VoxelStatistics
{
    /// <summary>2⁵³: below it every integer is a double, exactly.</summary>
    private const double ExactIntegers = 9007199254740992.0;

    /// <summary>The statistics of every <paramref name="stride"/>-th value from <paramref name="first"/> on (one component of interleaved voxels).</summary>
    public static (double Mean, double Minimum, double Maximum) Of<T>(ReadOnlySpan<T> values, int first, int stride, long count)
        where T : unmanaged, System.Numerics.INumberBase<T>
    {
        if (stride == 1 && count > 0)
        {
            ReadOnlySpan<T> all = values.Slice(first, checked((int)count));
            if (typeof(T) == typeof(float))
            {
                return OfFloats(System.Runtime.InteropServices.MemoryMarshal.Cast<T, float>(all));
            }

            if (typeof(T) == typeof(double))
            {
                return OfDoubles(System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(all));
            }

            if (typeof(T) == typeof(sbyte) || typeof(T) == typeof(byte) || typeof(T) == typeof(short) || typeof(T) == typeof(ushort)
                || typeof(T) == typeof(int) || typeof(T) == typeof(uint))
            {
                return OfIntegers(all) ?? Plain(values, first, stride, count);
            }
        }

        return Plain(values, first, stride, count);
    }

    /// <summary>The plain loop: the reference every other path matches.</summary>
    public static (double Mean, double Minimum, double Maximum) Plain<T>(ReadOnlySpan<T> values, int first, int stride, long count)
        where T : unmanaged, System.Numerics.INumberBase<T>
    {
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (long i = 0, s = first; i < count; i++, s += stride)
        {
            double v = double.CreateTruncating(values[checked((int)s)]);
            sum += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return (sum / count, min, max);
    }

    /// <summary>Integers up to 32 bits summed exactly as <see cref="long"/>; null when their absolute sum reaches 2⁵³.</summary>
    private static (double Mean, double Minimum, double Maximum)? OfIntegers<T>(ReadOnlySpan<T> values)
        where T : unmanaged, System.Numerics.INumberBase<T>
    {
        long sum = 0, absolute = 0, min = long.MaxValue, max = long.MinValue;
        foreach (T value in values)
        {
            long v = long.CreateTruncating(value);
            sum += v;
            absolute += Math.Abs(v);
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return absolute < ExactIntegers ? ((double)sum / values.Length, min, max) : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double Mean, double Minimum, double Maximum) OfFloats(ReadOnlySpan<float> values)
    {
        var min = Vector256.Create(float.PositiveInfinity);
        var max = Vector256.Create(float.NegativeInfinity);
        Vector256<float> fractional = Vector256<float>.Zero, nan = Vector256<float>.Zero;
        Vector256<double> sumLow = Vector256<double>.Zero, sumHigh = Vector256<double>.Zero;
        int i = 0;
        for (; i + Vector256<float>.Count <= values.Length; i += Vector256<float>.Count)
        {
            Vector256<float> v = Vector256.Create(values.Slice(i, Vector256<float>.Count));
            min = Vector256.Min(min, v);
            max = Vector256.Max(max, v);
            nan |= ~Vector256.Equals(v, v);
            fractional |= ~Vector256.Equals(Vector256.Floor(v), v);
            sumLow += Vector256.WidenLower(v);
            sumHigh += Vector256.WidenUpper(v);
        }

        return Complete(values, i, min, max, Vector256.Sum(sumLow + sumHigh), fractional == Vector256<float>.Zero, nan != Vector256<float>.Zero);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double Mean, double Minimum, double Maximum) OfDoubles(ReadOnlySpan<double> values)
    {
        var min = Vector256.Create(double.PositiveInfinity);
        var max = Vector256.Create(double.NegativeInfinity);
        Vector256<double> fractional = Vector256<double>.Zero, nan = Vector256<double>.Zero, sum = Vector256<double>.Zero;
        int i = 0;
        for (; i + Vector256<double>.Count <= values.Length; i += Vector256<double>.Count)
        {
            Vector256<double> v = Vector256.Create(values.Slice(i, Vector256<double>.Count));
            min = Vector256.Min(min, v);
            max = Vector256.Max(max, v);
            nan |= ~Vector256.Equals(v, v);
            fractional |= ~Vector256.Equals(Vector256.Floor(v), v);
            sum += v;
        }

        return Complete(values, i, min, max, Vector256.Sum(sum), fractional == Vector256<double>.Zero, nan != Vector256<double>.Zero);
    }

    /// <summary>
    /// The lanes' extremes folded together, the values from <paramref name="from"/> on (the tail no vector covered) added
    /// one by one, then <see cref="Finish"/>.
    /// </summary>
    private static (double Mean, double Minimum, double Maximum) Complete<T>(
        ReadOnlySpan<T> values, int from, Vector256<T> min, Vector256<T> max, double laneSum, bool integral, bool anyNaN)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        double lowest = double.PositiveInfinity, highest = double.NegativeInfinity;
        for (int lane = 0; lane < Vector256<T>.Count; lane++)
        {
            lowest = Math.Min(lowest, double.CreateTruncating(min[lane]));
            highest = Math.Max(highest, double.CreateTruncating(max[lane]));
        }

        for (int i = from; i < values.Length; i++)
        {
            double v = double.CreateTruncating(values[i]);
            anyNaN |= double.IsNaN(v);
            integral &= Math.Floor(v) == v;
            laneSum += v;
            lowest = Math.Min(lowest, v);
            highest = Math.Max(highest, v);
        }

        return Finish(values, lowest, highest, laneSum, integral, anyNaN);
    }

    /// <summary>
    /// The lanes' result when it is the plain loop's: their sum when every value is an integer and the absolute sum
    /// (at most count · max |v|) stays below 2⁵³, else the one-after-the-other sum; the plain loop for a NaN or a zero extreme.
    /// </summary>
    private static (double Mean, double Minimum, double Maximum) Finish<T>(
        ReadOnlySpan<T> values, double lowest, double highest, double laneSum, bool integral, bool anyNaN)
        where T : unmanaged, System.Numerics.INumberBase<T>
    {
        if (anyNaN || lowest == 0 || highest == 0)
        {
            return Plain(values, 0, 1, values.Length);
        }

        double bound = Math.Max(Math.Abs(lowest), Math.Abs(highest)) * values.Length;
        double sum = integral && bound < ExactIntegers ? laneSum : SequentialSum(values);
        return (sum / values.Length, lowest, highest);
    }

    private static double SequentialSum<T>(ReadOnlySpan<T> values)
        where T : unmanaged, System.Numerics.INumberBase<T>
    {
        double sum = 0;
        foreach (T value in values)
        {
            sum += double.CreateTruncating(value);
        }

        return sum;
    }
}
