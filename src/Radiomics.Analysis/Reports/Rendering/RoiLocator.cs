using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.Preprocessing;

namespace Radiomics.Analysis.Reports.Rendering;

/// <summary>Finds a case's regions on the image's grid: the label's ROI, derived regions and the features' recorded ROI.</summary>
internal static class RoiLocator
{
    private const double GridTolerance = 1e-4;

    /// <summary>
    /// The label's ROI (<paramref name="settings"/>' label and channel) on the image's grid: straight from the mask
    /// when the grids match (<c>geometryTolerance</c>), else as the extraction aligns it (nearest neighbour with
    /// <c>correctMask</c>). Null with a reason when the label is absent or the grids do not fit.
    /// </summary>
    public static RegionMask? Roi(ImageData image, ImageData mask, RadiomicsSettings settings, out string? problem)
    {
        problem = null;
        try
        {
            if (MaskSelection.GeometriesMatch(image.Geometry, mask.Geometry, settings.Mask.GeometryTolerance ?? MaskSelection.DefaultGeometryTolerance))
            {
                if (settings.Mask.LabelChannel >= mask.Components && mask.Components > 1)
                {
                    problem = $"the mask has no label channel {settings.Mask.LabelChannel}";
                    return null;
                }

                int component = mask.Components > 1 ? settings.Mask.LabelChannel : 0;
                if (mask.ToBinaryMaskInBox(settings.Mask.Label, component) is not var (found, selected))
                {
                    problem = $"label {settings.Mask.Label} is not in the mask";
                    return null;
                }

                return new RegionMask(found, selected);
            }

            Volume<byte> aligned = MaskSelection.SelectRoi(image, mask, settings.Mask, "mask");
            return RegionMask.FromVolume(aligned, default) ?? Fail(out problem, $"label {settings.Mask.Label} is not in the mask");
        }
        catch (ExtractionException e)
        {
            problem = e.Message;
            return null;
        }
    }

    /// <summary>
    /// Whether the mask holds the settings' label at the region's first voxel (a check that a recorded ROI belongs to
    /// this label and mask); false when the mask is on another grid.
    /// </summary>
    public static bool HoldsLabel(ImageData mask, ImageGeometry image, RegionMask region, RadiomicsSettings settings)
    {
        if (!MaskSelection.GeometriesMatch(image, mask.Geometry, settings.Mask.GeometryTolerance ?? MaskSelection.DefaultGeometryTolerance))
        {
            return false;
        }

        int first = region.Voxels.IndexOfAnyExcept((byte)0);
        int component = mask.Components > 1 ? settings.Mask.LabelChannel : 0;
        if (first < 0 || component >= mask.Components)
        {
            return false;
        }

        Index3 at = region.Box.Lower + region.Box.Size.IndexOf(first);
        return mask.GetDouble(mask.Geometry.Size.Offset(at), component) == settings.Mask.Label;
    }

    /// <summary>
    /// A mask on the image's grid or a box of it (same spacing and direction, origin on a voxel centre) as a region of
    /// the image; null when empty or on another grid.
    /// </summary>
    public static RegionMask? OnImageGrid(ImageGeometry image, Volume<byte> mask)
    {
        ImageGeometry grid = mask.Geometry;
        for (int a = 0; a < 3; a++)
        {
            if (Math.Abs(grid.Spacing[a] - image.Spacing[a]) > GridTolerance * image.Spacing[a])
            {
                return null;
            }
        }

        if (!grid.Direction.ApproximatelyEquals(image.Direction, GridTolerance))
        {
            return null;
        }

        Vector3D at = image.PhysicalToContinuousIndex(grid.Origin);
        var offset = new Index3((int)Math.Round(at.X), (int)Math.Round(at.Y), (int)Math.Round(at.Z));
        if (Math.Abs(at.X - offset.X) > 0.01 || Math.Abs(at.Y - offset.Y) > 0.01 || Math.Abs(at.Z - offset.Z) > 0.01)
        {
            return null;
        }

        // A mask already tight on its content (as the extraction's cropped ROI) is used as it is, without a copy.
        RegionMask? region = BoundingBox.Of(mask) is { } content && content.Size == mask.Size
            ? new RegionMask(new BoundingBox(offset, offset + new Index3(mask.Size.X - 1, mask.Size.Y - 1, mask.Size.Z - 1)), mask)
            : RegionMask.FromVolume(mask, offset);
        return region is not null && image.Size.Contains(region.Box.Lower) && image.Size.Contains(region.Box.Upper) ? region : null;
    }

    /// <summary>The voxels of <paramref name="roi"/> that <paramref name="kept"/> lacks (null when none).</summary>
    public static RegionMask? Difference(RegionMask roi, RegionMask kept)
    {
        BoundingBox box = roi.Box;
        var removed = new Volume<byte>(ImageGeometry.Unit(box.Size));
        Span<byte> target = removed.Voxels;
        ReadOnlySpan<byte> inside = roi.Voxels;
        int i = 0;
        for (int z = box.Lower.Z; z <= box.Upper.Z; z++)
        {
            for (int y = box.Lower.Y; y <= box.Upper.Y; y++)
            {
                for (int x = box.Lower.X; x <= box.Upper.X; x++, i++)
                {
                    target[i] = (byte)(inside[i] != 0 && !kept.Contains(x, y, z) ? 1 : 0);
                }
            }
        }

        return RegionMask.FromVolume(removed, box.Lower);
    }

    /// <summary>
    /// What the extraction's re-segmentation keeps of <paramref name="roi"/> (the core's <see cref="Resegmentation"/> on
    /// the ROI's box), for when the extraction's own mask was not recorded; everything is removed when too few remain.
    /// </summary>
    public static RegionMask? Resegment(Volume<double> roiImage, RegionMask roi, RadiomicsSettings settings)
    {
        var voxels = new Volume<byte>(ImageGeometry.Unit(roi.Box.Size), roi.Voxels.ToArray());
        try
        {
            Volume<byte> kept = Resegmentation.Apply(roiImage.WithGeometry(voxels.Geometry), voxels, settings.Resegmentation, settings.Mask.Label);
            return RegionMask.FromVolume(kept, roi.Box.Lower);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static RegionMask? Fail(out string? problem, string message)
    {
        problem = message;
        return null;
    }
}
