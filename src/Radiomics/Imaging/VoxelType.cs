namespace Radiomics.Imaging;

/// <summary>The stored type of a voxel in a file. Every type reads without loss of value.</summary>
public enum VoxelType
{
    Int8,
    UInt8,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Float32,
    Float64,
}

public static class VoxelTypeExtensions
{
    public static int SizeInBytes(this VoxelType type) => type switch
    {
        VoxelType.Int8 or VoxelType.UInt8 => 1,
        VoxelType.Int16 or VoxelType.UInt16 => 2,
        VoxelType.Int32 or VoxelType.UInt32 or VoxelType.Float32 => 4,
        VoxelType.Int64 or VoxelType.UInt64 or VoxelType.Float64 => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

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
