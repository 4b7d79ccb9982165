using Radiomics.Configuration.Keys;

namespace Radiomics.Configuration;

/// <summary>The re-segmentation stage: the ROI restricted to an intensity range (<see cref="ResegmentationKeys"/>).</summary>
public sealed record ResegmentationSettings
{
    /// <summary><c>resegmentRange</c>: one or two bounds, or null for no re-segmentation.</summary>
    public ValueList<double>? Range { get; init; } = ResegmentationKeys.Range.Default;

    /// <summary><c>resegmentMode</c>: how <see cref="Range"/> is read (absolute, relative or sigma).</summary>
    public ResegmentMode Mode { get; init; } = ResegmentationKeys.Mode.Default;

    /// <summary><c>resegmentShape</c>: let the shape features use the re-segmented mask too.</summary>
    public bool ApplyToShape { get; init; } = ResegmentationKeys.ApplyToShape.Default;

    /// <summary>The absolute lower bound (IBSI's fixed-bin-size origin), or null when the mode is not absolute or nothing is set.</summary>
    public double? AbsoluteLowerBound => Mode == ResegmentMode.Absolute && Range is { Count: > 0 } range ? range[0] : null;
}
