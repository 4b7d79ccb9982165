namespace Radiomics.Imaging;

/// <summary>Sizes and CLR types of the <see cref="VoxelType"/> values.</summary>
public static class VoxelTypeExtensions
{
    /// <summary>The bytes one voxel value occupies (1, 2, 4 or 8).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined value.</exception>
    public static int SizeInBytes(this VoxelType type) => type switch
    {
        VoxelType.Int8 or VoxelType.UInt8 => 1,
        VoxelType.Int16 or VoxelType.UInt16 => 2,
        VoxelType.Int32 or VoxelType.UInt32 or VoxelType.Float32 => 4,
        VoxelType.Int64 or VoxelType.UInt64 or VoxelType.Float64 => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>Whether the type is an integer type (every type but <see cref="VoxelType.Float32"/> and <see cref="VoxelType.Float64"/>).</summary>
    public static bool IsInteger(this VoxelType type) => type is not (VoxelType.Float32 or VoxelType.Float64);

    /// <summary>The CLR element type used to hold voxels of this type.</summary>
    public static Type ClrType(this VoxelType type) => type switch
    {
        VoxelType.Int8 => typeof(sbyte),
        VoxelType.UInt8 => typeof(byte),
        VoxelType.Int16 => typeof(short),
        VoxelType.UInt16 => typeof(ushort),
        VoxelType.Int32 => typeof(int),
        VoxelType.UInt32 => typeof(uint),
        VoxelType.Int64 => typeof(long),
        VoxelType.UInt64 => typeof(ulong),
        VoxelType.Float32 => typeof(float),
        VoxelType.Float64 => typeof(double),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
