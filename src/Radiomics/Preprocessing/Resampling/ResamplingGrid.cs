using Radiomics.Imaging;

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
    public static ImageGeometry Compute(ImageGeometry mask, BoundingBox roi, Vector3D newSpacing, int padDistance)
    {
        var size = new int[3];
        var originIndex = new double[3];
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
