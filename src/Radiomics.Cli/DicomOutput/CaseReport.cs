using Radiomics.Configuration;
using Radiomics.Dicom.Series;
using Radiomics.Dicom.Sr;
using Radiomics.Dicom.Writing;
using Radiomics.Extraction;
using Radiomics.Imaging;

namespace Radiomics.Cli.DicomOutput;

/// <summary>
/// The TID 1500 report of one case, as <c>extract --dicom-sr</c> and <c>batch --dicom-sr-dir</c> write it: one ROI per
/// extracted label (its features in one measurement group per image type), the ROI referenced as
/// <see cref="MaskOrigin"/> says, and for masks a SEG beside the report (<see cref="DicomReportExporter"/>).
/// </summary>
internal static class CaseReport
{
    /// <summary>
    /// Writes the report of <paramref name="results"/> (label → features, in order) to <paramref name="srPath"/>.
    /// </summary>
    /// <exception cref="InputException">The image is not a DICOM series (a report references the images it measured).</exception>
    /// <exception cref="DicomWriteException">A ROI cannot be written (off the series' grid, empty, …).</exception>
    public static DicomReportExport Write(string srPath, string imagePath, LoadedCase loaded, MaskOrigin origin, int channel,
        IReadOnlyList<(int Label, FeatureResult Result)> results, ExtractionParameters parameters, DicomWriteOptions options)
    {
        DicomSeries series = loaded.Series
            ?? throw new InputException($"{imagePath}: is not a DICOM series; a DICOM SR references the images it measured, so it needs a DICOM image");
        var rois = results.Select(r => RoiFeatures.Of(origin.RoiFor(r.Label, loaded.Mask, channel), r.Result)).ToList();
        ReportAlgorithm algorithm = ReportAlgorithm.From(results[0].Result) ?? ReportAlgorithm.From(parameters);
        var request = new DicomReportRequest(series, rois, algorithm) { Normalised = parameters.Settings.Normalisation.Enabled };
        return DicomReportExporter.Export(srPath, request, options);
    }

    /// <summary>"wrote report.dcm (107 measurements; ROI in report.seg.dcm)".</summary>
    public static string Describe(DicomReportExport export) =>
        $"wrote {export.Report.Path} ({export.Report.MeasurementCount} measurements"
        + (export.Segmentation is { } seg ? $"; ROI in {seg.Path})" : ")");
}
