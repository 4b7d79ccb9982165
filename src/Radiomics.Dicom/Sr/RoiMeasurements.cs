using Radiomics.Dicom.Coding;
using Radiomics.Extraction;

namespace Radiomics.Dicom.Sr;

/// <summary>
/// The features measured in one ROI and the SEG segment that is the ROI. <see cref="Features"/> are output names and
/// values (<see cref="FeatureResult.Features"/>); names that are not features (see <see cref="FeatureConceptCatalog"/>)
/// are left out of the SR. The finding defaults to the segment's segmented property type, the tracking identifier to
/// its label.
/// </summary>
public sealed record RoiMeasurements(SegmentReference Segment, IReadOnlyList<KeyValuePair<string, double>> Features)
{
    /// <summary>The Finding (121071, DCM) of the group, or null for the segment's segmented property type.</summary>
    public CodedConcept? Finding { get; init; }

    /// <summary>The Tracking Identifier (112039, DCM) of the group, or null for the segment's label.</summary>
    public string? TrackingIdentifier { get; init; }

    /// <summary>The features of an extraction result (its diagnostics are left out).</summary>
    public static RoiMeasurements Of(SegmentReference segment, FeatureResult result) => new(segment, result.Features.ToList());
}
