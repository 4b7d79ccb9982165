namespace Radiomics.Imaging;

/// <summary>An inclusive box of voxel indices: <see cref="Lower"/> to <see cref="Upper"/> on every axis.</summary>
public readonly record struct BoundingBox(Index3 Lower, Index3 Upper)
{
    /// <summary>The number of voxels the box spans along x, y and z (<c>Upper − Lower + 1</c>; at least 1 on each axis for a box from <see cref="Of"/>).</summary>
    public Size3 Size => new(Upper.X - Lower.X + 1, Upper.Y - Lower.Y + 1, Upper.Z - Lower.Z + 1);

    /// <summary>
    /// The box grown by <paramref name="padding"/> voxels on every side, clipped to an image of <paramref name="imageSize"/>.
    /// </summary>
    public BoundingBox Pad(int padding, Size3 imageSize) => new(
        new Index3(Math.Max(0, Lower.X - padding), Math.Max(0, Lower.Y - padding), Math.Max(0, Lower.Z - padding)),
        new Index3(Math.Min(imageSize.X - 1, Upper.X + padding), Math.Min(imageSize.Y - 1, Upper.Y + padding), Math.Min(imageSize.Z - 1, Upper.Z + padding)));

    /// <summary>The smallest box holding every non-zero voxel, or null when there is none.</summary>
    public static BoundingBox? Of(Volume<byte> mask)
    {
        Size3 size = mask.Size;
        var extent = new BoundingBoxBuilder();
        ReadOnlySpan<byte> voxels = mask.Voxels;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                ReadOnlySpan<byte> row = voxels.Slice(size.Offset(0, y, z), size.X);
                int first = row.IndexOfAnyExcept((byte)0);
                if (first < 0)
                {
                    continue;
                }

                extent.IncludeRow(first, row.LastIndexOfAnyExcept((byte)0), y, z);
            }
        }

        return extent.Result;
    }

    /// <summary>The box as <c>(x, y, z, sizeX, sizeY, sizeZ)</c>: lower corner then size, PyRadiomics' bounding-box order.</summary>
    public override string ToString() => $"({Lower.X}, {Lower.Y}, {Lower.Z}, {Size.X}, {Size.Y}, {Size.Z})";
}

/// <summary>
/// Grows a box as a scan finds, row by row, the first and last marked voxel of each row (the box of a mask, or of one
/// label of a label map). Start from <c>new()</c>: <see cref="Result"/> is null until a row is included.
/// </summary>
internal struct BoundingBoxBuilder()
{
    private int _minX = int.MaxValue, _minY = int.MaxValue, _minZ = int.MaxValue;
    private int _maxX = -1, _maxY = -1, _maxZ = -1;

    /// <summary>Includes row (<paramref name="y"/>, <paramref name="z"/>), marked from x = <paramref name="first"/> to <paramref name="last"/>.</summary>
    public void IncludeRow(int first, int last, int y, int z)
    {
        _minX = Math.Min(_minX, first);
        _maxX = Math.Max(_maxX, last);
        _minY = Math.Min(_minY, y);
        _maxY = Math.Max(_maxY, y);
        _minZ = Math.Min(_minZ, z);
        _maxZ = Math.Max(_maxZ, z);
    }

    /// <summary>The box of the rows included, or null when there was none.</summary>
    public readonly BoundingBox? Result => _maxX < 0 ? null : new BoundingBox(new Index3(_minX, _minY, _minZ), new Index3(_maxX, _maxY, _maxZ));
}
