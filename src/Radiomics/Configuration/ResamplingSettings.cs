using Radiomics.Configuration.Keys;

namespace Radiomics.Configuration;

/// <summary>The resampling and cropping stage (<see cref="ResamplingKeys"/>).</summary>
public sealed record ResamplingSettings
{
    /// <summary><c>resampledPixelSpacing</c>: target spacing in mm (a 0 keeps that axis), or null for no resampling.</summary>
    public ValueList<double>? Spacing { get; init; } = ResamplingKeys.Spacing.Default;

    /// <summary><c>interpolator</c>: the image interpolator (SimpleITK's names).</summary>
    public Interpolator Interpolator { get; init; } = ResamplingKeys.Interpolator.Default;

    /// <summary><c>padDistance</c>: voxels kept around the ROI when cropping for filtering.</summary>
    public int PadDistance { get; init; } = ResamplingKeys.PadDistance.Default;

    /// <summary><c>preCrop</c>: crop to the ROI (plus padDistance) before resampling.</summary>
    public bool PreCrop { get; init; } = ResamplingKeys.PreCrop.Default;
}
