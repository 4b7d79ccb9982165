using Radiomics.Dicom.Series;
using Radiomics.Dicom.Writing.Seg;

namespace Radiomics.Dicom.Sr;

/// <summary>
/// Everything <see cref="DicomReportExporter"/> needs for one case: the image series, the features of each ROI, and
/// the algorithm. The intensity unit defaults to that of the series (<see cref="UcumUnits.IntensityOf"/>: HU for CT,
/// SUVbw for PET the loader converted, else arbitrary); <see cref="Segmentation"/> describes the SEG written beside
/// the SR for mask ROIs.
/// </summary>
public sealed record DicomReportRequest(DicomSeries Series, IReadOnlyList<RoiFeatures> Rois, ReportAlgorithm Algorithm)
{
    /// <summary>The unit of the original image's intensities, or null for the series' own (<see cref="UcumUnits.IntensityOf"/>).</summary>
    public IntensityUnit? IntensityUnit { get; init; }

    /// <summary>Set when the features were computed on normalised intensities (their unit is then arbitrary).</summary>
    public bool Normalised { get; init; }

    /// <summary>The series-level description of the SEG written for mask ROIs (default: series "Radiomics ROIs", content label "ROI").</summary>
    public SegmentationMetadata Segmentation { get; init; } = SegmentationMetadata.Default with { SeriesDescription = "Radiomics ROIs", ContentLabel = "ROI" };

    /// <summary>The SR's Series Description (0008,103E).</summary>
    public string SeriesDescription { get; init; } = "Radiomics features";
}
