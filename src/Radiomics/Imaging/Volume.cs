using System.Runtime.CompilerServices;

namespace Radiomics.Imaging;

/// <summary>
/// A scalar 3D image: a geometry and one value per voxel, x fastest. The pipeline works on
/// <c>Volume&lt;double&gt;</c> for intensities and <c>Volume&lt;byte&gt;</c> for binary masks.
/// </summary>
public sealed class Volume<T> where T : unmanaged
{
    private readonly T[] _voxels;

    /// <summary>A zero-filled volume on <paramref name="geometry"/>.</summary>
    /// <exception cref="OverflowException">The grid has more than <see cref="int.MaxValue"/> voxels.</exception>
    public Volume(ImageGeometry geometry)
        : this(geometry, new T[checked((int)geometry.Size.VoxelCount)])
    {
    }

    /// <summary>Wraps <paramref name="voxels"/> (x fastest; not copied: the volume and the caller share it).</summary>
    /// <exception cref="ArgumentException">The array's length is not the grid's voxel count.</exception>
    public Volume(ImageGeometry geometry, T[] voxels)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(voxels);
        if (voxels.LongLength != geometry.Size.VoxelCount)
        {
            throw new ArgumentException(
                $"The voxel buffer holds {voxels.LongLength} values but the geometry {geometry.Size} needs {geometry.Size.VoxelCount}.",
                nameof(voxels));
        }

        Geometry = geometry;
        _voxels = voxels;
    }

    /// <summary>Where the grid sits in patient space.</summary>
    public ImageGeometry Geometry { get; }

    /// <summary>The number of voxels along x, y and z.</summary>
    public Size3 Size => Geometry.Size;

    /// <summary>The number of voxels.</summary>
    public int Length => _voxels.Length;

    /// <summary>The voxels, x fastest, then y, then z.</summary>
    public Span<T> Voxels => _voxels;

    /// <summary>The underlying array (shared, not copied).</summary>
    internal T[] Buffer => _voxels;

    /// <summary>The voxel at (<paramref name="x"/>, <paramref name="y"/>, <paramref name="z"/>), by reference; only the linear offset is range-checked.</summary>
    public ref T this[int x, int y, int z]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref _voxels[x + Geometry.Size.X * (y + Geometry.Size.Y * z)];
    }

    /// <summary>The voxel at <paramref name="i"/>, by reference; only the linear offset is range-checked.</summary>
    public ref T this[Index3 i] => ref this[i.X, i.Y, i.Z];

    /// <summary>One z-slice (contiguous).</summary>
    public Span<T> Slice(int z)
    {
        int sliceLength = Geometry.Size.X * Geometry.Size.Y;
        return _voxels.AsSpan(z * sliceLength, sliceLength);
    }

    /// <summary>A deep copy with the same geometry.</summary>
    public Volume<T> Clone() => new(Geometry, (T[])_voxels.Clone());

    /// <summary>The same voxels with another geometry of the same size (for example a shifted origin).</summary>
    public Volume<T> WithGeometry(ImageGeometry geometry)
    {
        if (geometry.Size != Geometry.Size)
        {
            throw new ArgumentException("A new geometry must keep the voxel grid size.", nameof(geometry));
        }

        return new Volume<T>(geometry, _voxels);
    }

    /// <summary>Copies the box starting at <paramref name="start"/> with <paramref name="size"/> voxels.</summary>
    public Volume<T> Crop(Index3 start, Size3 size) => CropInto(start, size, new T[checked((int)size.VoxelCount)]);

    /// <summary>
    /// <see cref="Crop"/> into <paramref name="buffer"/> (exactly the box's voxel count; every value is overwritten), so
    /// a caller can reuse a buffer instead of allocating one per crop.
    /// </summary>
    public Volume<T> CropInto(Index3 start, Size3 size, T[] buffer)
    {
        var result = new Volume<T>(Geometry.SubRegion(start, size), buffer);
        Span<T> target = result._voxels;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                int source = Geometry.Size.Offset(start.X, start.Y + y, start.Z + z);
                _voxels.AsSpan(source, size.X).CopyTo(target.Slice(size.Offset(0, y, z), size.X));
            }
        }

        return result;
    }

    /// <summary>Applies <paramref name="map"/> to every voxel into a new volume of the same geometry.</summary>
    public Volume<TResult> Map<TResult>(Func<T, TResult> map) where TResult : unmanaged
    {
        var result = new Volume<TResult>(Geometry);
        Span<TResult> target = result.Voxels;
        for (int i = 0; i < _voxels.Length; i++)
        {
            target[i] = map(_voxels[i]);
        }

        return result;
    }
}
