using Radiomics.Imaging;

namespace Radiomics.IO;

/// <summary>
/// Voxel buffers for reads that repeat, as in a batch: once a case is done its images go back here
/// (<see cref="Return"/>), and the next <see cref="ImageReader.Read(string, VoxelBufferPool?)"/> of the same voxel
/// type and voxel count fills the same memory instead of fresh pages. First-touching fresh pages is what a read costs
/// most on a virtual machine, and two cases faulting in pages at once slow each other down; equal-sized inputs (one
/// scanner protocol, a resampled study) then read into memory already in place. The DICOM series loader takes its
/// volume from here too (<c>DicomLoadOptions.Buffers</c>).
/// Bounded by count: at most <c>capacity</c> arrays are kept, and a read that finds no buffer of its size drops the
/// oldest kept one before it allocates, so kept and in-use buffers together stay near the capacity whatever the sizes.
/// Thread-safe.
/// </summary>
public sealed class VoxelBufferPool
{
    private readonly ExactLengthArrayPool _arrays;

    /// <param name="capacity">Buffers kept at most (e.g. two per concurrent case: its image and its mask).</param>
    public VoxelBufferPool(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _arrays = new ExactLengthArrayPool(capacity, long.MaxValue);
    }

    /// <summary>
    /// Hands the voxel buffer of <paramref name="image"/> back for a later read. Nothing may use the image, or anything
    /// sharing its buffer, afterwards: the next read of that size overwrites it.
    /// </summary>
    public void Return(ImageData image)
    {
        ArgumentNullException.ThrowIfNull(image);
        _arrays.Return(image.Voxels);
    }

    /// <summary>The number of buffers kept (for tests).</summary>
    internal int Count => _arrays.Count;

    /// <summary>
    /// A buffer of <paramref name="elements"/> values of <paramref name="type"/>, for a reader that fills it whole:
    /// a kept one of that type and length when there is one (contents undefined), else a new one.
    /// </summary>
    public Array Rent(VoxelType type, long elements)
    {
        int length = checked((int)elements);
        return type switch
        {
            VoxelType.Int8 => _arrays.RentReplacing<sbyte>(length),
            VoxelType.UInt8 => _arrays.RentReplacing<byte>(length),
            VoxelType.Int16 => _arrays.RentReplacing<short>(length),
            VoxelType.UInt16 => _arrays.RentReplacing<ushort>(length),
            VoxelType.Int32 => _arrays.RentReplacing<int>(length),
            VoxelType.UInt32 => _arrays.RentReplacing<uint>(length),
            VoxelType.Int64 => _arrays.RentReplacing<long>(length),
            VoxelType.UInt64 => _arrays.RentReplacing<ulong>(length),
            VoxelType.Float32 => _arrays.RentReplacing<float>(length),
            VoxelType.Float64 => _arrays.RentReplacing<double>(length),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
    }
}
