namespace Radiomics.Features.Shape2D;

/// <summary>
/// What PyRadiomics' <c>calculate_coefficients2D</c> returns for a single-slice ROI: the marching-squares mesh
/// surface (mm²), perimeter (mm) and maximum diameter over the mesh vertices (mm); plus the pixel count, the in-plane
/// spacings (rows, columns in numpy order) and the PCA eigenvalues (ascending, mm²).
/// </summary>
public sealed record PlanarMeasures(
    double Surface,
    double Perimeter,
    double MaximumDiameter,
    long PixelCount,
    double RowSpacing,
    double ColumnSpacing,
    IReadOnlyList<double> Eigenvalues);
