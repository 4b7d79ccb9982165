using Radiomics.Configuration;

namespace Radiomics.Preprocessing.Ibsi;

/// <summary>
/// What the IBSI image-processing chain (<see cref="IbsiChain"/>) does to one image and ROI: the interpolation
/// (target spacing, in-plane only or volumetric, kernel) and the re-segmentation (a closed intensity range and/or
/// IBSI's 3σ outlier filtering). A null <see cref="Spacing"/> means no interpolation.
/// </summary>
/// <param name="Spacing">The spacing (mm) every interpolated axis gets, or null for no interpolation.</param>
/// <param name="InPlaneOnly">Interpolate x and y only, keeping the slices (IBSI's 2D configurations).</param>
/// <param name="Interpolation">The image's interpolation kernel (the ROI is always interpolated linearly).</param>
/// <param name="ResegmentRange">The closed range [lower, upper] intensities must lie in, or null.</param>
/// <param name="OutlierFiltering">Also keep only intensities within mean ± 3σ of the ROI's (IBSI outlier filtering).</param>
public sealed record IbsiChainPlan(
    double? Spacing,
    bool InPlaneOnly,
    IbsiInterpolation Interpolation,
    (double Lower, double Upper)? ResegmentRange,
    bool OutlierFiltering)
{
    /// <summary>
    /// The chain <c>profile: ibsi</c> runs for <paramref name="settings"/>: <c>resampledPixelSpacing</c> (one spacing for
    /// every resampled axis; with <c>force2D</c> the z entry is 0), <c>interpolator</c> (sitkLinear → linear, sitkBSpline
    /// → cubic spline), <c>resegmentRange</c> with <c>resegmentMode</c> absolute (a range; one bound: no upper bound) or
    /// sigma with ±3 (outlier filtering), and <c>ibsiOutlierFiltering</c> (outlier filtering with the range).
    /// </summary>
    /// <exception cref="ParameterException">A setting the IBSI chain cannot express; the message names the key.</exception>
    public static IbsiChainPlan For(RadiomicsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        FeatureSettings features = settings.Features;
        if (features.Force2D && features.Force2DDimension != 0)
        {
            throw new ParameterException("force2Ddimension: the IBSI profile computes 2D features in axial slices only (0)");
        }

        double? spacing = null;
        if (settings.Resampling.Spacing is { } requested)
        {
            double[] used = requested.Where((v, axis) => v != 0 && !(features.Force2D && axis == 2)).Distinct().ToArray();
            if (used.Length > 1)
            {
                throw new ParameterException("resampledPixelSpacing: the IBSI profile resamples every axis it resamples to one spacing");
            }

            spacing = used.Length == 1 ? used[0] : null;
        }

        IbsiInterpolation interpolation = settings.Resampling.Interpolator switch
        {
            Interpolator.Linear => IbsiInterpolation.Linear,
            Interpolator.BSpline => IbsiInterpolation.CubicSpline,
            var other => throw new ParameterException($"interpolator: the IBSI profile supports sitkLinear and sitkBSpline, not sitk{other}"),
        };

        (double, double)? range = null;
        bool outliers = settings.Ibsi.OutlierFiltering;
        if (settings.Resegmentation.Range is { Count: > 0 } bounds)
        {
            double upper = bounds.Count > 1 ? bounds[1] : double.PositiveInfinity;
            switch (settings.Resegmentation.Mode)
            {
                case ResegmentMode.Absolute:
                    range = (bounds[0], upper);
                    break;
                case ResegmentMode.Sigma when bounds[0] == -3 && upper == 3:
                    outliers = true;
                    break;
                default:
                    throw new ParameterException("resegmentRange/resegmentMode: the IBSI profile supports an absolute range or sigma [-3, 3]");
            }
        }

        return new IbsiChainPlan(spacing, features.Force2D, interpolation, range, outliers);
    }
}
