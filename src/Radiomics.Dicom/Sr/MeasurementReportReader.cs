using System.Globalization;
using Radiomics.Dicom.Coding;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Writing;

namespace Radiomics.Dicom.Sr;

/// <summary>
/// Reads the measurement groups of a DICOM SR whose root is a TID 1500 "Imaging Measurement Report" (126000, DCM):
/// every CONTAINER (125007, DCM) "Measurement Group" anywhere in the tree, with its observation context, references
/// and NUM items. Works for Radiomics.NET's SRs and for those of other writers (DCMTK's TID 1500 classes, dcmqi,
/// highdicom): algorithm identification is taken from the group and from each NUM, the value from Floating Point
/// Value when present, else from the Decimal String. Descriptors under an Image Library are not measurements.
/// </summary>
public static class MeasurementReportReader
{
    /// <summary>Reads the measurement report in <paramref name="path"/>.</summary>
    /// <exception cref="DicomFormatException">The file is not DICOM, or its root is not a TID 1500 Imaging Measurement Report, or its content tree is malformed.</exception>
    public static MeasurementReportContent Read(string path) => FromFile(DicomFile.Read(path));

    internal static MeasurementReportContent FromFile(DicomFile file)
    {
        DicomDataset ds = file.Dataset;
        if (SrDatasets.ValueType(ds) != "CONTAINER" || !DicomCodes.ImagingMeasurementReport.Matches(SrDatasets.ConceptName(ds)))
        {
            string what = SrDatasets.ConceptName(ds)?.ToString() ?? ds.GetString(DicomTags.Modality) ?? "no document title";
            throw new DicomFormatException(DicomProblem.Unsupported, file.Path, $"is not a TID 1500 Imaging Measurement Report (its root is {what})");
        }

        var groups = new List<ReportMeasurementGroup>();
        CollectGroups(ds, groups, depth: 0, file.Path);
        string? template = ds.GetFirstItem(WriterTags.ContentTemplateSequence)?.GetString(WriterTags.TemplateIdentifier);
        return new MeasurementReportContent(file.Path, ds.GetString(DicomTags.SopClassUid), ds.GetString(DicomTags.SopInstanceUid),
            ds.GetString(DicomTags.SeriesInstanceUid), ds.GetString(DicomTags.SeriesDescription), template,
            ds.GetString(WriterTags.CompletionFlag), ds.GetString(WriterTags.VerificationFlag), groups, Evidence(ds));
    }

    /// <summary>Depth-first search for measurement groups, skipping Image Library containers.</summary>
    private static void CollectGroups(DicomDataset container, List<ReportMeasurementGroup> groups, int depth, string path)
    {
        if (depth > 64)
        {
            throw new DicomFormatException(DicomProblem.Malformed, path, "the SR content tree is nested more than 64 levels deep");
        }

        foreach (DicomDataset item in SrDatasets.Children(container))
        {
            if (SrDatasets.ValueType(item) != "CONTAINER" || DicomCodes.ImageLibrary.Matches(SrDatasets.ConceptName(item)))
            {
                continue;
            }

            if (DicomCodes.MeasurementGroup.Matches(SrDatasets.ConceptName(item)))
            {
                groups.Add(ReadGroup(item, path));
            }
            else
            {
                CollectGroups(item, groups, depth + 1, path);
            }
        }
    }

    private static ReportMeasurementGroup ReadGroup(DicomDataset group, string path)
    {
        string? tracking = null, trackingUid = null, segmentation = null, sourceSeries = null, algorithm = null, version = null;
        int? segmentNumber = null;
        CodedConcept? finding = null;
        var parameters = new List<string>();
        var measurements = new List<ReportMeasurement>();
        foreach (DicomDataset item in SrDatasets.Children(group))
        {
            CodedConcept? name = SrDatasets.ConceptName(item);
            switch (SrDatasets.ValueType(item))
            {
                case "TEXT" when DicomCodes.TrackingIdentifier.Matches(name):
                    tracking = item.GetString(WriterTags.TextValue);
                    break;
                case "UIDREF" when DicomCodes.TrackingUniqueIdentifier.Matches(name):
                    trackingUid = item.GetString(WriterTags.Uid);
                    break;
                case "CODE" when DicomCodes.Finding.Matches(name):
                    finding = SrDatasets.Code(item.GetFirstItem(WriterTags.ConceptCodeSequence));
                    break;
                case "IMAGE" when DicomCodes.ReferencedSegment.Matches(name):
                    DicomDataset? reference = item.GetFirstItem(WriterTags.ReferencedSopSequence);
                    segmentation = reference?.GetString(DicomTags.ReferencedSopInstanceUid);
                    segmentNumber = reference?.GetUInt16(DicomTags.ReferencedSegmentNumber);
                    break;
                case "UIDREF" when DicomCodes.SourceSeriesForSegmentation.Matches(name):
                    sourceSeries = item.GetString(WriterTags.Uid);
                    break;
                case "TEXT" when DicomCodes.AlgorithmName.Matches(name):
                    algorithm = item.GetString(WriterTags.TextValue);
                    break;
                case "TEXT" when DicomCodes.AlgorithmVersion.Matches(name):
                    version = item.GetString(WriterTags.TextValue);
                    break;
                case "TEXT" when DicomCodes.AlgorithmParameters.Matches(name):
                    parameters.Add(item.GetString(WriterTags.TextValue) ?? string.Empty);
                    break;
                case "NUM" when name is not null:
                    measurements.Add(ReadMeasurement(item, name, path));
                    break;
            }
        }

        return new ReportMeasurementGroup(tracking, trackingUid, finding, segmentation, segmentNumber, sourceSeries, algorithm, version, parameters, measurements);
    }

    private static ReportMeasurement ReadMeasurement(DicomDataset item, CodedConcept name, string path)
    {
        DicomDataset? measured = item.GetFirstItem(WriterTags.MeasuredValueSequence);
        string? text = measured?.GetString(WriterTags.NumericValue);
        double? exact = measured is null ? null : SrDatasets.Float64(measured, WriterTags.FloatingPointValue);
        CodedConcept? unit = SrDatasets.Code(measured?.GetFirstItem(WriterTags.MeasurementUnitsCodeSequence));
        CodedConcept? qualifier = SrDatasets.Code(item.GetFirstItem(WriterTags.NumericValueQualifierCodeSequence));
        double value = exact ?? (text is not null ? ParseDecimal(text, name, path) : Qualified(qualifier));

        string? equivalent = null, algorithm = null, version = null;
        foreach (DicomDataset child in SrDatasets.Children(item))
        {
            CodedConcept? childName = SrDatasets.ConceptName(child);
            string? childText = SrDatasets.ValueType(child) == "TEXT" ? child.GetString(WriterTags.TextValue) : null;
            if (DicomCodes.EquivalentMeaningOfConceptName.Matches(childName))
            {
                equivalent = childText;
            }
            else if (DicomCodes.AlgorithmName.Matches(childName))
            {
                algorithm = childText;
            }
            else if (DicomCodes.AlgorithmVersion.Matches(childName))
            {
                version = childText;
            }
        }

        return new ReportMeasurement(name, value, text, exact, unit, qualifier, equivalent, algorithm, version);
    }

    private static double ParseDecimal(string text, CodedConcept name, string path) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new DicomFormatException(DicomProblem.Malformed, path, $"the measurement {name} holds the Numeric Value '{text}', which is not a number");

    private static double Qualified(CodedConcept? qualifier) =>
        DicomCodes.PositiveInfinity.Matches(qualifier) ? double.PositiveInfinity
        : DicomCodes.NegativeInfinity.Matches(qualifier) ? double.NegativeInfinity
        : double.NaN;

    private static List<EvidenceInstance> Evidence(DicomDataset ds)
    {
        var evidence = new List<EvidenceInstance>();
        foreach (DicomTag sequence in new[] { WriterTags.CurrentRequestedProcedureEvidenceSequence, PertinentOtherEvidenceSequence })
        {
            foreach (DicomDataset study in ds.GetSequence(sequence))
            {
                string studyUid = study.GetString(WriterTags.StudyInstanceUid) ?? string.Empty;
                foreach (DicomDataset series in study.GetSequence(DicomTags.ReferencedSeriesSequence))
                {
                    string seriesUid = series.GetString(DicomTags.SeriesInstanceUid) ?? string.Empty;
                    foreach (DicomDataset instance in series.GetSequence(WriterTags.ReferencedSopSequence))
                    {
                        evidence.Add(new EvidenceInstance(studyUid, seriesUid, instance.GetString(WriterTags.ReferencedSopClassUid) ?? string.Empty,
                            instance.GetString(DicomTags.ReferencedSopInstanceUid) ?? string.Empty));
                    }
                }
            }
        }

        return evidence;
    }

    /// <summary>(0040,A385) SQ Pertinent Other Evidence Sequence.</summary>
    private static readonly DicomTag PertinentOtherEvidenceSequence = new(0x0040, 0xA385);
}
