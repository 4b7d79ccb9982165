namespace Radiomics.Imaging;

/// <summary>An inclusive box of voxel indices: <see cref="Lower"/> to <see cref="Upper"/> on every axis.</summary>
public readonly record struct BoundingBox(Index3 Lower, Index3 Upper)
{
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
        int minX = int.MaxValue, minY = int.MaxValue, minZ = int.MaxValue;
        int maxX = -1, maxY = -1, maxZ = -1;
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

                int last = row.LastIndexOfAnyExcept((byte)0);
                minX = Math.Min(minX, first);
                maxX = Math.Max(maxX, last);
                minY = Math.Min(minY, y);
                maxY = Math.Max(maxY, y);
                minZ = Math.Min(minZ, z);
                maxZ = Math.Max(maxZ, z);
            }
        }

        return maxX < 0 ? null : new BoundingBox(new Index3(minX, minY, minZ), new Index3(maxX, maxY, maxZ));
    }

    public override string ToString() => $"({Lower.X}, {Lower.Y}, {Lower.Z}, {Size.X}, {Size.Y}, {Size.Z})";
}
