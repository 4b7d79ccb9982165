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
    bool OutlierFiltering);
