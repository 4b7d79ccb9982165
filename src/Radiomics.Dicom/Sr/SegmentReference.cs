using Radiomics.Dicom.Coding;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Writing;
using Radiomics.Dicom.Writing.Seg;

namespace Radiomics.Dicom.Sr;

/// <summary>
/// One segment of a DICOM SEG that an SR's measurement group refers to (TID 1411 "Referenced Segment"): the SEG
/// instance, its series and study, the segment number, its label and its segmented property type (the group's finding).
/// </summary>
public sealed record SegmentReference(string SopInstanceUid, string SeriesInstanceUid, string StudyInstanceUid, int SegmentNumber, string Label, CodedConcept Type)
{
    /// <summary>Segmentation Storage.</summary>
    public string SopClassUid => DicomSopClasses.Segmentation;

    /// <summary>A segment of a SEG just written.</summary>
    public static SegmentReference Of(SegWriteResult seg, int segmentNumber, CodedConcept? type = null)
    {
        WrittenSegment segment = seg.Segments.FirstOrDefault(s => s.Number == segmentNumber)
            ?? throw new DicomWriteException(seg.Path, $"has no segment {segmentNumber}");
        return new SegmentReference(seg.SopInstanceUid, seg.SeriesInstanceUid, seg.StudyInstanceUid, segmentNumber, segment.Label, type ?? DicomCodes.Mass);
    }

    /// <summary>A segment of an existing SEG file (its header is read; pixel data is not).</summary>
    public static SegmentReference FromFile(string segPath, int segmentNumber)
    {
        DicomDataset ds = ReadHeader(segPath);
        if (ds.GetString(DicomTags.SopClassUid) != DicomSopClasses.Segmentation)
        {
            throw new DicomWriteException(segPath, "is not a DICOM Segmentation (SOP class 1.2.840.10008.5.1.4.1.1.66.4)");
        }

        DicomDataset segment = ds.GetSequence(DicomTags.SegmentSequence).FirstOrDefault(s => s.GetUInt16(DicomTags.SegmentNumber) == segmentNumber)
            ?? throw new DicomWriteException(segPath, $"has no segment {segmentNumber}; it has {string.Join(", ", ds.GetSequence(DicomTags.SegmentSequence).Select(s => s.GetUInt16(DicomTags.SegmentNumber)))}");
        DicomDataset? type = segment.GetFirstItem(WriterTags.SegmentedPropertyTypeCodeSequence);
        return new SegmentReference(
            Require(ds, DicomTags.SopInstanceUid, segPath),
            Require(ds, DicomTags.SeriesInstanceUid, segPath),
            Require(ds, WriterTags.StudyInstanceUid, segPath),
            segmentNumber,
            segment.GetString(DicomTags.SegmentLabel) ?? $"Segment {segmentNumber}",
            type is null ? DicomCodes.Mass : SrDatasets.Code(type) ?? DicomCodes.Mass);
    }

    internal static DicomDataset ReadHeader(string path)
    {
        try
        {
            return DicomFile.ReadHeader(path).Dataset;
        }
        catch (DicomFormatException e)
        {
            throw new DicomWriteException(path, e.Message.StartsWith(path, StringComparison.Ordinal) ? e.Message[(path.Length + 2)..] : e.Message, e);
        }
    }

    internal static string Require(DicomDataset ds, DicomTag tag, string path) =>
        ds.GetString(tag) ?? throw new DicomWriteException(path, $"has no {tag} value");
}
