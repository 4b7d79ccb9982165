namespace Radiomics.Features.Shape;

/// <summary>
/// What PyRadiomics' <c>calculate_coefficients</c> returns for a mask: mesh volume (mm³), mesh surface area (mm²) and
/// the four diameters over the mesh vertices (mm), plus the voxel count and the PCA eigenvalues (ascending, mm²).
/// </summary>
public sealed record MeshMeasures(
    double Volume,
    double SurfaceArea,
    double Maximum2DDiameterSlice,
    double Maximum2DDiameterColumn,
    double Maximum2DDiameterRow,
    double Maximum3DDiameter,
    long VoxelCount,
    IReadOnlyList<double> Eigenvalues);
