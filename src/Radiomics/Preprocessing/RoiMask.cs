using Radiomics.Imaging;

namespace Radiomics.Preprocessing;

/// <summary>
/// A binary ROI on an image grid, stored only over <see cref="Extent"/>, a box that holds every ROI voxel (0
/// elsewhere): a ROI selected straight into its bounding box costs memory in proportion to that box, not to the image.
/// Read-only by convention: <see cref="Crop(BoundingBox)"/> may hand out the stored voxels themselves.
/// </summary>
internal sealed class RoiMask
{
    private Volume<byte>? _whole;

    /// <param name="grid">The image grid the ROI lies on.</param>
    /// <param name="extent">The box of <paramref name="grid"/> that <paramref name="voxels"/> covers.</param>
    /// <param name="voxels">The ROI over <paramref name="extent"/> (its geometry is replaced by the box's sub-region of <paramref name="grid"/>).</param>
    public RoiMask(ImageGeometry grid, BoundingBox extent, Volume<byte> voxels)
    {
        if (voxels.Size != extent.Size)
        {
            throw new ArgumentException($"The ROI voxels ({voxels.Size}) must cover the extent ({extent.Size}).", nameof(voxels));
        }

        Grid = grid;
        Extent = extent;
        IsWhole = extent.Lower == default && extent.Size == grid.Size;
        ImageGeometry geometry = IsWhole ? grid : grid.SubRegion(extent.Lower, extent.Size);
        Voxels = voxels.Geometry == geometry ? voxels : voxels.WithGeometry(geometry);
        _whole = IsWhole ? Voxels : null;
    }

    /// <summary>A ROI held on its whole grid.</summary>
    public static RoiMask Whole(Volume<byte> roi) =>
        new(roi.Geometry, new BoundingBox(default, new Index3(roi.Size.X - 1, roi.Size.Y - 1, roi.Size.Z - 1)), roi);

    /// <summary>The image grid the ROI lies on.</summary>
    public ImageGeometry Grid { get; }

    /// <summary>The box of <see cref="Grid"/> that <see cref="Voxels"/> covers.</summary>
    public BoundingBox Extent { get; }

    /// <summary>The ROI over <see cref="Extent"/>, with the extent's sub-region geometry.</summary>
    public Volume<byte> Voxels { get; }

    /// <summary>True when <see cref="Extent"/> is the whole grid.</summary>
    public bool IsWhole { get; }

    /// <summary>The ROI on the whole grid (built on first use when only a box is held).</summary>
    public Volume<byte> WholeVolume => _whole ??= Crop(new BoundingBox(default, new Index3(Grid.Size.X - 1, Grid.Size.Y - 1, Grid.Size.Z - 1)));

    /// <summary>The same ROI on another grid of the same size (for example the mask file's own geometry).</summary>
    public RoiMask WithGrid(ImageGeometry grid) => new(grid, Extent, Voxels);

    /// <summary>
    /// The ROI over <paramref name="box"/> (a box of <see cref="Grid"/>), as <see cref="Volume{T}.Crop"/> of the whole
    /// ROI would give it: the stored voxels themselves when <paramref name="box"/> is <see cref="Extent"/> (do not
    /// modify them), a copy otherwise.
    /// </summary>
    public Volume<byte> Crop(BoundingBox box)
    {
        if (box == Extent)
        {
            return Voxels;
        }

        var result = new Volume<byte>(Grid.SubRegion(box.Lower, box.Size));
        CopyInto(result, box);
        return result;
    }

    /// <summary>
    /// <see cref="Crop(BoundingBox)"/>, a copy made into a buffer rented from <paramref name="lease"/> when it has a pool
    /// (handed back when the lease ends); without one, or when the box is the whole extent (the stored voxels are
    /// returned), nothing is rented.
    /// </summary>
    internal Volume<byte> Crop(BoundingBox box, BufferLease lease)
    {
        if (lease.Pool is null || box == Extent)
        {
            return Crop(box);
        }

        byte[] rented = lease.Rent<byte>(checked((int)box.Size.VoxelCount))!;
        Array.Clear(rented);
        var result = new Volume<byte>(Grid.SubRegion(box.Lower, box.Size), rented);
        CopyInto(result, box);
        return result;
    }

    /// <summary>Copies the stored voxels inside <paramref name="box"/> into <paramref name="result"/> (zero elsewhere).</summary>
    private void CopyInto(Volume<byte> result, BoundingBox box)
    {
        Size3 size = box.Size;
        Index3 lower = Max(box.Lower, Extent.Lower), upper = Min(box.Upper, Extent.Upper);
        if (lower.X > upper.X || lower.Y > upper.Y || lower.Z > upper.Z)
        {
            return;
        }

        Size3 stored = Extent.Size;
        int width = upper.X - lower.X + 1;
        ReadOnlySpan<byte> source = Voxels.Voxels;
        Span<byte> target = result.Voxels;
        for (int z = lower.Z; z <= upper.Z; z++)
        {
            for (int y = lower.Y; y <= upper.Y; y++)
            {
                source.Slice(stored.Offset(lower.X - Extent.Lower.X, y - Extent.Lower.Y, z - Extent.Lower.Z), width)
                    .CopyTo(target.Slice(size.Offset(lower.X - box.Lower.X, y - box.Lower.Y, z - box.Lower.Z), width));
            }
        }
    }

    /// <summary>The smallest box of <see cref="Grid"/> holding every ROI voxel, or null when the ROI is empty.</summary>
    public BoundingBox? Bounds()
    {
        if (BoundingBox.Of(Voxels) is not { } local)
        {
            return null;
        }

        Index3 at = Extent.Lower;
        return new BoundingBox(local.Lower + at, local.Upper + at);
    }

    /// <summary>The number of ROI voxels.</summary>
    public int Count()
    {
        ReadOnlySpan<byte> voxels = Voxels.Voxels;
        return voxels.Length - voxels.Count((byte)0);
    }

    private static Index3 Max(Index3 a, Index3 b) => new(Math.Max(a.X, b.X), Math.Max(a.Y, b.Y), Math.Max(a.Z, b.Z));

    private static Index3 Min(Index3 a, Index3 b) => new(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Min(a.Z, b.Z));
}
