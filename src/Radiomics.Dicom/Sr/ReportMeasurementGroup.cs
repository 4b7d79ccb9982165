using Radiomics.Dicom.Coding;

namespace Radiomics.Dicom.Sr;

/// <summary>
/// One Measurement Group (TID 1411 or any container (125007, DCM)) as read: tracking identifier and UID, finding, the
/// referenced segment (SEG instance and segment number), the source series, the group's algorithm identification
/// (TID 4019; <see cref="ImageType"/> is the <c>image-type=</c> parameter Radiomics.NET writes) and its measurements.
/// </summary>
public sealed record ReportMeasurementGroup(
    string? TrackingIdentifier,
    string? TrackingUid,
    CodedConcept? Finding,
    string? SegmentationSopInstanceUid,
    int? SegmentNumber,
    string? SourceSeriesInstanceUid,
    string? AlgorithmName,
    string? AlgorithmVersion,
    IReadOnlyList<string> AlgorithmParameters,
    IReadOnlyList<ReportMeasurement> Measurements)
{
    /// <summary>The value of the <c>image-type=</c> algorithm parameter (e.g. <c>wavelet-LLH</c>), or null when the group has none (another writer's SR).</summary>
    public string? ImageType => AlgorithmParameters.FirstOrDefault(p => p.StartsWith("image-type=", StringComparison.Ordinal))?["image-type=".Length..];
}
