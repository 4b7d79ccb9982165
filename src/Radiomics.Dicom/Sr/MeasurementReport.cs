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

    public IReadOnlyList<EvidenceInstance> AdditionalEvidence { get; init; } = [];

    public string SeriesDescription { get; init; } = "Radiomics features";

    public int SeriesNumber { get; init; } = 901;

    public int InstanceNumber { get; init; } = 1;
}
