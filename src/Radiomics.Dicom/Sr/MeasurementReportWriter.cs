using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Radiomics.Dicom.Coding;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Writing;

namespace Radiomics.Dicom.Sr;

/// <summary>
/// Writes a <see cref="MeasurementReport"/> as an Enhanced SR (PS3.3 A.35.2) following TID 1500 "Measurement Report"
/// (PS3.16 Annex A): language (TID 1204), device observer (TID 1002/1004: Radiomics.NET), procedure reported (from
/// the source modality), an Image Library (TID 1600) of the source instances, and under Imaging Measurements one
/// Measurement Group (TID 1411) per ROI and image type, each with tracking identifier and UID, finding, algorithm
/// identification (TID 4019: name, version, settings hash, image type), the referenced SEG segment, the source series,
/// and one NUM per feature (TID 1419/300): concept name from <see cref="FeatureConceptCatalog"/>, the value as a DS
/// and exactly as Floating Point Value, the UCUM unit, and the output name as Equivalent Meaning of Concept Name.
/// Every instance referenced is listed in the Current Requested Procedure Evidence Sequence. Written atomically.
/// </summary>
public static class MeasurementReportWriter
{
    /// <summary>Enhanced SR Storage.</summary>
    public const string EnhancedSrStorage = "1.2.840.10008.5.1.4.1.1.88.22";

    /// <summary>Device Observer UID (121012) of Radiomics.NET: the seeded UID of purpose "device-observer" with seed "Radiomics.NET".</summary>
    public static string DeviceObserverUid { get; } = new DicomUidGenerator(SoftwareVersion.ProductName).Create("device-observer");

    /// <summary>Writes <paramref name="report"/> to <paramref name="path"/> atomically.</summary>
    /// <param name="path">The SR file to write.</param>
    /// <param name="report">What the report says.</param>
    /// <param name="options">UIDs and content date/time (<see cref="DicomWriteOptions.Default"/> when null).</param>
    /// <exception cref="DicomWriteException">The report has no ROI, no output name is a feature, or the file cannot be written.</exception>
    public static SrWriteResult Write(string path, MeasurementReport report, DicomWriteOptions? options = null) =>
        Write(path, report, SourceSeries.From(report.Source), options ?? DicomWriteOptions.Default);

    internal static SrWriteResult Write(string path, MeasurementReport report, SourceSeries source, DicomWriteOptions options)
    {
        if (report.Rois.Count == 0)
        {
            throw new DicomWriteException(path, "a measurement report needs at least one ROI");
        }

        var skipped = new List<string>();
        var groups = report.Rois.Select(roi => (Roi: roi, ByImageType: GroupByImageType(roi, skipped))).ToList();
        int measurements = groups.Sum(g => g.ByImageType.Sum(t => t.Features.Count));
        if (measurements == 0)
        {
            throw new DicomWriteException(path, $"none of the {skipped.Count} output name(s) is a feature, so there is nothing to report");
        }

        var identity = new DerivedObjectIdentity(options, source.SeriesInstanceUid, "sr", ContentDigest(report));
        var inherited = new List<string>();
        var ds = new DicomWriteDataset();
        InheritedAttributes.CopyPatientAndStudy(source.Header, ds, inherited);
        DerivedObjectHeader.Add(ds, EnhancedSrStorage, identity.InstanceUid, "SR", identity.SeriesUid, report.SeriesNumber, report.SeriesDescription,
            report.InstanceNumber, identity.Time);
        ds.Sequence(WriterTags.ReferencedPerformedProcedureStepSequence)
            .Text(WriterTags.CompletionFlag, "CS", "COMPLETE")
            .Text(WriterTags.VerificationFlag, "CS", "UNVERIFIED")
            .Sequence(WriterTags.PerformedProcedureCodeSequence)
            .Sequence(WriterTags.CurrentRequestedProcedureEvidenceSequence, Evidence(report, source))
            .Text(WriterTags.ValueType, "CS", "CONTAINER")
            .Code(WriterTags.ConceptNameCodeSequence, DicomCodes.ImagingMeasurementReport);
        AddCodingSchemes(ds, groups.SelectMany(g => g.ByImageType).SelectMany(t => t.Features).Select(f => f.Concept.Concept.Scheme));

        var content = new List<DicomWriteDataset>
        {
            SrItems.Code(SrItems.HasConceptModifier, DicomCodes.LanguageOfContent, DicomCodes.EnglishUnitedStates),
            SrItems.Code(SrItems.HasObservationContext, DicomCodes.ObserverType, DicomCodes.Device),
            SrItems.UidReference(SrItems.HasObservationContext, DicomCodes.DeviceObserverUid, DeviceObserverUid),
            SrItems.Text(SrItems.HasObservationContext, DicomCodes.DeviceObserverName, SoftwareVersion.ProductName),
            SrItems.Text(SrItems.HasObservationContext, DicomCodes.DeviceObserverManufacturer, "Radiomics.NET developers"),
            SrItems.Text(SrItems.HasObservationContext, DicomCodes.DeviceObserverModelName, $"{SoftwareVersion.ProductName} {SoftwareVersion.Short}"),
            SrItems.Code(SrItems.HasConceptModifier, DicomCodes.ProcedureReported, DicomCodes.ProcedureFor(source.Modality)),
            ImageLibrary(source),
        };
        var measurementGroups = new List<DicomWriteDataset>();
        for (int r = 0; r < groups.Count; r++)
        {
            string trackingUid = identity.Create($"tracking/{r + 1}");
            foreach (var (imageType, features) in groups[r].ByImageType)
            {
                measurementGroups.Add(MeasurementGroup(groups[r].Roi, imageType, features, trackingUid, source, report));
            }
        }

        content.Add(SrItems.Container(SrItems.Contains, DicomCodes.ImagingMeasurements, null, measurementGroups));
        SrItems.FillContainer(ds, "1500", content);

        DicomOutputFile.Write(path, ds);
        return new SrWriteResult(path, identity.InstanceUid, identity.SeriesUid, measurementGroups.Count, measurements, skipped, inherited);
    }

    private static List<(string ImageType, List<(FeatureConcept Concept, double Value)> Features)> GroupByImageType(RoiMeasurements roi, List<string> skipped)
    {
        var groups = new List<(string ImageType, List<(FeatureConcept, double)> Features)>();
        foreach (var (name, value) in roi.Features)
        {
            if (FeatureConceptCatalog.Find(name) is not { } concept)
            {
                if (!skipped.Contains(name))
                {
                    skipped.Add(name);
                }

                continue;
            }

            int index = groups.FindIndex(g => g.ImageType == concept.ImageType);
            if (index < 0)
            {
                index = groups.Count;
                groups.Add((concept.ImageType, new List<(FeatureConcept, double)>()));
            }

            groups[index].Features.Add((concept, value));
        }

        return groups;
    }

    private static DicomWriteDataset MeasurementGroup(RoiMeasurements roi, string imageType, List<(FeatureConcept Concept, double Value)> features,
        string trackingUid, SourceSeries source, MeasurementReport report)
    {
        IntensityUnit intensity = imageType == "original" ? report.IntensityUnit : IntensityUnit.Arbitrary;
        var items = new List<DicomWriteDataset>
        {
            SrItems.Text(SrItems.HasObservationContext, DicomCodes.TrackingIdentifier, roi.TrackingIdentifier ?? roi.Segment.Label),
            SrItems.UidReference(SrItems.HasObservationContext, DicomCodes.TrackingUniqueIdentifier, trackingUid),
            SrItems.Code(SrItems.Contains, DicomCodes.Finding, roi.Finding ?? roi.Segment.Type),
            SrItems.Text(SrItems.HasConceptModifier, DicomCodes.AlgorithmName, report.Algorithm.Name),
            SrItems.Text(SrItems.HasConceptModifier, DicomCodes.AlgorithmVersion, report.Algorithm.Version),
        };
        foreach (string parameter in report.Algorithm.Parameters.Append($"image-type={imageType}"))
        {
            items.Add(SrItems.Text(SrItems.HasConceptModifier, DicomCodes.AlgorithmParameters, parameter));
        }

        items.Add(SrItems.Image(SrItems.Contains, DicomCodes.ReferencedSegment, roi.Segment.SopClassUid, roi.Segment.SopInstanceUid, roi.Segment.SegmentNumber));
        items.Add(SrItems.UidReference(SrItems.Contains, DicomCodes.SourceSeriesForSegmentation, source.SeriesInstanceUid));
        foreach (var (concept, value) in features)
        {
            DicomWriteDataset name = SrItems.Text(SrItems.HasConceptModifier, DicomCodes.EquivalentMeaningOfConceptName, concept.OutputName);
            items.Add(SrItems.Numeric(SrItems.Contains, concept.Concept, value, UcumUnits.For(concept.Unit, intensity), [name]));
        }

        return SrItems.Container(SrItems.Contains, DicomCodes.MeasurementGroup, "1411", items);
    }

    private static DicomWriteDataset ImageLibrary(SourceSeries source)
    {
        var entries = new List<DicomWriteDataset>
        {
            SrItems.Code(SrItems.HasAcquisitionContext, DicomCodes.Modality, DicomCodes.ModalityCode(source.Modality)),
        };
        if (source.Series.FrameOfReferenceUid is { } frameOfReference)
        {
            entries.Add(SrItems.UidReference(SrItems.HasAcquisitionContext, DicomCodes.FrameOfReferenceUid, frameOfReference));
        }

        foreach (SourceSlice slice in source.Slices.DistinctBy(s => s.SopInstanceUid))
        {
            entries.Add(SrItems.Image(SrItems.Contains, null, slice.SopClassUid, slice.SopInstanceUid));
        }

        DicomWriteDataset group = SrItems.Container(SrItems.Contains, DicomCodes.ImageLibraryGroup, null, entries);
        return SrItems.Container(SrItems.Contains, DicomCodes.ImageLibrary, "1600", [group]);
    }

    /// <summary>Current Requested Procedure Evidence (SR Document General, C.17.2): studies › series › instances, in order of first mention.</summary>
    private static DicomWriteDataset[] Evidence(MeasurementReport report, SourceSeries source)
    {
        var instances = source.Slices.DistinctBy(s => s.SopInstanceUid)
            .Select(s => new EvidenceInstance(source.StudyInstanceUid, source.SeriesInstanceUid, s.SopClassUid, s.SopInstanceUid))
            .Concat(report.Rois.Select(r => new EvidenceInstance(r.Segment.StudyInstanceUid, r.Segment.SeriesInstanceUid, r.Segment.SopClassUid, r.Segment.SopInstanceUid)))
            .Concat(report.AdditionalEvidence)
            .DistinctBy(e => e.SopInstanceUid);
        return instances.GroupBy(e => e.StudyInstanceUid)
            .Select(study => new DicomWriteDataset()
                .Text(WriterTags.StudyInstanceUid, "UI", study.Key)
                .Sequence(DicomTags.ReferencedSeriesSequence, study.GroupBy(e => e.SeriesInstanceUid)
                    .Select(series => new DicomWriteDataset()
                        .Text(DicomTags.SeriesInstanceUid, "UI", series.Key)
                        .Sequence(WriterTags.ReferencedSopSequence, series
                            .Select(e => new DicomWriteDataset().Text(WriterTags.ReferencedSopClassUid, "UI", e.SopClassUid).Text(DicomTags.ReferencedSopInstanceUid, "UI", e.SopInstanceUid))
                            .ToArray()))
                    .ToArray()))
            .ToArray();
    }

    private static void AddCodingSchemes(DicomWriteDataset ds, IEnumerable<string> schemes)
    {
        var used = schemes.ToHashSet();
        var items = FeatureConceptCatalog.PrivateSchemes.Where(s => used.Contains(s.Designator))
            .Select(s => new DicomWriteDataset()
                .Text(WriterTags.CodingSchemeDesignator, "SH", s.Designator)
                .Text(WriterTags.CodingSchemeName, "ST", s.Name)
                .Text(WriterTags.CodingSchemeResponsibleOrganization, "ST", s.Organization))
            .ToArray();
        if (items.Length > 0)
        {
            ds.Sequence(WriterTags.CodingSchemeIdentificationSequence, items);
        }
    }

    /// <summary>A SHA-256 (hex, first 16 bytes) of what the report says: segments, features and values, algorithm, series description.</summary>
    private static string ContentDigest(MeasurementReport report)
    {
        var text = new StringBuilder();
        text.Append(report.Algorithm.Name).Append('|').Append(report.Algorithm.Version).Append('|').AppendJoin('|', report.Algorithm.Parameters)
            .Append('|').Append(report.SeriesDescription).Append('|').Append(report.SeriesNumber).Append('|').Append(report.InstanceNumber).Append('\n');
        foreach (RoiMeasurements roi in report.Rois)
        {
            text.Append(roi.Segment.SopInstanceUid).Append('#').Append(roi.Segment.SegmentNumber).Append('|').Append(roi.TrackingIdentifier).Append('\n');
            foreach (var (name, value) in roi.Features)
            {
                text.Append(name).Append('=').Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 16));
    }
}
