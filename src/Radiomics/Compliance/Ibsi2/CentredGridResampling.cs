using Radiomics.Imaging;

namespace Radiomics.Compliance.Ibsi2;

/// <summary>
/// IBSI-style resampling (IBSI 1, "Interpolation"): the new grid keeps the image centre; its size per axis is
/// ⌈n·s/s'⌉ and its voxel i sits at the source's continuous index c + (i − c')·s'/s, with c = (n − 1)/2 and
/// c' = (n' − 1)/2. Both grids are axis-aligned to the same direction, so every interpolator here is separable and
/// runs one axis at a time (x, then y, then z).
/// </summary>
/// <remarks>
/// Written for the IBSI 2 phase-2 check (pipeline B); the IBSI 1 profile needs the same grid and should share it
/// once both land.
/// </remarks>
internal static class CentredGridResampling
{
    /// <summary>The centre-aligned grid of <paramref name="source"/> at <paramref name="spacing"/> (mm).</summary>
    public static ImageGeometry TargetGeometry(ImageGeometry source, Vector3D spacing)
    {
        var size = new Size3(NewSize(source, spacing, 0), NewSize(source, spacing, 1), NewSize(source, spacing, 2));
        Vector3D firstIndex = new(StartIndex(source, size, spacing, 0), StartIndex(source, size, spacing, 1), StartIndex(source, size, spacing, 2));
        Vector3D origin = source.IndexToPhysical(firstIndex.X, firstIndex.Y, firstIndex.Z);
        return new ImageGeometry(size, spacing, origin, source.Direction);
    }

    /// <summary>
    /// Cubic B-spline interpolation (the coefficients are prefiltered, so the spline passes through the samples;
    /// as ITK's order-3 BSplineInterpolateImageFunction and SciPy's spline_filter/map_coordinates(order=3)), with
    /// mirror boundary conditions (period 2n − 2).
    /// </summary>
    public static Volume<double> CubicBSpline(Volume<double> image, ImageGeometry target)
    {
        ArgumentNullException.ThrowIfNull(image);
        double[] voxels = image.Voxels.ToArray();
        Size3 size = image.Size;
        for (int axis = 0; axis < 3; axis++)
        {
            BSplinePrefilter.Apply(voxels, size, axis);
        }

        return Resample(voxels, image.Geometry, target, AxisWeights.CubicBSpline);
    }

    /// <summary>(Tri)linear interpolation; points up to half a voxel beyond the border take the border value.</summary>
    public static Volume<double> Linear(Volume<double> image, ImageGeometry target)
    {
        ArgumentNullException.ThrowIfNull(image);
        return Resample(image.Voxels.ToArray(), image.Geometry, target, AxisWeights.Linear);
    }

    private static Volume<double> Resample(double[] voxels, ImageGeometry source, ImageGeometry target, Func<int, int, double, double, AxisWeights> weights)
    {
        Size3 size = source.Size;
        for (int axis = 0; axis < 3; axis++)
        {
            int n = size[axis], m = target.Size[axis];
            double ratio = target.Spacing[axis] / source.Spacing[axis];
            double start = StartIndex(source, target.Size, target.Spacing, axis);
            AxisWeights w = weights(n, m, start, ratio);
            voxels = w.Apply(voxels, size, axis);
            size = size.With(axis, m);
        }

        return new Volume<double>(target, voxels);
    }

    private static int NewSize(ImageGeometry source, Vector3D spacing, int axis)
    {
        if (!(spacing[axis] > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(spacing), spacing, "Spacing must be positive.");
        }

        // A tiny relative guard keeps e.g. 60 × 3 / 1 = 180 from becoming 181 through rounding of the spacings.
        return Math.Max(1, (int)Math.Ceiling(source.Size[axis] * source.Spacing[axis] / spacing[axis] - 1e-9));
    }

    /// <summary>The source continuous index of target voxel 0 along <paramref name="axis"/>.</summary>
    private static double StartIndex(ImageGeometry source, Size3 targetSize, Vector3D spacing, int axis) =>
        0.5 * (source.Size[axis] - 1) - 0.5 * (targetSize[axis] - 1) * spacing[axis] / source.Spacing[axis];
}
