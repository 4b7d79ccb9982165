using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Ibsi;

/// <summary>
/// Resampling to a new voxel spacing on IBSI's interpolation grid (IBSI 1, "Interpolation" and the notes of the
/// reference data sets): along each axis the new size is ⌈n·s / s'⌉, and the new grid is centred on the centre of
/// the original grid, so new index j samples the original continuous index (n − 1)/2 + (j − (m − 1)/2)·s'/s.
/// Samples beyond the original grid take the nearest boundary value (linear) or the mirrored one (cubic B-spline,
/// period 2n − 2). Axes whose target spacing is null keep their grid (2D, in-plane interpolation). Both grids share
/// the image's direction, so the interpolation is separable: one <see cref="AxisWeights"/> pass per axis, x, then y,
/// then z; every output line is written by one worker, so the result does not depend on the thread count.
/// The one centred-grid resampler of the library: the IBSI profile, the IBSI 1 suite and IBSI 2 phase 2 use it.
/// </summary>
public static class IbsiResampler
{
    /// <summary>The IBSI grid for <paramref name="geometry"/> at the target spacing per axis (null axes unchanged).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A target spacing is not positive.</exception>
    public static ImageGeometry Grid(ImageGeometry geometry, double? spacingX, double? spacingY, double? spacingZ)
    {
        var target = new Vector3D(spacingX ?? geometry.Spacing.X, spacingY ?? geometry.Spacing.Y, spacingZ ?? geometry.Spacing.Z);
        var size = new Size3(SizeOf(geometry, target, 0), SizeOf(geometry, target, 1), SizeOf(geometry, target, 2));
        Vector3D origin = geometry.IndexToPhysical(FirstIndex(geometry, size, target, 0), FirstIndex(geometry, size, target, 1), FirstIndex(geometry, size, target, 2));
        return new ImageGeometry(size, target, origin, geometry.Direction);
    }

    /// <summary>
    /// The number of voxels of the IBSI grid along <paramref name="axis"/> at <paramref name="spacing"/>: ⌈n·s / s'⌉, at
    /// least 1 (a tiny guard keeps e.g. 60 × 3 / 1 = 180 from becoming 181 through rounding of the spacings). A double,
    /// so that a grid too large for an index can be refused before it is built (<see cref="Resampling.ResamplingGrid.RequireWithinLimits"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The spacing is not positive.</exception>
    public static double Extent(ImageGeometry geometry, Vector3D spacing, int axis)
    {
        if (!(spacing[axis] > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(spacing), spacing, "Spacing must be positive.");
        }

        return Math.Max(1, Math.Ceiling(geometry.Size[axis] * geometry.Spacing[axis] / spacing[axis] - 1e-9));
    }

    private static int SizeOf(ImageGeometry geometry, Vector3D spacing, int axis) => checked((int)Extent(geometry, spacing, axis));

    /// <summary>Resamples <paramref name="image"/> onto <paramref name="grid"/> (same direction, from <see cref="Grid"/>).</summary>
    /// <param name="image">The image.</param>
    /// <param name="grid">The centred grid.</param>
    /// <param name="interpolation">Linear or cubic B-spline.</param>
    /// <param name="parallel">The threads (one per processor when null); each output line is written by one worker, so the result does not depend on them.</param>
    public static Volume<double> Resample(Volume<double> image, ImageGeometry grid, IbsiInterpolation interpolation, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        parallel = ParallelDefaults.OrDefault(parallel);
        double[] voxels = image.Voxels.ToArray();
        Size3 size = image.Size;
        if (interpolation == IbsiInterpolation.CubicSpline)
        {
            for (int axis = 0; axis < 3; axis++)
            {
                BSplinePrefilter.Apply(voxels, size, axis, parallel);
            }
        }

        ImageGeometry source = image.Geometry;
        for (int axis = 0; axis < 3; axis++)
        {
            int n = source.Size[axis], m = grid.Size[axis];
            double ratio = grid.Spacing[axis] / source.Spacing[axis];
            double start = (n - 1) / 2.0 - (m - 1) / 2.0 * ratio;
            AxisWeights weights = interpolation == IbsiInterpolation.CubicSpline
                ? AxisWeights.CubicBSpline(n, m, start, ratio)
                : AxisWeights.Linear(n, m, start, ratio);
            voxels = weights.Apply(voxels, size, axis, parallel);
            size = size.With(axis, m);
        }

        return new Volume<double>(grid, voxels);
    }

    /// <summary>The source continuous index of target voxel 0 along <paramref name="axis"/> (the grids share their centre).</summary>
    private static double FirstIndex(ImageGeometry source, Size3 targetSize, Vector3D spacing, int axis) =>
        (source.Size[axis] - 1) / 2.0 - (targetSize[axis] - 1) / 2.0 * spacing[axis] / source.Spacing[axis];
}
