namespace Radiomics.Dicom.Writing.Seg;

/// <summary>
/// What a SEG writer wrote: where, under which UIDs, which segments, and the values copied from the source image that
/// break their VR's rules (kept unchanged, see <see cref="Writing.InheritedAttributes"/>).
/// </summary>
public sealed record SegWriteResult(
    string Path,
    string SopInstanceUid,
    string SeriesInstanceUid,
    string StudyInstanceUid,
    IReadOnlyList<WrittenSegment> Segments,
    IReadOnlyList<string> InheritedProblems)
{
    /// <summary>Segmentation Storage.</summary>
    public string SopClassUid => DicomSopClasses.Segmentation;
}
