using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Radiomics.Imaging;

/// <summary>
/// An image as stored in a file: its geometry, stored voxel type and voxels, without conversion.
/// Vector images (several components per voxel, e.g. a multi-label mask) interleave the components
/// per voxel, as NIfTI, NRRD and MetaImage store them. Readers return this; the pipeline converts
/// it to <see cref="Volume{T}"/> of double (values) or byte (masks).
/// </summary>
public sealed class ImageData
{
    /// <summary>Wraps <paramref name="voxels"/> (not copied) as an image on <paramref name="geometry"/>.</summary>
    /// <param name="geometry">The voxel grid in patient space.</param>
    /// <param name="voxelType">The stored type; <paramref name="voxels"/> must be an array of its CLR type (<see cref="VoxelTypeExtensions.ClrType"/>).</param>
    /// <param name="voxels">The voxels, x fastest, with <paramref name="components"/> values per voxel interleaved.</param>
    /// <param name="components">Values per voxel, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="components"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The array's element type or length does not match the voxel type, geometry and components.</exception>
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

    /// <summary>The voxel grid in patient space.</summary>
    public ImageGeometry Geometry { get; }

    /// <summary>The type the voxels are stored as (the file's, unconverted).</summary>
    public VoxelType VoxelType { get; }

    /// <summary>A typed array (sbyte[] … double[]) matching <see cref="VoxelType"/>, components interleaved.</summary>
    public Array Voxels { get; }

    /// <summary>Values per voxel: 1 for a scalar image, more for a vector image (e.g. one channel per label).</summary>
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
    public ReadOnlySpan<byte> AsBytes() => VoxelType switch
    {
        VoxelType.Int8 => MemoryMarshal.AsBytes(((sbyte[])Voxels).AsSpan()),
        VoxelType.UInt8 => ((byte[])Voxels),
        VoxelType.Int16 => MemoryMarshal.AsBytes(((short[])Voxels).AsSpan()),
        VoxelType.UInt16 => MemoryMarshal.AsBytes(((ushort[])Voxels).AsSpan()),
        VoxelType.Int32 => MemoryMarshal.AsBytes(((int[])Voxels).AsSpan()),
        VoxelType.UInt32 => MemoryMarshal.AsBytes(((uint[])Voxels).AsSpan()),
        VoxelType.Int64 => MemoryMarshal.AsBytes(((long[])Voxels).AsSpan()),
        VoxelType.UInt64 => MemoryMarshal.AsBytes(((ulong[])Voxels).AsSpan()),
        VoxelType.Float32 => MemoryMarshal.AsBytes(((float[])Voxels).AsSpan()),
        VoxelType.Float64 => MemoryMarshal.AsBytes(((double[])Voxels).AsSpan()),
        _ => throw new InvalidOperationException("Unsupported voxel buffer."),
    };

    /// <summary>The value of one component of one voxel as a double (64-bit integers beyond 2^53 round).</summary>
    public double GetDouble(long voxel, int component = 0)
    {
        long i = voxel * Components + component;
        return VoxelType switch
        {
            VoxelType.Int8 => ((sbyte[])Voxels)[i],
            VoxelType.UInt8 => ((byte[])Voxels)[i],
            VoxelType.Int16 => ((short[])Voxels)[i],
            VoxelType.UInt16 => ((ushort[])Voxels)[i],
            VoxelType.Int32 => ((int[])Voxels)[i],
            VoxelType.UInt32 => ((uint[])Voxels)[i],
            VoxelType.Int64 => ((long[])Voxels)[i],
            VoxelType.UInt64 => ((ulong[])Voxels)[i],
            VoxelType.Float32 => ((float[])Voxels)[i],
            VoxelType.Float64 => ((double[])Voxels)[i],
            _ => throw new InvalidOperationException("Unsupported voxel buffer."),
        };
    }

    /// <summary>One component as a scalar volume of doubles, the type every filter and feature works on.</summary>
    public Volume<double> ToDoubleVolume(int component = 0)
    {
        ValidateComponent(component);
        var result = new Volume<double>(Geometry);
        Span<double> target = result.Voxels;
        switch (VoxelType)
        {
            case VoxelType.Float64 when Components == 1:
                ((double[])Voxels).CopyTo(target);
                break;
            case VoxelType.Float32: Convert(((float[])Voxels), target, component); break;
            case VoxelType.Int8: Convert(((sbyte[])Voxels), target, component); break;
            case VoxelType.UInt8: Convert(((byte[])Voxels), target, component); break;
            case VoxelType.Int16: Convert(((short[])Voxels), target, component); break;
            case VoxelType.UInt16: Convert(((ushort[])Voxels), target, component); break;
            case VoxelType.Int32: Convert(((int[])Voxels), target, component); break;
            case VoxelType.UInt32: Convert(((uint[])Voxels), target, component); break;
            case VoxelType.Int64: Convert(((long[])Voxels), target, component); break;
            case VoxelType.UInt64: Convert(((ulong[])Voxels), target, component); break;
            case VoxelType.Float64: Convert(((double[])Voxels), target, component); break;
            default: throw new InvalidOperationException("Unsupported voxel buffer.");
        }

        return result;
    }

    /// <summary>One component of the box <paramref name="start"/> + <paramref name="size"/> as a volume of doubles.</summary>
    public Volume<double> ToDoubleVolume(Index3 start, Size3 size, int component = 0) =>
        // Every voxel is written: no need to clear the buffer first.
        ToDoubleVolume(start, size, GC.AllocateUninitializedArray<double>(checked((int)size.VoxelCount)), component);

    /// <summary>
    /// <see cref="ToDoubleVolume(Index3, Size3, int)"/> into <paramref name="buffer"/> (exactly the box's voxel count;
    /// every entry is overwritten), which the returned volume then holds.
    /// </summary>
    public Volume<double> ToDoubleVolume(Index3 start, Size3 size, double[] buffer, int component = 0)
    {
        ValidateComponent(component);
        var result = new Volume<double>(Geometry.SubRegion(start, size), buffer);
        Span<double> target = result.Voxels;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                long sourceVoxel = Geometry.Size.Offset(start.X, start.Y + y, start.Z + z);
                Span<double> row = target.Slice(size.Offset(0, y, z), size.X);
                switch (VoxelType)
                {
                    case VoxelType.Int8: ConvertRow(((sbyte[])Voxels), sourceVoxel, row, component); break;
                    case VoxelType.UInt8: ConvertRow(((byte[])Voxels), sourceVoxel, row, component); break;
                    case VoxelType.Int16: ConvertRow(((short[])Voxels), sourceVoxel, row, component); break;
                    case VoxelType.UInt16: ConvertRow(((ushort[])Voxels), sourceVoxel, row, component); break;
                    case VoxelType.Int32: ConvertRow(((int[])Voxels), sourceVoxel, row, component); break;
                    case VoxelType.UInt32: ConvertRow(((uint[])Voxels), sourceVoxel, row, component); break;
                    case VoxelType.Int64: ConvertRow(((long[])Voxels), sourceVoxel, row, component); break;
                    case VoxelType.UInt64: ConvertRow(((ulong[])Voxels), sourceVoxel, row, component); break;
                    case VoxelType.Float32: ConvertRow(((float[])Voxels), sourceVoxel, row, component); break;
                    case VoxelType.Float64: ConvertRow(((double[])Voxels), sourceVoxel, row, component); break;
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
        return VoxelType switch
        {
            VoxelType.Int8 => StatisticsOf(((sbyte[])Voxels), component),
            VoxelType.UInt8 => StatisticsOf(((byte[])Voxels), component),
            VoxelType.Int16 => StatisticsOf(((short[])Voxels), component),
            VoxelType.UInt16 => StatisticsOf(((ushort[])Voxels), component),
            VoxelType.Int32 => StatisticsOf(((int[])Voxels), component),
            VoxelType.UInt32 => StatisticsOf(((uint[])Voxels), component),
            VoxelType.Int64 => StatisticsOf(((long[])Voxels), component),
            VoxelType.UInt64 => StatisticsOf(((ulong[])Voxels), component),
            VoxelType.Float32 => StatisticsOf(((float[])Voxels), component),
            VoxelType.Float64 => StatisticsOf(((double[])Voxels), component),
            _ => throw new InvalidOperationException("Unsupported voxel buffer."),
        };
    }

    /// <summary>
    /// max |x| of one component over every voxel, each value converted to double as <see cref="ToDoubleVolume(int)"/>
    /// does (numpy's <c>max(abs(im.astype(float64)))</c>): NaN when any value is NaN, 0 for an all-zero image. Reads
    /// the stored voxels in place, without a converted copy.
    /// </summary>
    public double MaxAbs(int component = 0)
    {
        ValidateComponent(component);
        return VoxelType switch
        {
            VoxelType.Int8 => MaxAbsOf(((sbyte[])Voxels), component),
            VoxelType.UInt8 => MaxAbsOf(((byte[])Voxels), component),
            VoxelType.Int16 => MaxAbsOf(((short[])Voxels), component),
            VoxelType.UInt16 => MaxAbsOf(((ushort[])Voxels), component),
            VoxelType.Int32 => MaxAbsOf(((int[])Voxels), component),
            VoxelType.UInt32 => MaxAbsOf(((uint[])Voxels), component),
            VoxelType.Int64 => MaxAbsOf(((long[])Voxels), component),
            VoxelType.UInt64 => MaxAbsOf(((ulong[])Voxels), component),
            VoxelType.Float32 => MaxAbsOf(((float[])Voxels), component),
            VoxelType.Float64 => MaxAbsOf(((double[])Voxels), component),
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
        switch (VoxelType)
        {
            case VoxelType.Int8: MarkEqual(((sbyte[])Voxels), target, component, label); break;
            case VoxelType.UInt8: MarkEqual(((byte[])Voxels), target, component, label); break;
            case VoxelType.Int16: MarkEqual(((short[])Voxels), target, component, label); break;
            case VoxelType.UInt16: MarkEqual(((ushort[])Voxels), target, component, label); break;
            case VoxelType.Int32: MarkEqual(((int[])Voxels), target, component, label); break;
            case VoxelType.UInt32: MarkEqual(((uint[])Voxels), target, component, label); break;
            case VoxelType.Int64: MarkEqual(((long[])Voxels), target, component, label); break;
            case VoxelType.UInt64 when label >= 0: MarkEqual((ulong[])Voxels, target, component, (ulong)label); break;
            case VoxelType.UInt64: break;
            case VoxelType.Float32: MarkEqual(((float[])Voxels), target, component, (double)label); break;
            case VoxelType.Float64: MarkEqual(((double[])Voxels), target, component, (double)label); break;
            default: throw new InvalidOperationException("Unsupported voxel buffer.");
        }

        return result;
    }

    /// <summary>
    /// <see cref="ToBinaryMask(long, int)"/> held on its bounding box only: the box of the voxels equal to
    /// <paramref name="label"/> and the binary mask over it (its geometry the box's sub-region of this image's), or
    /// null when no voxel holds the label. Never touches memory the size of the whole image.
    /// </summary>
    public (BoundingBox Box, Volume<byte> Mask)? ToBinaryMaskInBox(long label, int component = 0)
    {
        ValidateComponent(component);
        return VoxelType switch
        {
            VoxelType.Int8 => InBox(((sbyte[])Voxels), component, label),
            VoxelType.UInt8 => InBox(((byte[])Voxels), component, label),
            VoxelType.Int16 => InBox(((short[])Voxels), component, label),
            VoxelType.UInt16 => InBox(((ushort[])Voxels), component, label),
            VoxelType.Int32 => InBox(((int[])Voxels), component, label),
            VoxelType.UInt32 => InBox(((uint[])Voxels), component, label),
            VoxelType.Int64 => InBox(((long[])Voxels), component, label),
            VoxelType.UInt64 => label >= 0 ? InBoxOf((ulong[])Voxels, component, (ulong)label) : null,
            VoxelType.Float32 => InBoxOf((float[])Voxels, component, float.CreateTruncating((double)label)),
            VoxelType.Float64 => InBoxOf((double[])Voxels, component, (double)label),
            _ => throw new InvalidOperationException("Unsupported voxel buffer."),
        };
    }

    /// <summary>The distinct non-zero values of one component, ascending (the labels of a label map).</summary>
    public IReadOnlyList<double> DistinctNonZeroValues(int component = 0)
    {
        ValidateComponent(component);
        var set = new SortedSet<double>();
        // Typed loops: a mask scan is one pass over a whole image, and a per-voxel type switch made it ~30 ns a voxel.
        switch (VoxelType)
        {
            case VoxelType.Int8: AddDistinctNonZero((sbyte[])Voxels, component, set); break;
            case VoxelType.UInt8: AddDistinctNonZero((byte[])Voxels, component, set); break;
            case VoxelType.Int16: AddDistinctNonZero((short[])Voxels, component, set); break;
            case VoxelType.UInt16: AddDistinctNonZero((ushort[])Voxels, component, set); break;
            case VoxelType.Int32: AddDistinctNonZero((int[])Voxels, component, set); break;
            case VoxelType.UInt32: AddDistinctNonZero((uint[])Voxels, component, set); break;
            case VoxelType.Int64: AddDistinctNonZero((long[])Voxels, component, set); break;
            case VoxelType.UInt64: AddDistinctNonZero((ulong[])Voxels, component, set); break;
            case VoxelType.Float32: AddDistinctNonZero((float[])Voxels, component, set); break;
            case VoxelType.Float64: AddDistinctNonZero((double[])Voxels, component, set); break;
            default: throw new InvalidOperationException("Unsupported voxel buffer.");
        }

        return set.ToArray();
    }

    /// <summary>Adds every non-zero, non-NaN value of one component to <paramref name="set"/>; runs of one value are added once.</summary>
    private void AddDistinctNonZero<T>(T[] voxels, int component, SortedSet<double> set)
        where T : struct, System.Numerics.INumberBase<T>
    {
        int stride = Components;
        T previous = T.Zero;
        for (long i = component; i < voxels.LongLength; i += stride)
        {
            T value = voxels[i];
            if (value != previous && !T.IsZero(value) && !T.IsNaN(value))
            {
                set.Add(double.CreateTruncating(value));
                previous = value;
            }
        }
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
        if (stride == 1 && typeof(T) == typeof(byte))
        {
            // The usual mask (one byte per voxel): compare a vector of voxels at a time.
            MarkEqualBytes((byte[])(object)source, target, (byte)(object)value);
            return;
        }

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

    private (BoundingBox Box, Volume<byte> Mask)? InBox<T>(T[] source, int component, long label)
        where T : unmanaged, System.Numerics.INumberBase<T>
        => TryConvertExactly(label, out T value) ? InBoxOf(source, component, value) : null;

    /// <summary>The box of the voxels equal to <paramref name="value"/> (compared as <see cref="MarkEqualValue"/> does), then the mask over it.</summary>
    private (BoundingBox Box, Volume<byte> Mask)? InBoxOf<T>(T[] source, int component, T value)
        where T : unmanaged, IEquatable<T>
    {
        Size3 size = Geometry.Size;
        int stride = Components;
        var extent = new BoundingBoxBuilder();
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                int row = size.Offset(0, y, z);
                int first = -1, last = -1;
                if (stride == 1)
                {
                    ReadOnlySpan<T> voxels = source.AsSpan(row, size.X);
                    first = voxels.IndexOf(value);
                    last = first < 0 ? -1 : voxels.LastIndexOf(value);
                }
                else
                {
                    for (int x = 0, s = (row * stride) + component; x < size.X; x++, s += stride)
                    {
                        if (source[s].Equals(value))
                        {
                            first = first < 0 ? x : first;
                            last = x;
                        }
                    }
                }

                if (first >= 0)
                {
                    extent.IncludeRow(first, last, y, z);
                }
            }
        }

        if (extent.Result is not { } box)
        {
            return null;
        }

        Size3 boxSize = box.Size;
        var mask = new Volume<byte>(Geometry.SubRegion(box.Lower, boxSize));
        Span<byte> target = mask.Voxels;
        for (int z = 0; z < boxSize.Z; z++)
        {
            for (int y = 0; y < boxSize.Y; y++)
            {
                int row = size.Offset(box.Lower.X, box.Lower.Y + y, box.Lower.Z + z);
                Span<byte> marks = target.Slice(boxSize.Offset(0, y, z), boxSize.X);
                if (stride == 1 && typeof(T) == typeof(byte))
                {
                    MarkEqualBytes(((byte[])(object)source).AsSpan(row, boxSize.X), marks, (byte)(object)value);
                    continue;
                }

                for (int x = 0, s = (row * stride) + component; x < marks.Length; x++, s += stride)
                {
                    marks[x] = source[s].Equals(value) ? (byte)1 : (byte)0;
                }
            }
        }

        return (box, mask);
    }

    private static void MarkEqualBytes(ReadOnlySpan<byte> source, Span<byte> target, byte value)
    {
        int i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var wanted = new System.Numerics.Vector<byte>(value);
            for (; i <= target.Length - System.Numerics.Vector<byte>.Count; i += System.Numerics.Vector<byte>.Count)
            {
                var equal = System.Numerics.Vector.Equals(new System.Numerics.Vector<byte>(source[i..]), wanted);
                (equal & System.Numerics.Vector<byte>.One).CopyTo(target[i..]);
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] = source[i] == value ? (byte)1 : (byte)0;
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
        if (stride == 1)
        {
            ConvertContiguous<T>(source.AsSpan(checked((int)s), row.Length), row);
            return;
        }

        for (int i = 0; i < row.Length; i++, s += stride)
        {
            row[i] = double.CreateTruncating(source[s]);
        }
    }

    /// <summary>
    /// One-component voxels to doubles (exact for every stored type but 64-bit integers beyond 2⁵³, as the scalar
    /// conversion); 16-bit integers and 32-bit floats, the usual CT types, a vector at a time.
    /// </summary>
    private static void ConvertContiguous<T>(ReadOnlySpan<T> source, Span<double> target)
        where T : unmanaged, System.Numerics.INumberBase<T>
    {
        int i = 0;
        if (typeof(T) == typeof(short) && Avx2.IsSupported)
        {
            ReadOnlySpan<short> values = MemoryMarshal.Cast<T, short>(source);
            for (; i <= values.Length - 8; i += 8)
            {
                var widened = Avx2.ConvertToVector256Int32(Vector128.Create(values.Slice(i, 8)));
                Avx.ConvertToVector256Double(widened.GetLower()).CopyTo(target[i..]);
                Avx.ConvertToVector256Double(widened.GetUpper()).CopyTo(target[(i + 4)..]);
            }
        }
        else if (typeof(T) == typeof(float) && Avx.IsSupported)
        {
            ReadOnlySpan<float> values = MemoryMarshal.Cast<T, float>(source);
            for (; i <= values.Length - 4; i += 4)
            {
                Avx.ConvertToVector256Double(Vector128.Create(values.Slice(i, 4))).CopyTo(target[i..]);
            }
        }

        for (; i < source.Length; i++)
        {
            target[i] = double.CreateTruncating(source[i]);
        }
    }

    private (double Mean, double Minimum, double Maximum) StatisticsOf<T>(T[] source, int component)
        where T : unmanaged, System.Numerics.INumberBase<T> =>
        VoxelStatistics.Of<T>(source, component, Components, Geometry.Size.VoxelCount);

    private double MaxAbsOf<T>(T[] source, int component)
        where T : unmanaged, System.Numerics.INumberBase<T>
    {
        double max = 0;
        int stride = Components;
        long count = Geometry.Size.VoxelCount;
        for (long i = 0, s = component; i < count; i++, s += stride)
        {
            double a = Math.Abs(double.CreateTruncating(source[s]));
            if (a > max)
            {
                max = a;
            }
            else if (double.IsNaN(a))
            {
                return a;
            }
        }

        return max;
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
