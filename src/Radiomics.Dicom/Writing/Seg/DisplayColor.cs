namespace Radiomics.Dicom.Writing.Seg;

/// <summary>An sRGB colour, 0–255 per channel (a segment's recommended display colour).</summary>
public readonly record struct DisplayColor(byte Red, byte Green, byte Blue);
