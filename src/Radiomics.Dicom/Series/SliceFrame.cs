using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Pixels;
using Radiomics.Imaging;

namespace Radiomics.Dicom.Series;

/// <summary>One 2D frame of a series: where it is, how to turn its stored values into values, where its pixels are.</summary>
internal sealed record SliceFrame(
    DicomFile Header,
    int FrameIndex,
    Vector3D Position,
    Vector3D RowDirection,
    Vector3D ColumnDirection,
    double RowSpacing,
    double ColumnSpacing,
    double Slope,
    double Intercept,
    PixelFormat Format)
{
    public string Path => Header.Path;

    public Vector3D Normal => Vector3D.Cross(RowDirection, ColumnDirection);
}
