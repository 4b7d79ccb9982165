using Radiomics.Imaging;

namespace Radiomics.Tests.Support;

/// <summary>Integer test values stored as a voxel buffer of any <see cref="VoxelType"/> (each value cast to the type).</summary>
internal static class VoxelArrays
{
    public static Array Of(long[] values, VoxelType type) => type switch
    {
        VoxelType.UInt8 => values.Select(v => (byte)v).ToArray(),
        VoxelType.Int8 => values.Select(v => (sbyte)v).ToArray(),
        VoxelType.Int16 => values.Select(v => (short)v).ToArray(),
        VoxelType.UInt16 => values.Select(v => (ushort)v).ToArray(),
        VoxelType.Int32 => values.Select(v => (int)v).ToArray(),
        VoxelType.UInt32 => values.Select(v => (uint)v).ToArray(),
        VoxelType.Int64 => values.ToArray(),
        VoxelType.UInt64 => values.Select(v => (ulong)v).ToArray(),
        VoxelType.Float32 => values.Select(v => (float)v).ToArray(),
        _ => values.Select(v => (double)v).ToArray(),
    };
}
