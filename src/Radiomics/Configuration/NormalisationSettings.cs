using Radiomics.Configuration.Keys;

namespace Radiomics.Configuration;

/// <summary>The normalisation stage: z-score normalisation of the whole image (<see cref="NormalisationKeys"/>).</summary>
public sealed record NormalisationSettings
{
    /// <summary><c>normalize</c>: z-score the image over the whole image.</summary>
    public bool Enabled { get; init; } = NormalisationKeys.Enabled.Default;

    /// <summary><c>normalizeScale</c>: factor applied after normalisation.</summary>
    public double Scale { get; init; } = NormalisationKeys.Scale.Default;

    /// <summary><c>removeOutliers</c>: clip normalised values beyond this many standard deviations, or null.</summary>
    public double? RemoveOutliers { get; init; } = NormalisationKeys.RemoveOutliers.Default;
}
