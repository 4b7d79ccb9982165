using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Resampling;

namespace Radiomics.Preprocessing.Perturbation;

/// <summary>
/// Image and ROI sampled on a rotated or translated grid with the resampling step's code
/// (<see cref="Resampler.ResampleImage"/>): the image with the extraction's <c>interpolator</c>, the ROI interpolated
/// linearly and thresholded at 0.5 (MIRP's <c>roi_interpolate</c> linear with <c>roi_pv</c> 0.5; IBSI's mask
/// interpolation). Grid points outside the image get 0, as in resampling.
/// </summary>
internal static class GridSampling
{
    /// <summary>The image on <paramref name="grid"/> (double precision).</summary>
    public static Volume<double> Image(Volume<double> image, ImageGeometry grid, Interpolator interpolator, ParallelOptions? parallel) =>
        Resampler.ResampleImage(image, grid, interpolator, VoxelType.Float64, parallel);

    /// <summary>
    /// The ROI on <paramref name="grid"/>: a voxel is inside when the ROI interpolated linearly at its centre, rounded to
    /// 6 decimals as MIRP rounds it, is at least 0.5. Only the part of the grid near the ROI is sampled.
    /// </summary>
    public static Volume<byte> Roi(Volume<byte> roi, BoundingBox roiBox, ImageGeometry grid, ParallelOptions? parallel)
    {
        BoundingBox around = roiBox.Pad(1, roi.Size);
        Volume<double> crop = roi.Crop(around.Lower, around.Size).Map(v => v != 0 ? 1.0 : 0.0);
        var result = new Volume<byte>(grid);
        if (GridBoxOf(crop.Geometry, grid) is not { } box)
        {
            return result;
        }

        Volume<double> sampled = Resampler.ResampleImage(crop, grid.SubRegion(box.Lower, box.Size), Interpolator.Linear, VoxelType.Float64, parallel);
        ReadOnlySpan<double> values = sampled.Voxels;
        Span<byte> output = result.Voxels;
        Size3 size = box.Size;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                int from = size.Offset(0, y, z), to = grid.Size.Offset(box.Lower.X, box.Lower.Y + y, box.Lower.Z + z);
                for (int x = 0; x < size.X; x++)
                {
                    output[to + x] = Math.Round(values[from + x], 6) >= 0.5 ? (byte)1 : (byte)0;
                }
            }
        }

        return result;
    }

    /// <summary>The box of <paramref name="grid"/> whose voxels can fall inside <paramref name="source"/>'s extent (a voxel of margin), or null.</summary>
    private static BoundingBox? GridBoxOf(ImageGeometry source, ImageGeometry grid)
    {
        double[] lower = [double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity];
        double[] upper = [double.NegativeInfinity, double.NegativeInfinity, double.NegativeInfinity];
        for (int corner = 0; corner < 8; corner++)
        {
            Vector3D point = source.IndexToPhysical(
                (corner & 1) == 0 ? -0.5 : source.Size.X - 0.5,
                (corner & 2) == 0 ? -0.5 : source.Size.Y - 0.5,
                (corner & 4) == 0 ? -0.5 : source.Size.Z - 0.5);
            Vector3D index = grid.PhysicalToContinuousIndex(point);
            for (int a = 0; a < 3; a++)
            {
                lower[a] = Math.Min(lower[a], index[a]);
                upper[a] = Math.Max(upper[a], index[a]);
            }
        }

        var low = new int[3];
        var high = new int[3];
        for (int a = 0; a < 3; a++)
        {
            low[a] = (int)Math.Max(0, Math.Floor(lower[a]) - 1);
            high[a] = (int)Math.Min(grid.Size[a] - 1, Math.Ceiling(upper[a]) + 1);
            if (low[a] > high[a])
            {
                return null;
            }
        }

        return new BoundingBox(new Index3(low[0], low[1], low[2]), new Index3(high[0], high[1], high[2]));
    }
}
