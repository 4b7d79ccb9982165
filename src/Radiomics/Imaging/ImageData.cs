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
        sbyte[] a => MemoryMarshal.AsBytes(a.AsSpan()),
        byte[] a => a,
        short[] a => MemoryMarshal.AsBytes(a.AsSpan()),
        ushort[] a => MemoryMarshal.AsBytes(a.AsSpan()),
        int[] a => MemoryMarshal.AsBytes(a.AsSpan()),
        uint[] a => MemoryMarshal.AsBytes(a.AsSpan()),
        long[] a => MemoryMarshal.AsBytes(a.AsSpan()),
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
            sbyte[] a => a[i],
            byte[] a => a[i],
            short[] a => a[i],
            ushort[] a => a[i],
            int[] a => a[i],
            uint[] a => a[i],
            long[] a => a[i],
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
            case sbyte[] a: Convert(a, target, component); break;
            case byte[] a: Convert(a, target, component); break;
            case short[] a: Convert(a, target, component); break;
            case ushort[] a: Convert(a, target, component); break;
            case int[] a: Convert(a, target, component); break;
            case uint[] a: Convert(a, target, component); break;
            case long[] a: Convert(a, target, component); break;
            case ulong[] a: Convert(a, target, component); break;
            case double[] a: Convert(a, target, component); break;
            default: throw new InvalidOperationException("Unsupported voxel buffer.");
        }

        return result;
    }

    /// <summary>One component of the box <paramref name="start"/> + <paramref name="size"/> as a volume of doubles.</summary>
    public Volume<double> ToDoubleVolume(Index3 start, Size3 size, int component = 0)
    {
        ValidateComponent(component);
        var result = new Volume<double>(Geometry.SubRegion(start, size));
        Span<double> target = result.Voxels;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                long sourceVoxel = Geometry.Size.Offset(start.X, start.Y + y, start.Z + z);
                Span<double> row = target.Slice(size.Offset(0, y, z), size.X);
                switch (Voxels)
                {
                    case sbyte[] a: ConvertRow(a, sourceVoxel, row, component); break;
                    case byte[] a: ConvertRow(a, sourceVoxel, row, component); break;
                    case short[] a: ConvertRow(a, sourceVoxel, row, component); break;
                    case ushort[] a: ConvertRow(a, sourceVoxel, row, component); break;
                    case int[] a: ConvertRow(a, sourceVoxel, row, component); break;
                    case uint[] a: ConvertRow(a, sourceVoxel, row, component); break;
                    case long[] a: ConvertRow(a, sourceVoxel, row, component); break;
                    case ulong[] a: ConvertRow(a, sourceVoxel, row, component); break;
                    case float[] a: ConvertRow(a, sourceVoxel, row, component); break;
                    case double[] a: ConvertRow(a, sourceVoxel, row, component); break;
                    default: throw new InvalidOperationException("Unsupported voxel buffer.");
                }
            }
        }

        return result;
    }

    /// <summary>Mean, minimum and maximum of one component over the whole image (for diagnostics).</summary>
    public (double Mean, double Minimum, double Maximum) Statistics(int component = 0)
    {
        ValidateComponent(component);
        return Voxels switch
        {
            sbyte[] a => StatisticsOf(a, component),
            byte[] a => StatisticsOf(a, component),
            short[] a => StatisticsOf(a, component),
            ushort[] a => StatisticsOf(a, component),
            int[] a => StatisticsOf(a, component),
            uint[] a => StatisticsOf(a, component),
            long[] a => StatisticsOf(a, component),
            ulong[] a => StatisticsOf(a, component),
            float[] a => StatisticsOf(a, component),
            double[] a => StatisticsOf(a, component),
            _ => throw new InvalidOperationException("Unsupported voxel buffer."),
        };
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
        switch (Voxels)
        {
            case sbyte[] a: MarkEqual(a, target, component, label); break;
            case byte[] a: MarkEqual(a, target, component, label); break;
            case short[] a: MarkEqual(a, target, component, label); break;
            case ushort[] a: MarkEqual(a, target, component, label); break;
            case int[] a: MarkEqual(a, target, component, label); break;
            case uint[] a: MarkEqual(a, target, component, label); break;
            case long[] a: MarkEqual(a, target, component, label); break;
            case ulong[] a when label >= 0: MarkEqual(a, target, component, (ulong)label); break;
            case ulong[]: break;
            case float[] a: MarkEqual(a, target, component, (double)label); break;
            case double[] a: MarkEqual(a, target, component, (double)label); break;
            default: throw new InvalidOperationException("Unsupported voxel buffer.");
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

    private void ValidateComponent(int component)
    {
        if ((uint)component >= (uint)Components)
        {
            throw new ArgumentOutOfRangeException(nameof(component), $"The image has {Components} component(s); component {component} does not exist.");
        }
    }

    private void MarkEqual<T>(T[] source, Span<byte> target, int component, long label)
        where T : unmanaged, System.Numerics.INumberBase<T>
    {
        // A label outside the stored type's range matches nothing; otherwise compare in the stored type.
        if (!TryConvertExactly(label, out T value))
        {
            return;
        }

        MarkEqualValue(source, target, component, value);
    }

    private void MarkEqual(ulong[] source, Span<byte> target, int component, ulong label) => MarkEqualValue(source, target, component, label);

    private void MarkEqual<T>(T[] source, Span<byte> target, int component, double label)
        where T : unmanaged, System.Numerics.INumberBase<T>
        => MarkEqualValue(source, target, component, T.CreateTruncating(label));

    private void MarkEqualValue<T>(T[] source, Span<byte> target, int component, T value)
        where T : unmanaged, IEquatable<T>
    {
        int stride = Components;
        if (stride == 1)
        {
            for (int i = 0; i < target.Length; i++)
            {
                target[i] = source[i].Equals(value) ? (byte)1 : (byte)0;
            }

            return;
        }

        for (int i = 0, s = component; i < target.Length; i++, s += stride)
        {
            target[i] = source[s].Equals(value) ? (byte)1 : (byte)0;
        }
    }

    private static bool TryConvertExactly<T>(long label, out T value)
        where T : unmanaged, System.Numerics.INumberBase<T>
    {
        value = T.CreateSaturating(label);
        return long.CreateSaturating(value) == label;
    }

    private void ConvertRow<T>(T[] source, long firstVoxel, Span<double> row, int component)
        where T : unmanaged, System.Numerics.INumberBase<T>
    {
        int stride = Components;
        long s = firstVoxel * stride + component;
        for (int i = 0; i < row.Length; i++, s += stride)
        {
            row[i] = double.CreateTruncating(source[s]);
        }
    }

    private (double Mean, double Minimum, double Maximum) StatisticsOf<T>(T[] source, int component)
        where T : unmanaged, System.Numerics.INumberBase<T>
    {
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        int stride = Components;
        long count = Geometry.Size.VoxelCount;
        for (long i = 0, s = component; i < count; i++, s += stride)
        {
            double v = double.CreateTruncating(source[s]);
            sum += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return (sum / count, min, max);
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
