using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Writing;

namespace Radiomics.Dicom.Sr;

/// <summary>
/// An instance an SR lists in its Current Requested Procedure Evidence Sequence beyond the source images and the
/// referenced SEGs: e.g. the RTSTRUCT whose ROI was rasterised into the SEG the measurements refer to.
/// </summary>
public sealed record EvidenceInstance(string StudyInstanceUid, string SeriesInstanceUid, string SopClassUid, string SopInstanceUid)
{
    /// <summary>The evidence entry of a DICOM file (its header is read).</summary>
    public static EvidenceInstance FromFile(string path)
    {
        DicomDataset ds = SegmentReference.ReadHeader(path);
        return new EvidenceInstance(
            SegmentReference.Require(ds, WriterTags.StudyInstanceUid, path),
            SegmentReference.Require(ds, DicomTags.SeriesInstanceUid, path),
            SegmentReference.Require(ds, DicomTags.SopClassUid, path),
            SegmentReference.Require(ds, DicomTags.SopInstanceUid, path));
    }
}
