using Radiomics.Configuration.Keys;

namespace Radiomics.Configuration;

/// <summary>
/// The mask stage: which voxels of the mask are the ROI, how far image and mask geometry may differ, and the size the
/// ROI must have. Keys and allowed values: <see cref="MaskKeys"/> (docs/parameters.md).
/// </summary>
public sealed record MaskSettings
{
    /// <summary><c>label</c>: the mask value that marks the ROI.</summary>
    public int Label { get; init; } = MaskKeys.Label.Default;

    /// <summary><c>label_channel</c>: the component of a vector mask that holds the labels.</summary>
    public int LabelChannel { get; init; } = MaskKeys.LabelChannel.Default;

    /// <summary><c>geometryTolerance</c>: how far image and mask geometry may differ; null uses ITK's default (1e-6).</summary>
    public double? GeometryTolerance { get; init; } = MaskKeys.GeometryTolerance.Default;

    /// <summary><c>correctMask</c>: resample a mismatched mask onto the image grid (nearest neighbour) when it overlaps.</summary>
    public bool CorrectMask { get; init; } = MaskKeys.CorrectMask.Default;

    /// <summary><c>minimumROIDimensions</c>: 1, 2 or 3; the ROI must span at least this many dimensions.</summary>
    public int MinimumRoiDimensions { get; init; } = MaskKeys.MinimumRoiDimensions.Default;

    /// <summary><c>minimumROISize</c>: the minimum number of ROI voxels, or null for no minimum.</summary>
    public int? MinimumRoiSize { get; init; } = MaskKeys.MinimumRoiSize.Default;
}
