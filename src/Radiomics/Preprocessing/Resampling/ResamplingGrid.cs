using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Preprocessing.Resampling;

/// <summary>
/// The output grid of PyRadiomics' <c>imageoperations.resampleImage</c>: aligned to the mask's grid corner,
/// covering the ROI's bounding box plus <c>padDistance</c> output voxels, clipped to the mask's extent.
/// </summary>
public static class ResamplingGrid
{
    /// <summary>
    /// The spacing PyRadiomics resamples to: <paramref name="requested"/> with every 0 replaced by the mask's
    /// spacing, and every axis along which the ROI spans a single voxel kept at the mask's spacing.
    /// </summary>
    public static Vector3D EffectiveSpacing(ImageGeometry mask, BoundingBox roi, IReadOnlyList<double> requested)
    {
        if (requested.Count != 3)
        {
            throw new ArgumentException($"resampledPixelSpacing needs 3 values (x, y, z), got {requested.Count}.", nameof(requested));
        }

        var spacing = Vector3D.Zero;
        for (int a = 0; a < 3; a++)
        {
            double value = requested[a] == 0 ? mask.Spacing[a] : requested[a];
            if (roi.Size[a] == 1)
            {
                value = mask.Spacing[a];
            }

            if (!(value > 0))
            {
                throw new ArgumentException($"resampledPixelSpacing must be positive or 0 (keep), got {requested[a]} on axis {a}.", nameof(requested));
            }

            spacing = spacing.With(a, value);
        }

        return spacing;
    }

    /// <summary>
    /// The resampled grid (PyRadiomics' formulas, per axis, with r = mask spacing / new spacing, L the ROI's
    /// lower index and S its size): lower = max(0, ⌊(L − ½)·r − pad⌋), upper = min(⌈size·r⌉ − 1,
    /// ⌈(L + S − ½)·r + pad⌉), size = upper − lower + 1, and the origin at the mask's continuous index
    /// ½(new − old)/old + lower/r, mapped to physical space with the mask's geometry; direction = the mask's.
    /// </summary>
    /// <remarks>A grid larger than <paramref name="limits"/> allow (the defaults when null) is refused before anything is sized by it.</remarks>
    public static ImageGeometry Compute(ImageGeometry mask, BoundingBox roi, Vector3D newSpacing, int padDistance, InputLimits? limits = null)
    {
        var size = new int[3];
        var originIndex = new double[3];
        var extent = new double[3];
        for (int a = 0; a < 3; a++)
        {
            double ratio = mask.Spacing[a] / newSpacing[a];
            double lower = Math.Max(0, Math.Floor((roi.Lower[a] - 0.5) * ratio - padDistance));
            double upper = Math.Min(Math.Ceiling(mask.Size[a] * ratio) - 1, Math.Ceiling((roi.Lower[a] + roi.Size[a] - 0.5) * ratio + padDistance));
            extent[a] = upper - lower + 1;
        }

        RequireWithinLimits(extent[0], extent[1], extent[2], newSpacing, limits ?? InputLimits.Default);
        for (int a = 0; a < 3; a++)
        {
            double ratio = mask.Spacing[a] / newSpacing[a];
            double lower = Math.Floor((roi.Lower[a] - 0.5) * ratio - padDistance);
            double upper = Math.Ceiling((roi.Lower[a] + roi.Size[a] - 0.5) * ratio + padDistance);
            double maxUpper = Math.Ceiling(mask.Size[a] * ratio) - 1;
            lower = lower < 0 ? 0 : lower;
            upper = upper > maxUpper ? maxUpper : upper;
            size[a] = (int)(upper - lower + 1);
            if (size[a] < 1)
            {
                throw new InvalidOperationException($"The resampled grid is empty along axis {a}.");
            }

            double lowerInOriginalIndex = lower / ratio;
            double cornerShift = 0.5 * (newSpacing[a] - mask.Spacing[a]) / mask.Spacing[a];
            originIndex[a] = cornerShift + lowerInOriginalIndex;
        }

        Vector3D origin = new ItkIndexMapping(mask).ToPhysical(originIndex[0], originIndex[1], originIndex[2]);
        return new ImageGeometry(new Size3(size[0], size[1], size[2]), newSpacing, origin, mask.Direction);
    }

    /// <summary>
    /// Refuses a resampled grid of <paramref name="x"/> × <paramref name="y"/> × <paramref name="z"/> voxels beyond
    /// <paramref name="limits"/> (or an axis beyond what an index holds), naming the spacing asked for.
    /// </summary>
    public static void RequireWithinLimits(double x, double y, double z, Vector3D spacing, InputLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (!(x <= int.MaxValue && y <= int.MaxValue && z <= int.MaxValue) || !limits.Allows(x * y * z))
        {
            throw new ParameterException(FormattableString.Invariant(
                $"resampledPixelSpacing ({spacing.X:G6}, {spacing.Y:G6}, {spacing.Z:G6}) mm would make a resampled grid of {x:G4} × {y:G4} × {z:G4} voxels, more than {limits.Describe()}; use a coarser spacing"));
        }
    }

    /// <summary>numpy.allclose(a, b) with its defaults: |a − b| ≤ 1e-8 + 1e-5·|b| on every axis.</summary>
    public static bool AllClose(Vector3D a, Vector3D b)
    {
        for (int i = 0; i < 3; i++)
        {
            if (!(Math.Abs(a[i] - b[i]) <= 1e-8 + 1e-5 * Math.Abs(b[i])))
            {
                return false;
            }
        }

        return true;
    }
}
