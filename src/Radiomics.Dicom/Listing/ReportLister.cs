using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Sr;
using Radiomics.Dicom.Writing;

namespace Radiomics.Dicom.Listing;

/// <summary>Describes a structured report for the listing, reading a TID 1500 report's measurement groups.</summary>
internal static class ReportLister
{
    public static ReportSummary Summarise(DicomFile header)
    {
        DicomDataset ds = header.Dataset;
        string? title = SrDatasets.ConceptName(ds)?.Meaning;
        string? template = ds.GetFirstItem(WriterTags.ContentTemplateSequence)?.GetString(WriterTags.TemplateIdentifier);
        string modality = ds.GetString(DicomTags.Modality) ?? "SR";
        string? sopClass = ds.GetString(DicomTags.SopClassUid);
        string? description = ds.GetString(DicomTags.SeriesDescription);
        if (!Coding.DicomCodes.ImagingMeasurementReport.Matches(SrDatasets.ConceptName(ds)))
        {
            return new ReportSummary(header.Path, modality, sopClass, description, title, template, 0, 0, [], null);
        }

        try
        {
            MeasurementReportContent report = MeasurementReportReader.FromFile(header);
            var series = report.Groups.Select(g => g.SourceSeriesInstanceUid).OfType<string>().Distinct().ToList();
            return new ReportSummary(header.Path, modality, sopClass, description, title, template, report.Groups.Count, report.MeasurementCount, series, null);
        }
        catch (DicomFormatException e)
        {
            return new ReportSummary(header.Path, modality, sopClass, description, title, template, 0, 0, [], e.Message);
        }
    }
}
