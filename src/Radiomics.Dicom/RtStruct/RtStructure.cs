namespace Radiomics.Dicom.RtStruct;

/// <summary>One ROI of a structure set (Structure Set ROI Sequence joined with its ROI Contour Sequence item).</summary>
public sealed record RtStructure(int Number, string Name, string? ReferencedFrameOfReferenceUid, IReadOnlyList<RtContour> Contours)
{
    /// <summary>The number of contours (all geometric types).</summary>
    public int ContourCount => Contours.Count;
}
