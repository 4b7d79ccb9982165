namespace Radiomics.Dicom.Seg;

/// <summary>One item of a SEG's Segment Sequence (0062,0002): its number (the label it gets in a label map) and names.</summary>
public sealed record SegSegment(int Number, string Label, string? Description, int FrameCount);
