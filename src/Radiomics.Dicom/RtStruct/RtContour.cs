namespace Radiomics.Dicom.RtStruct;

/// <summary>One contour of a structure: its geometric type and its points (x, y, z in mm, patient LPS), flat.</summary>
public sealed record RtContour(string GeometricType, double[] Points)
{
    public int PointCount => Points.Length / 3;
}
