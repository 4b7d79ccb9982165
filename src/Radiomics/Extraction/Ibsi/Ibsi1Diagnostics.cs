using Radiomics.Imaging;

namespace Radiomics.Extraction.Ibsi;

/// <summary>
/// The diagnostic rows of the IBSI 1 reference tables (manual, "Diagnostic features"): image and voxel dimensions
/// and intensity mean/min/max of the image after each step (<c>_init_img</c>, <c>_interp_img</c>), and of the ROI
/// (<c>_init_roi</c>, <c>_interp_roi</c>, <c>_reseg_roi</c>): mask dimensions, bounding-box dimensions, voxel counts
/// and intensity statistics within the intensity mask.
/// </summary>
internal static class Ibsi1Diagnostics
{
    public static void AddImage(List<(string, double)> rows, Volume<double> image, string stage)
    {
        ImageGeometry g = image.Geometry;
        rows.Add(($"img_dim_x_{stage}_img", g.Size.X));
        rows.Add(($"img_dim_y_{stage}_img", g.Size.Y));
        rows.Add(($"img_dim_z_{stage}_img", g.Size.Z));
        rows.Add(($"vox_dim_x_{stage}_img", g.Spacing.X));
        rows.Add(($"vox_dim_y_{stage}_img", g.Spacing.Y));
        rows.Add(($"vox_dim_z_{stage}_img", g.Spacing.Z));
        (double mean, double min, double max) = Statistics(image, null);
        rows.Add(($"mean_int_{stage}_img", mean));
        rows.Add(($"min_int_{stage}_img", min));
        rows.Add(($"max_int_{stage}_img", max));
    }

    public static void AddRoi(List<(string, double)> rows, Volume<double> image, Volume<byte> intensityMask, Volume<byte> morphologicalMask, string stage)
    {
        Size3 size = intensityMask.Size;
        rows.Add(($"int_mask_dim_x_{stage}_roi", size.X));
        rows.Add(($"int_mask_dim_y_{stage}_roi", size.Y));
        rows.Add(($"int_mask_dim_z_{stage}_roi", size.Z));
        Size3 intBox = BoundingBox.Of(intensityMask)?.Size ?? new Size3(0, 0, 0);
        Size3 morphBox = BoundingBox.Of(morphologicalMask)?.Size ?? new Size3(0, 0, 0);
        rows.Add(($"int_mask_bb_dim_x_{stage}_roi", intBox.X));
        rows.Add(($"int_mask_bb_dim_y_{stage}_roi", intBox.Y));
        rows.Add(($"int_mask_bb_dim_z_{stage}_roi", intBox.Z));
        rows.Add(($"morph_mask_bb_dim_x_{stage}_roi", morphBox.X));
        rows.Add(($"morph_mask_bb_dim_y_{stage}_roi", morphBox.Y));
        rows.Add(($"morph_mask_bb_dim_z_{stage}_roi", morphBox.Z));
        rows.Add(($"int_mask_vox_count_{stage}_roi", Count(intensityMask)));
        rows.Add(($"morph_mask_vox_count_{stage}_roi", Count(morphologicalMask)));
        (double mean, double min, double max) = Statistics(image, intensityMask);
        rows.Add(($"int_mask_mean_int_{stage}_roi", mean));
        rows.Add(($"int_mask_min_int_{stage}_roi", min));
        rows.Add(($"int_mask_max_int_{stage}_roi", max));
    }

    private static int Count(Volume<byte> mask) => mask.Voxels.Length - mask.Voxels.Count((byte)0);

    private static (double Mean, double Min, double Max) Statistics(Volume<double> image, Volume<byte>? mask)
    {
        ReadOnlySpan<double> values = image.Voxels;
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        long count = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (mask is null || mask.Voxels[i] != 0)
            {
                sum += values[i];
                min = Math.Min(min, values[i]);
                max = Math.Max(max, values[i]);
                count++;
            }
        }

        return (sum / count, min, max);
    }
}
