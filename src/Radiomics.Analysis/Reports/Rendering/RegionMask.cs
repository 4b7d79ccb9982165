using Radiomics.Imaging;

namespace Radiomics.Analysis.Reports.Rendering;

/// <summary>
/// A region of an image held on its bounding box: <see cref="Box"/> in the image's indices and the binary voxels over
/// it (non-zero inside). Answers membership, voxel counts per slice and the centre of mass in image indices.
/// </summary>
internal sealed class RegionMask
{
    private readonly byte[] _voxels;
    private readonly Size3 _size;

    public RegionMask(BoundingBox box, Volume<byte> voxels)
    {
        if (voxels.Size != box.Size)
        {
            throw new ArgumentException($"The region's voxels ({voxels.Size}) do not fill its box ({box.Size}).", nameof(voxels));
        }

        Box = box;
        _size = box.Size;
        _voxels = voxels.Voxels.ToArray();
        foreach (byte v in _voxels)
        {
            Count += v != 0 ? 1 : 0;
        }
    }

    /// <summary>The region's bounding box in the image's indices.</summary>
    public BoundingBox Box { get; }

    /// <summary>The number of voxels inside.</summary>
    public long Count { get; }

    /// <summary>The region's voxels over <see cref="Box"/>, in grid order (x fastest).</summary>
    public ReadOnlySpan<byte> Voxels => _voxels;

    /// <summary>The region of a mask volume whose voxel (0,0,0) is the image's voxel <paramref name="offset"/>; null when empty.</summary>
    public static RegionMask? FromVolume(Volume<byte> mask, Index3 offset)
    {
        if (BoundingBox.Of(mask) is not { } local)
        {
            return null;
        }

        Volume<byte> cropped = mask.Crop(local.Lower, local.Size);
        var box = new BoundingBox(local.Lower + offset, local.Upper + offset);
        return new RegionMask(box, cropped);
    }

    /// <summary>Whether the image's voxel (x, y, z) is inside.</summary>
    public bool Contains(int x, int y, int z)
    {
        int lx = x - Box.Lower.X, ly = y - Box.Lower.Y, lz = z - Box.Lower.Z;
        return (uint)lx < (uint)_size.X && (uint)ly < (uint)_size.Y && (uint)lz < (uint)_size.Z && _voxels[_size.Offset(lx, ly, lz)] != 0;
    }

    /// <summary>The voxels inside on each slice normal to <paramref name="axis"/>, indexed from <c>Box.Lower[axis]</c>.</summary>
    public long[] CountsAlong(int axis)
    {
        var counts = new long[_size[axis]];
        int i = 0;
        for (int z = 0; z < _size.Z; z++)
        {
            for (int y = 0; y < _size.Y; y++)
            {
                for (int x = 0; x < _size.X; x++, i++)
                {
                    if (_voxels[i] != 0)
                    {
                        counts[axis == 0 ? x : axis == 1 ? y : z]++;
                    }
                }
            }
        }

        return counts;
    }

    /// <summary>The mean index of the voxels inside, in the image's indices.</summary>
    public Vector3D CentreOfMass()
    {
        double sx = 0, sy = 0, sz = 0;
        int i = 0;
        for (int z = 0; z < _size.Z; z++)
        {
            for (int y = 0; y < _size.Y; y++)
            {
                for (int x = 0; x < _size.X; x++, i++)
                {
                    if (_voxels[i] != 0)
                    {
                        sx += x;
                        sy += y;
                        sz += z;
                    }
                }
            }
        }

        return new Vector3D(Box.Lower.X + sx / Count, Box.Lower.Y + sy / Count, Box.Lower.Z + sz / Count);
    }
}
