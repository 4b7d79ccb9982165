namespace Radiomics.Dicom.Writing.Seg;

/// <summary>A segment as written: its number in the SEG, its label and the number of frames (slices) it covers.</summary>
public sealed record WrittenSegment(int Number, string Label, int FrameCount);
