using Radiomics.Dicom.Writing;
using Radiomics.Dicom.Writing.Seg;

namespace Radiomics.Dicom.Sr;

/// <summary>
/// The one call for "features of a DICOM case → PACS": writes the TID 1500 SR of <see cref="DicomReportRequest"/> to a
/// path and, when some ROIs are masks (an RTSTRUCT ROI rasterised, a NIfTI mask on the series' grid, rings, habitats),
/// first a SEG holding them beside it (<see cref="SegmentationPathFor"/>), which the SR then references; RTSTRUCTs
/// are listed as evidence. ROIs that are segments of existing SEGs are referenced as they are. The source headers
/// are read once for both objects. If the SR cannot be written, the SEG written for it is removed again.
/// </summary>
public static class DicomReportExporter
{
    /// <summary>The SEG beside an SR: <c>report.dcm</c> → <c>report.seg.dcm</c>.</summary>
    public static string SegmentationPathFor(string srPath) =>
        (srPath.EndsWith(".dcm", StringComparison.OrdinalIgnoreCase) ? srPath[..^4] : srPath) + ".seg.dcm";

    /// <summary>
    /// Writes the SR of <paramref name="request"/> to <paramref name="srPath"/> (and first its SEG, when some ROIs are
    /// masks), both atomically.
    /// </summary>
    /// <param name="srPath">The SR file to write; the SEG goes to <see cref="SegmentationPathFor"/>(<paramref name="srPath"/>).</param>
    /// <param name="request">The series, the ROIs with their features, and the algorithm.</param>
    /// <param name="options">UIDs and content date/time (<see cref="DicomWriteOptions.Default"/> when null: random UIDs, now).</param>
    /// <returns>The SR written, and the SEG written for it when some ROIs were masks.</returns>
    /// <exception cref="DicomWriteException">The request has no ROI, a mask is off the series' grid, no output name is a feature, or a file cannot be written.</exception>
    public static DicomReportExport Export(string srPath, DicomReportRequest request, DicomWriteOptions? options = null)
    {
        options ??= DicomWriteOptions.Default;
        if (request.Rois.Count == 0)
        {
            throw new DicomWriteException(srPath, "a report needs at least one ROI");
        }

        SourceSeries source = SourceSeries.From(request.Series);
        var masks = request.Rois.Select(r => r.Roi).OfType<MaskRoi>().ToList();
        SegWriteResult? seg = null;
        string segPath = SegmentationPathFor(srPath);
        if (masks.Count > 0)
        {
            seg = DicomSegWriter.Write(segPath, source, masks.Select(m => new SegmentMask(m.Definition, m.Mask)).ToList(), request.Segmentation, options);
        }

        try
        {
            var rois = new List<RoiMeasurements>();
            var evidence = new List<EvidenceInstance>();
            int maskNumber = 0;
            foreach (RoiFeatures roi in request.Rois)
            {
                SegmentReference segment = roi.Roi switch
                {
                    SegSegmentRoi existing => SegmentReference.FromFile(existing.SegPath, existing.SegmentNumber),
                    MaskRoi mask => SegmentReference.Of(seg!, ++maskNumber, mask.Definition.Type),
                    _ => throw new ArgumentException($"unknown ROI source {roi.Roi.GetType().Name}", nameof(request)),
                };
                if (roi.Roi is MaskRoi { RtStructPath: { } rtStruct })
                {
                    evidence.Add(EvidenceInstance.FromFile(rtStruct));
                }

                rois.Add(new RoiMeasurements(segment, roi.Features));
            }

            bool suv = request.Series.Notes.Any(n => n.StartsWith("values are SUVbw", StringComparison.Ordinal));
            var report = new MeasurementReport(request.Series, rois, request.Algorithm)
            {
                IntensityUnit = request.IntensityUnit ?? UcumUnits.IntensityOf(request.Series.Modality, suv, request.Normalised),
                AdditionalEvidence = evidence,
                SeriesDescription = request.SeriesDescription,
            };
            SrWriteResult sr = MeasurementReportWriter.Write(srPath, report, source, options);
            return new DicomReportExport(sr, seg);
        }
        catch when (seg is not null)
        {
            File.Delete(segPath);
            throw;
        }
    }
}
