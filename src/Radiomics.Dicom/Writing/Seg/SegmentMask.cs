using Radiomics.Imaging;

namespace Radiomics.Dicom.Writing.Seg;

/// <summary>
/// One segment to write: its description and its mask on the source series' grid (a voxel belongs to the segment
/// when its value is not 0). Masks of different segments may overlap (a ROI and its habitats).
/// </summary>
public sealed record SegmentMask(SegmentDefinition Definition, Volume<byte> Mask);
