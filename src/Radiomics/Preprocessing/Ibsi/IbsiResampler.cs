using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Ibsi;

/// <summary>
/// Resampling to a new voxel spacing on IBSI's interpolation grid (IBSI 1, "Interpolation" and the notes of the
/// reference data sets): along each axis the new size is ⌈n·s / s'⌉, and the new grid is centred on the centre of
/// the original grid, so new index j samples the original continuous index (n − 1)/2 + (j − (m − 1)/2)·s'/s.
/// Samples beyond the original grid take the nearest boundary value (IBSI: pad with the nearest intensity). Axes
/// whose target spacing is null keep their grid (2D, in-plane interpolation).
/// </summary>
public static class IbsiResampler
{
    /// <summary>The IBSI grid for <paramref name="geometry"/> at the target spacing per axis (null axes unchanged).</summary>
    public static ImageGeometry Grid(ImageGeometry geometry, double? spacingX, double? spacingY, double? spacingZ)
    {
        double[] target = [spacingX ?? geometry.Spacing.X, spacingY ?? geometry.Spacing.Y, spacingZ ?? geometry.Spacing.Z];
        int[] size = new int[3];
        double[] start = new double[3];
        for (int axis = 0; axis < 3; axis++)
        {
            int n = geometry.Size[axis];
            double s = geometry.Spacing[axis];
            size[axis] = (int)Math.Ceiling(n * s / target[axis] - 1e-9);
            start[axis] = (n - 1) / 2.0 - (size[axis] - 1) / 2.0 * target[axis] / s;
        }

        Vector3D origin = geometry.IndexToPhysical(start[0], start[1], start[2]);
        return new ImageGeometry(new Size3(size[0], size[1], size[2]), new Vector3D(target[0], target[1], target[2]), origin, geometry.Direction);
    }

    /// <summary>Resamples <paramref name="image"/> onto <paramref name="grid"/> (same direction, from <see cref="Grid"/>).</summary>
    public static Volume<double> Resample(Volume<double> image, ImageGeometry grid, IbsiInterpolation interpolation)
    {
        ImageGeometry source = image.Geometry;
        var axes = new double[3][];
        for (int axis = 0; axis < 3; axis++)
        {
            double ratio = grid.Spacing[axis] / source.Spacing[axis];
            double start = (source.Size[axis] - 1) / 2.0 - (grid.Size[axis] - 1) / 2.0 * ratio;
            axes[axis] = Enumerable.Range(0, grid.Size[axis]).Select(j => start + j * ratio).ToArray();
        }

        Volume<double> coefficients = interpolation == IbsiInterpolation.CubicSpline ? CubicSpline.Prefilter(image) : image;
        var result = new Volume<double>(grid);
        Size3 n = source.Size;
        Span<double> target = result.Voxels;
        ReadOnlySpan<double> values = coefficients.Voxels;
        int index = 0;
        for (int z = 0; z < grid.Size.Z; z++)
        {
            for (int y = 0; y < grid.Size.Y; y++)
            {
                for (int x = 0; x < grid.Size.X; x++)
                {
                    target[index++] = interpolation == IbsiInterpolation.CubicSpline
                        ? CubicSpline.Sample(values, n, axes[0][x], axes[1][y], axes[2][z])
                        : Linear(values, n, axes[0][x], axes[1][y], axes[2][z]);
                }
            }
        }

        return result;
    }

    /// <summary>Trilinear interpolation at continuous index (x, y, z), clamped to the grid (nearest-boundary padding).</summary>
    private static double Linear(ReadOnlySpan<double> v, Size3 n, double x, double y, double z)
    {
        (int x0, int x1, double fx) = Bracket(x, n.X);
        (int y0, int y1, double fy) = Bracket(y, n.Y);
        (int z0, int z1, double fz) = Bracket(z, n.Z);
        int r00 = n.X * (y0 + n.Y * z0), r10 = n.X * (y1 + n.Y * z0), r01 = n.X * (y0 + n.Y * z1), r11 = n.X * (y1 + n.Y * z1);
        double c00 = v[x0 + r00] * (1 - fx) + v[x1 + r00] * fx;
        double c10 = v[x0 + r10] * (1 - fx) + v[x1 + r10] * fx;
        double c01 = v[x0 + r01] * (1 - fx) + v[x1 + r01] * fx;
        double c11 = v[x0 + r11] * (1 - fx) + v[x1 + r11] * fx;
        double c0 = c00 * (1 - fy) + c10 * fy;
        double c1 = c01 * (1 - fy) + c11 * fy;
        return c0 * (1 - fz) + c1 * fz;
    }

    private static (int Lower, int Upper, double Fraction) Bracket(double t, int n)
    {
        if (t <= 0)
        {
            return (0, 0, 0);
        }

        if (t >= n - 1)
        {
            return (n - 1, n - 1, 0);
        }

        int lower = (int)Math.Floor(t);
        double fraction = t - lower;
        // Round-off guard: a sample on a grid point is that point exactly.
        if (fraction < 1e-9)
        {
            return (lower, lower, 0);
        }

        return (lower, lower + 1, fraction);
    }
}
