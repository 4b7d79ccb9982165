using Radiomics.Imaging;

namespace Radiomics.Analysis.Reports.Rendering;

/// <summary>
/// A region of an image held on its bounding box: <see cref="Box"/> in the image's indices and the binary voxels over
/// it (non-zero inside). Answers membership, voxel counts per slice and the centre of mass in image indices.
/// </summary>
internal sealed class RegionMask
{
    private readonly Volume<byte> _voxels;
    private readonly Size3 _size;
    private readonly long[][] _counts;
    private readonly Vector3D _centre;

    /// <summary>A region over <paramref name="box"/>, holding <paramref name="voxels"/> without a copy (never changing it; the caller must not either while the region is used).</summary>
    public RegionMask(BoundingBox box, Volume<byte> voxels)
    {
        if (voxels.Size != box.Size)
        {
            throw new ArgumentException($"The region's voxels ({voxels.Size}) do not fill its box ({box.Size}).", nameof(voxels));
        }

        Box = box;
        _size = box.Size;
        _voxels = voxels; // the caller hands the volume over (every caller builds a fresh one)

        // One pass: the count, the counts per slice along each axis and the centre of mass.
        _counts = [new long[_size.X], new long[_size.Y], new long[_size.Z]];
        double sx = 0, sy = 0, sz = 0;
        int i = 0;
        ReadOnlySpan<byte> inside = _voxels.Voxels;
        for (int z = 0; z < _size.Z; z++)
        {
            long onSlice = 0;
            for (int y = 0; y < _size.Y; y++)
            {
                int onRow = 0;
                for (int x = 0; x < _size.X; x++, i++)
                {
                    if (inside[i] != 0)
                    {
                        onRow++;
                        _counts[0][x]++;
                        sx += x;
                    }
                }

                _counts[1][y] += onRow;
                sy += (double)onRow * y;
                onSlice += onRow;
            }

            _counts[2][z] = onSlice;
            sz += (double)onSlice * z;
            Count += onSlice;
        }

        _centre = Count > 0 ? new Vector3D(box.Lower.X + sx / Count, box.Lower.Y + sy / Count, box.Lower.Z + sz / Count) : default;
    }

    /// <summary>The region's bounding box in the image's indices.</summary>
    public BoundingBox Box { get; }

    /// <summary>The number of voxels inside.</summary>
    public long Count { get; }

    /// <summary>The region's voxels over <see cref="Box"/>, in grid order (x fastest).</summary>
    public ReadOnlySpan<byte> Voxels => _voxels.Voxels;

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
        return (uint)lx < (uint)_size.X && (uint)ly < (uint)_size.Y && (uint)lz < (uint)_size.Z && _voxels[lx, ly, lz] != 0;
    }

    /// <summary>The voxels inside on each slice normal to <paramref name="axis"/>, indexed from <c>Box.Lower[axis]</c> (do not modify).</summary>
    public long[] CountsAlong(int axis) => _counts[axis];

    /// <summary>The mean index of the voxels inside, in the image's indices.</summary>
    public Vector3D CentreOfMass() => _centre;
}
