using Radiomics.Imaging;

namespace Radiomics.Dicom.Seg;

/// <summary>Where one SEG frame lies and which segment it belongs to.</summary>
internal sealed record SegFrame(int Index, int Segment, Vector3D Position, Vector3D RowDirection, Vector3D ColumnDirection, double RowSpacing, double ColumnSpacing, double? SliceSpacing);
