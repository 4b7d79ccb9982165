using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Radiomics.Imaging;

namespace Radiomics.IO.Internal;

/// <summary>
/// Typed voxel arrays seen as bytes, so a reader can stream file data straight into the final array and
/// byte-swap it in place.
/// </summary>
internal static class VoxelBuffers
{
    /// <summary>
    /// The most elements one voxel buffer may hold (all components together): the CLR's array limit, so a
    /// header that asks for more is refused before anything is allocated.
    /// </summary>
    public const long MaxElements = 0x7FFFFFC7;

    public static Array Allocate(VoxelType type, long elements) => type switch
    {
        VoxelType.Int8 => new sbyte[elements],
        VoxelType.UInt8 => new byte[elements],
        VoxelType.Int16 => new short[elements],
        VoxelType.UInt16 => new ushort[elements],
        VoxelType.Int32 => new int[elements],
        VoxelType.UInt32 => new uint[elements],
        VoxelType.Int64 => new long[elements],
        VoxelType.UInt64 => new ulong[elements],
        VoxelType.Float32 => new float[elements],
        VoxelType.Float64 => new double[elements],
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>
    /// Like <see cref="Allocate"/> but without zeroing the memory first, for a buffer the caller fills
    /// completely (a read that comes up short throws, so the garbage is never seen).
    /// </summary>
    public static Array AllocateForOverwrite(VoxelType type, long elements) => type switch
    {
        VoxelType.Int8 => GC.AllocateUninitializedArray<sbyte>(checked((int)elements)),
        VoxelType.UInt8 => GC.AllocateUninitializedArray<byte>(checked((int)elements)),
        VoxelType.Int16 => GC.AllocateUninitializedArray<short>(checked((int)elements)),
        VoxelType.UInt16 => GC.AllocateUninitializedArray<ushort>(checked((int)elements)),
        VoxelType.Int32 => GC.AllocateUninitializedArray<int>(checked((int)elements)),
        VoxelType.UInt32 => GC.AllocateUninitializedArray<uint>(checked((int)elements)),
        VoxelType.Int64 => GC.AllocateUninitializedArray<long>(checked((int)elements)),
        VoxelType.UInt64 => GC.AllocateUninitializedArray<ulong>(checked((int)elements)),
        VoxelType.Float32 => GC.AllocateUninitializedArray<float>(checked((int)elements)),
        VoxelType.Float64 => GC.AllocateUninitializedArray<double>(checked((int)elements)),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The bytes of a typed voxel array (machine order).</summary>
    public static Span<byte> AsBytes(Array voxels) =>
        MemoryMarshal.CreateSpan(ref MemoryMarshal.GetArrayDataReference(voxels), Buffer.ByteLength(voxels));

    /// <summary>Reverses the byte order of every element in place (file endianness differs from the machine's).</summary>
    public static void ReverseEndianness(Span<byte> bytes, int elementSize)
    {
        switch (elementSize)
        {
            case 1:
                break;
            case 2:
                Span<ushort> u16 = MemoryMarshal.Cast<byte, ushort>(bytes);
                BinaryPrimitives.ReverseEndianness(u16, u16);
                break;
            case 4:
                Span<uint> u32 = MemoryMarshal.Cast<byte, uint>(bytes);
                BinaryPrimitives.ReverseEndianness(u32, u32);
                break;
            case 8:
                Span<ulong> u64 = MemoryMarshal.Cast<byte, ulong>(bytes);
                BinaryPrimitives.ReverseEndianness(u64, u64);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(elementSize));
        }
    }

    /// <summary>Swaps when the data's byte order is not the machine's.</summary>
    public static void ToMachineOrder(Span<byte> bytes, int elementSize, bool dataIsLittleEndian)
    {
        if (dataIsLittleEndian != BitConverter.IsLittleEndian)
        {
            ReverseEndianness(bytes, elementSize);
        }
    }
}
