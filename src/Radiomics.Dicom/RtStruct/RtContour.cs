namespace Radiomics.Dicom.RtStruct;

/// <summary>One contour of a structure: its geometric type and its points (x, y, z in mm, patient LPS), flat.</summary>
public sealed record RtContour(string GeometricType, double[] Points)
{
    /// <summary>The number of points (a third of <see cref="Points"/>' length).</summary>
    public int PointCount => Points.Length / 3;
}
