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

    private static double Truncate(double value, double min, double max) =>
        value < min ? min : value > max ? max : Math.Truncate(value);
}
