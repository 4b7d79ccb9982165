using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Ibsi;

/// <summary>
/// The IBSI image-processing chain (IBSI 1, "Image processing"), shared by the IBSI profile, the IBSI 1 reference
/// configurations and IBSI 2 phase 2: interpolation on IBSI's centred grid (<see cref="IbsiResampler"/>; an image
/// whose intensities are all integers, as CT in HU, is rounded back to integers afterwards, as IBSI asks; the ROI is
/// interpolated linearly and kept where ≥ 0.5), then re-segmentation (<see cref="IbsiResegmentation"/>) of the
/// interpolated ROI into the intensity mask.
/// </summary>
public static class IbsiChain
{
    /// <summary>Runs <paramref name="plan"/> on <paramref name="image"/> and its ROI <paramref name="roi"/> (same grid; 1 inside).</summary>
    /// <param name="image">The image.</param>
    /// <param name="roi">The ROI on the image's grid.</param>
    /// <param name="plan">The chain's steps.</param>
    /// <param name="parallel">The interpolation's threads (one per processor when null); the result does not depend on them.</param>
    public static IbsiPreparedImage Run(Volume<double> image, Volume<byte> roi, IbsiChainPlan plan, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(roi);
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Spacing is double spacing)
        {
            bool integerIntensities = AllIntegers(image.Voxels);
            ImageGeometry grid = IbsiResampler.Grid(image.Geometry, spacing, spacing, plan.InPlaneOnly ? null : spacing);
            image = IbsiResampler.Resample(image, grid, plan.Interpolation, parallel);
            if (integerIntensities)
            {
                RoundInPlace(image.Voxels);
            }

            roi = IbsiResampler.Resample(roi.Map(v => (double)v), grid, IbsiInterpolation.Linear, parallel).Map(v => v >= 0.5 ? (byte)1 : (byte)0);
        }

        return new IbsiPreparedImage(image, roi, IbsiResegmentation.Apply(image, roi, plan.ResegmentRange, plan.OutlierFiltering));
    }

    private static bool AllIntegers(ReadOnlySpan<double> values)
    {
        foreach (double v in values)
        {
            if (v != Math.Floor(v))
            {
                return false;
            }
        }

        return true;
    }

    private static void RoundInPlace(Span<double> values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Math.Round(values[i]);
        }
    }
}
