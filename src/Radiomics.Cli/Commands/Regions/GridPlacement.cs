using Radiomics.Imaging;

namespace Radiomics.Cli.Commands.Regions;

/// <summary>
/// Puts a label map held on a box of an image's grid (the voxel maps' grid: the ROI's box padded by the kernel radius)
/// back on the whole image grid, 0 outside the box. The box must be a sub-grid of the image: same spacing and direction,
/// its first voxel centre on an image voxel centre.
/// </summary>
internal static class GridPlacement
{
    /// <summary><paramref name="labels"/> on <paramref name="image"/>'s grid, or null when its grid is not a sub-grid of it (a resampled grid).</summary>
    public static Volume<byte>? OntoImage(Volume<byte> labels, ImageGeometry image)
    {
        ImageGeometry box = labels.Geometry;
        if (box.Matches(image, 1e-6 * image.Spacing.X))
        {
            return labels.WithGeometry(image);
        }

        Vector3D start = image.PhysicalToContinuousIndex(box.Origin);
        var lower = new Index3((int)Math.Round(start.X), (int)Math.Round(start.Y), (int)Math.Round(start.Z));
        bool aligned = Math.Abs(start.X - lower.X) < 1e-3 && Math.Abs(start.Y - lower.Y) < 1e-3 && Math.Abs(start.Z - lower.Z) < 1e-3;
        bool inside = lower.X >= 0 && lower.Y >= 0 && lower.Z >= 0
            && lower.X + box.Size.X <= image.Size.X && lower.Y + box.Size.Y <= image.Size.Y && lower.Z + box.Size.Z <= image.Size.Z;
        bool sameSpacing = Enumerable.Range(0, 3).All(a => Math.Abs(box.Spacing[a] - image.Spacing[a]) <= 1e-6 * image.Spacing[a]);
        if (!aligned || !inside || !sameSpacing || !box.Direction.ApproximatelyEquals(image.Direction, 1e-6))
        {
            return null;
        }

        var whole = new Volume<byte>(image);
        for (int z = 0; z < box.Size.Z; z++)
        {
            for (int y = 0; y < box.Size.Y; y++)
            {
                labels.Voxels.Slice(box.Size.Offset(0, y, z), box.Size.X)
                    .CopyTo(whole.Voxels.Slice(image.Size.Offset(lower.X, lower.Y + y, lower.Z + z), box.Size.X));
            }
        }

        return whole;
    }
}
