using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Resampling;

/// <summary>
/// The value a resampled voxel takes when stored as <see cref="VoxelType"/>, as ITK's
/// <c>ResampleImageFilter::CastPixelWithBoundsChecking</c> stores it: clamped to the type's range, then
/// converted (integers truncate toward zero, float32 rounds to nearest).
/// </summary>
internal static class VoxelCast
{
    public static double Apply(double value, VoxelType type) => type switch
    {
        VoxelType.Float64 => value,
        VoxelType.Float32 => (float)value,
        VoxelType.Int8 => Truncate(value, sbyte.MinValue, sbyte.MaxValue),
        VoxelType.UInt8 => Truncate(value, byte.MinValue, byte.MaxValue),
        VoxelType.Int16 => Truncate(value, short.MinValue, short.MaxValue),
        VoxelType.UInt16 => Truncate(value, ushort.MinValue, ushort.MaxValue),
        VoxelType.Int32 => Truncate(value, int.MinValue, int.MaxValue),
        VoxelType.UInt32 => Truncate(value, uint.MinValue, uint.MaxValue),
        VoxelType.Int64 => Truncate(value, long.MinValue, long.MaxValue),
        VoxelType.UInt64 => Truncate(value, ulong.MinValue, ulong.MaxValue),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary><see cref="Apply(double, VoxelType)"/> of every value of <paramref name="values"/> into <paramref name="target"/> (same length; may be the same span).</summary>
    public static void Apply(ReadOnlySpan<double> values, Span<double> target, VoxelType type)
    {
        switch (type)
        {
            case VoxelType.Float64: values.CopyTo(target); break;
            case VoxelType.Float32: ToSingle(values, target); break;
            case VoxelType.Int8: Truncate(values, target, sbyte.MinValue, sbyte.MaxValue); break;
            case VoxelType.UInt8: Truncate(values, target, byte.MinValue, byte.MaxValue); break;
            case VoxelType.Int16: Truncate(values, target, short.MinValue, short.MaxValue); break;
            case VoxelType.UInt16: Truncate(values, target, ushort.MinValue, ushort.MaxValue); break;
            case VoxelType.Int32: Truncate(values, target, int.MinValue, int.MaxValue); break;
            case VoxelType.UInt32: Truncate(values, target, uint.MinValue, uint.MaxValue); break;
            case VoxelType.Int64: Truncate(values, target, long.MinValue, long.MaxValue); break;
            case VoxelType.UInt64: Truncate(values, target, ulong.MinValue, ulong.MaxValue); break;
            default: throw new ArgumentOutOfRangeException(nameof(type));
        }
    }

    /// <summary>Rounds to float32 and back (the vector conversions round to nearest even, as the scalar cast does).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ToSingle(ReadOnlySpan<double> values, Span<double> target)
    {
        target = target[..values.Length];
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + 8 <= values.Length; i += 8)
            {
                Vector256<float> single = Vector256.Narrow(Vector256.Create(values.Slice(i, 4)), Vector256.Create(values.Slice(i + 4, 4)));
                Vector256.WidenLower(single).CopyTo(target.Slice(i, 4));
                Vector256.WidenUpper(single).CopyTo(target.Slice(i + 4, 4));
            }
        }

        for (; i < values.Length; i++)
        {
            target[i] = (float)values[i];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Truncate(ReadOnlySpan<double> values, Span<double> target, double min, double max)
    {
        target = target[..values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            target[i] = Truncate(values[i], min, max);
        }
    }

    private static double Truncate(double value, double min, double max) =>
        value < min ? min : value > max ? max : Math.Truncate(value);
}
