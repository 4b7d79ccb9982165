using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Resampling;

/// <summary>
/// Rows of an image as stored (first component), converted to double exactly as <see cref="ImageData.ToDoubleVolume(int)"/>
/// converts them, so that a filter reading the whole image once (the B-spline prefilter) needs no whole-image copy.
/// </summary>
internal static class StoredRows
{
    /// <summary>Row (<paramref name="y"/>, <paramref name="z"/>) of <paramref name="image"/>'s first component into <paramref name="row"/> (its X length).</summary>
    public static void Read(ImageData image, int y, int z, Span<double> row)
    {
        long first = image.Geometry.Size.Offset(0, y, z);
        int stride = image.Components;
        switch (image.VoxelType)
        {
            case VoxelType.Int8: Convert((sbyte[])image.Voxels, first, stride, row); break;
            case VoxelType.UInt8: Convert((byte[])image.Voxels, first, stride, row); break;
            case VoxelType.Int16: Convert((short[])image.Voxels, first, stride, row); break;
            case VoxelType.UInt16: Convert((ushort[])image.Voxels, first, stride, row); break;
            case VoxelType.Int32: Convert((int[])image.Voxels, first, stride, row); break;
            case VoxelType.UInt32: Convert((uint[])image.Voxels, first, stride, row); break;
            case VoxelType.Int64: Convert((long[])image.Voxels, first, stride, row); break;
            case VoxelType.UInt64: Convert((ulong[])image.Voxels, first, stride, row); break;
            case VoxelType.Float32: Convert((float[])image.Voxels, first, stride, row); break;
            case VoxelType.Float64: Convert((double[])image.Voxels, first, stride, row); break;
            default: throw new InvalidOperationException("Unsupported voxel buffer.");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Convert<T>(T[] source, long firstVoxel, int stride, Span<double> row)
        where T : unmanaged, INumberBase<T>
    {
        long s = firstVoxel * stride;
        if (stride == 1 && s + row.Length <= source.LongLength)
        {
            ReadOnlySpan<T> values = source.AsSpan((int)s, row.Length);
            int i = 0;
            if (typeof(T) == typeof(float) && Vector256.IsHardwareAccelerated)
            {
                ReadOnlySpan<float> single = MemoryMarshal.Cast<T, float>(values);
                for (; i + 8 <= single.Length; i += 8)
                {
                    Vector256<float> v = Vector256.Create(single.Slice(i, 8));
                    Vector256.WidenLower(v).CopyTo(row.Slice(i, 4));
                    Vector256.WidenUpper(v).CopyTo(row.Slice(i + 4, 4));
                }
            }

            for (; i < values.Length; i++)
            {
                row[i] = double.CreateTruncating(values[i]);
            }

            return;
        }

        for (int i = 0; i < row.Length; i++, s += stride)
        {
            row[i] = double.CreateTruncating(source[s]);
        }
    }
}
