using Radiomics.Dicom.Series;

namespace Radiomics.Dicom.Sr;

/// <summary>
/// What a TID 1500 Measurement Report says: the features of one or more ROIs (each a SEG segment) of one image series,
/// the algorithm that measured them, the intensity unit of the original image, and any evidence beyond the source
/// images and SEGs (an RTSTRUCT). Series description and numbers default to "Radiomics features", 901 and 1.
/// </summary>
public sealed record MeasurementReport(DicomSeries Source, IReadOnlyList<RoiMeasurements> Rois, ReportAlgorithm Algorithm)
{
    /// <summary>The unit of the original image's intensities (filtered images' intensities are always arbitrary).</summary>
    public IntensityUnit IntensityUnit { get; init; } = IntensityUnit.Arbitrary;

    /// <summary>Instances listed as evidence besides the source images and the referenced SEGs (e.g. the RTSTRUCT the ROIs came from).</summary>
    public IReadOnlyList<EvidenceInstance> AdditionalEvidence { get; init; } = [];

    /// <summary>The SR's Series Description (0008,103E).</summary>
    public string SeriesDescription { get; init; } = "Radiomics features";

    /// <summary>The SR's Series Number (0020,0011).</summary>
    public int SeriesNumber { get; init; } = 901;

    /// <summary>The SR's Instance Number (0020,0013).</summary>
    public int InstanceNumber { get; init; } = 1;
}
