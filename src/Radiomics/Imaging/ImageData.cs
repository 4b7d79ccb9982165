using System.Runtime.InteropServices;

namespace Radiomics.Imaging;

/// <summary>
/// An image as stored in a file: its geometry, stored voxel type and voxels, without conversion.
/// Vector images (several components per voxel, e.g. a multi-label mask) interleave the components
/// per voxel, as NIfTI, NRRD and MetaImage store them. Readers return this; the pipeline converts
/// it to <see cref="Volume{T}"/> of double (values) or byte (masks).
/// </summary>
public sealed class ImageData
{
    public ImageData(ImageGeometry geometry, VoxelType voxelType, Array voxels, int components = 1)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(voxels);
        if (components < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(components), "An image has at least one component per voxel.");
        }

        if (voxels.GetType().GetElementType() != voxelType.ClrType())
        {
            throw new ArgumentException($"A {voxelType} image needs a {voxelType.ClrType().Name}[] buffer, not {voxels.GetType().Name}.", nameof(voxels));
        }

        if (voxels.LongLength != geometry.Size.VoxelCount * components)
        {
            throw new ArgumentException(
                $"The voxel buffer holds {voxels.LongLength} values but {geometry.Size} with {components} component(s) needs {geometry.Size.VoxelCount * components}.",
                nameof(voxels));
        }

        Geometry = geometry;
        VoxelType = voxelType;
        Voxels = voxels;
        Components = components;
    }

    public ImageGeometry Geometry { get; }

    public VoxelType VoxelType { get; }

    /// <summary>A typed array (sbyte[] … double[]) matching <see cref="VoxelType"/>, components interleaved.</summary>
    public Array Voxels { get; }

    public int Components { get; }

    /// <summary>Wraps a scalar volume of doubles (no copy).</summary>
    public static ImageData FromVolume(Volume<double> volume) =>
        new(volume.Geometry, VoxelType.Float64, volume.Buffer);

    /// <summary>Wraps a scalar volume of bytes (no copy).</summary>
    public static ImageData FromVolume(Volume<byte> volume) =>
        new(volume.Geometry, VoxelType.UInt8, volume.Buffer);

    /// <summary>
    /// The raw bytes of the voxel buffer in machine (little-endian) order, for hashing and writing.
    /// </summary>
    public ReadOnlySpan<byte> AsBytes() => Voxels switch
    {
        sbyte[] a when VoxelType == VoxelType.Int8 => MemoryMarshal.AsBytes(a.AsSpan()),
        byte[] a => a,
        short[] a when VoxelType == VoxelType.Int16 => MemoryMarshal.AsBytes(a.AsSpan()),
        ushort[] a => MemoryMarshal.AsBytes(a.AsSpan()),
        int[] a when VoxelType == VoxelType.Int32 => MemoryMarshal.AsBytes(a.AsSpan()),
        uint[] a => MemoryMarshal.AsBytes(a.AsSpan()),
        long[] a when VoxelType == VoxelType.Int64 => MemoryMarshal.AsBytes(a.AsSpan()),
        ulong[] a => MemoryMarshal.AsBytes(a.AsSpan()),
        float[] a => MemoryMarshal.AsBytes(a.AsSpan()),
        double[] a => MemoryMarshal.AsBytes(a.AsSpan()),
        _ => throw new InvalidOperationException("Unsupported voxel buffer."),
    };

    /// <summary>The value of one component of one voxel as a double (64-bit integers beyond 2^53 round).</summary>
    public double GetDouble(long voxel, int component = 0)
    {
        long i = voxel * Components + component;
        return Voxels switch
        {
            sbyte[] a when VoxelType == VoxelType.Int8 => a[i],
            byte[] a => a[i],
            short[] a when VoxelType == VoxelType.Int16 => a[i],
            ushort[] a => a[i],
            int[] a when VoxelType == VoxelType.Int32 => a[i],
            uint[] a => a[i],
            long[] a when VoxelType == VoxelType.Int64 => a[i],
            ulong[] a => a[i],
            float[] a => a[i],
            double[] a => a[i],
            _ => throw new InvalidOperationException("Unsupported voxel buffer."),
        };
    }

    /// <summary>One component as a scalar volume of doubles, the type every filter and feature works on.</summary>
    public Volume<double> ToDoubleVolume(int component = 0)
    {
        ValidateComponent(component);
        var result = new Volume<double>(Geometry);
        Span<double> target = result.Voxels;
        switch (Voxels)
        {
            case double[] a when Components == 1:
                a.CopyTo(target);
                break;
            case float[] a: Convert(a, target, component); break;
            case sbyte[] a when VoxelType == VoxelType.Int8: Convert(a, target, component); break;
            case byte[] a: Convert(a, target, component); break;
            case short[] a when VoxelType == VoxelType.Int16: Convert(a, target, component); break;
            case ushort[] a: Convert(a, target, component); break;
            case int[] a when VoxelType == VoxelType.Int32: Convert(a, target, component); break;
            case uint[] a: Convert(a, target, component); break;
            case long[] a when VoxelType == VoxelType.Int64: Convert(a, target, component); break;
            case ulong[] a: Convert(a, target, component); break;
            case double[] a: Convert(a, target, component); break;
            default: throw new InvalidOperationException("Unsupported voxel buffer.");
        }

        return result;
    }

    /// <summary>
    /// A binary mask of the voxels whose component equals <paramref name="label"/> (compared exactly,
    /// on the stored integer or floating-point value).
    /// </summary>
    public Volume<byte> ToBinaryMask(long label, int component = 0)
    {
        ValidateComponent(component);
        var result = new Volume<byte>(Geometry);
        Span<byte> target = result.Voxels;
        int n = target.Length;
        for (int i = 0; i < n; i++)
        {
            target[i] = EqualsLabel(i * (long)Components + component, label) ? (byte)1 : (byte)0;
        }

        return result;
    }

    /// <summary>The distinct non-zero values of one component, ascending (the labels of a label map).</summary>
    public IReadOnlyList<double> DistinctNonZeroValues(int component = 0)
    {
        ValidateComponent(component);
        var set = new SortedSet<double>();
        long n = Geometry.Size.VoxelCount;
        double previous = double.NaN;
        for (long v = 0; v < n; v++)
        {
            double value = GetDouble(v, component);
            if (value != 0 && value != previous && !double.IsNaN(value))
            {
                set.Add(value);
                previous = value;
            }
        }

        return set.ToArray();
    }

    private bool EqualsLabel(long i, long label) => Voxels switch
    {
        sbyte[] a when VoxelType == VoxelType.Int8 => a[i] == label,
        byte[] a => a[i] == label,
        short[] a when VoxelType == VoxelType.Int16 => a[i] == label,
        ushort[] a => a[i] == label,
        int[] a when VoxelType == VoxelType.Int32 => a[i] == label,
        uint[] a => a[i] == label,
        long[] a when VoxelType == VoxelType.Int64 => a[i] == label,
        ulong[] a => label >= 0 && a[i] == (ulong)label,
        float[] a => a[i] == label,
        double[] a => a[i] == label,
        _ => false,
    };

    private void ValidateComponent(int component)
    {
        if ((uint)component >= (uint)Components)
        {
            throw new ArgumentOutOfRangeException(nameof(component), $"The image has {Components} component(s); component {component} does not exist.");
        }
    }

    private void Convert<T>(T[] source, Span<double> target, int component)
        where T : unmanaged, System.Numerics.INumberBase<T>
    {
        int stride = Components;
        for (int i = 0, s = component; i < target.Length; i++, s += stride)
        {
            target[i] = double.CreateTruncating(source[s]);
        }
    }
}
