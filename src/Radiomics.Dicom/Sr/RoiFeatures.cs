using Radiomics.Extraction;

namespace Radiomics.Dicom.Sr;

/// <summary>The features extracted from one ROI, and where the ROI comes from.</summary>
public sealed record RoiFeatures(RoiSource Roi, IReadOnlyList<KeyValuePair<string, double>> Features)
{
    /// <summary>The features of an extraction result (diagnostics left out).</summary>
    public static RoiFeatures Of(RoiSource roi, FeatureResult result) => new(roi, result.Features.ToList());
}
