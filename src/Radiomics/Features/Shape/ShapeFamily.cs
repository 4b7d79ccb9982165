namespace Radiomics.Features.Shape;

/// <summary>
/// PyRadiomics' <c>shape</c> family (3D shape): mesh features from PyRadiomics' marching cubes over the ROI padded
/// by one voxel (<see cref="MarchingCubes"/>), diameters over the mesh vertices, and PCA of the physical voxel-centre
/// coordinates. V is the mesh volume (mm³), A the mesh surface area (mm²), λ_major ≥ λ_minor ≥ λ_least the
/// eigenvalues of the covariance (normaliser N) of the ROI voxel centres in millimetres. Values depend on the spacing
/// only (not on origin or direction). Uses <see cref="FeatureInput.ShapeMask"/>.
/// </summary>
public sealed class ShapeFamily : IFeatureFamily
{
    private static readonly FeatureInfo[] All =
    [
        new("MeshVolume", "RNU0"),
        new("VoxelVolume", "YEKZ"),
        new("SurfaceArea", "C0JK"),
        new("SurfaceVolumeRatio", "2PR5"),
        new("Sphericity", "QCFX"),
        new("Compactness1", "SKGS", OnlyWhenRequested: true),
        new("Compactness2", "BQWJ", OnlyWhenRequested: true),
        new("SphericalDisproportion", "KRCK", OnlyWhenRequested: true),
        new("Maximum3DDiameter", "L0JK"),
        new("Maximum2DDiameterSlice", null),
        new("Maximum2DDiameterColumn", null),
        new("Maximum2DDiameterRow", null),
        new("MajorAxisLength", "TDIC"),
        new("MinorAxisLength", "P9VJ"),
        new("LeastAxisLength", "7J51"),
        new("Elongation", "Q3CK"),
        new("Flatness", "N17B"),
    ];

    /// <inheritdoc/>
    public string Name => "shape";

    /// <inheritdoc/>
    public IReadOnlyList<FeatureInfo> Features => All;

    /// <inheritdoc/>
    /// <remarks>Shape features read the mask only.</remarks>
    public bool ReadsGreyLevels(IReadOnlyList<FeatureInfo> requested) => false;

    /// <inheritdoc/>
    public double[] Compute(FeatureInput input, IReadOnlyList<FeatureInfo> requested)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(requested);
        var values = new double[requested.Count];
        MeshMeasures? measured = MarchingCubes.Measure(input.ShapeMask);
        if (measured is null)
        {
            values.AsSpan().Fill(double.NaN);
            return values;
        }

        var spacing = input.ShapeMask.Geometry.Spacing;
        MeshMeasures m = measured;
        for (int i = 0; i < requested.Count; i++)
        {
            values[i] = requested[i].Name switch
            {
                "MeshVolume" => MeshVolume(m),
                "VoxelVolume" => VoxelVolume(m.VoxelCount, spacing.X, spacing.Y, spacing.Z),
                "SurfaceArea" => SurfaceArea(m),
                "SurfaceVolumeRatio" => SurfaceVolumeRatio(m.SurfaceArea, m.Volume),
                "Sphericity" => Sphericity(m.SurfaceArea, m.Volume),
                "Compactness1" => Compactness1(m.SurfaceArea, m.Volume),
                "Compactness2" => Compactness2(m.SurfaceArea, m.Volume),
                "SphericalDisproportion" => SphericalDisproportion(m.SurfaceArea, m.Volume),
                "Maximum3DDiameter" => Maximum3DDiameter(m),
                "Maximum2DDiameterSlice" => Maximum2DDiameterSlice(m),
                "Maximum2DDiameterColumn" => Maximum2DDiameterColumn(m),
                "Maximum2DDiameterRow" => Maximum2DDiameterRow(m),
                "MajorAxisLength" => AxisLength(m.Eigenvalues[2]),
                "MinorAxisLength" => AxisLength(m.Eigenvalues[1]),
                "LeastAxisLength" => AxisLength(m.Eigenvalues[0]),
                "Elongation" => Elongation(m.Eigenvalues[1], m.Eigenvalues[2]),
                "Flatness" => Flatness(m.Eigenvalues[0], m.Eigenvalues[2]),
                _ => throw new ArgumentException($"'{requested[i].Name}' is not a feature of the shape family.", nameof(requested)),
            };
        }

        return values;
    }

    /// <summary>
    /// Mesh volume V = Σ_f a_f·(b_f × c_f) / 6 over the mesh faces, signed by orientation (IBSI RNU0 "volume";
    /// PyRadiomics MeshVolume). The mesh is PyRadiomics' marching cubes over the ROI padded by one voxel.
    /// </summary>
    public static double MeshVolume(MeshMeasures measures) => measures.Volume;

    /// <summary>
    /// Voxel volume N_v · (Δz·Δx·Δy) (IBSI YEKZ "approximate volume"; PyRadiomics VoxelVolume); does not use the mesh.
    /// The product is taken in PyRadiomics' order.
    /// </summary>
    public static double VoxelVolume(long voxelCount, double spacingX, double spacingY, double spacingZ) =>
        voxelCount * (spacingZ * spacingX * spacingY);

    /// <summary>Surface area A = Σ_f ½|(a_f − c_f) × (b_f − c_f)| over the mesh faces (IBSI C0JK; PyRadiomics SurfaceArea).</summary>
    public static double SurfaceArea(MeshMeasures measures) => measures.SurfaceArea;

    /// <summary>Surface to volume ratio A / V (IBSI 2PR5; PyRadiomics SurfaceVolumeRatio), in mm⁻¹.</summary>
    public static double SurfaceVolumeRatio(double area, double volume) => area / volume;

    /// <summary>Sphericity (36πV²)^(1/3) / A (IBSI QCFX; PyRadiomics Sphericity); 1 for a sphere.</summary>
    public static double Sphericity(double area, double volume) => Math.Pow(36 * Math.PI * volume * volume, 1.0 / 3.0) / area;

    /// <summary>Compactness 1 V / (√π · A^(3/2)) (IBSI SKGS; PyRadiomics Compactness1, deprecated: only on request).</summary>
    public static double Compactness1(double area, double volume) => volume / (Math.Pow(area, 3.0 / 2.0) * Math.Sqrt(Math.PI));

    /// <summary>Compactness 2 36π V² / A³ (IBSI BQWJ; PyRadiomics Compactness2, deprecated: only on request).</summary>
    public static double Compactness2(double area, double volume) => 36.0 * Math.PI * (volume * volume) / (area * area * area);

    /// <summary>
    /// Spherical disproportion A / (36πV²)^(1/3) (IBSI KRCK; PyRadiomics SphericalDisproportion, deprecated: only on request).
    /// </summary>
    public static double SphericalDisproportion(double area, double volume) => area / Math.Pow(36 * Math.PI * volume * volume, 1.0 / 3.0);

    /// <summary>
    /// Maximum 3D diameter: the largest distance between two mesh vertices (IBSI L0JK; PyRadiomics Maximum3DDiameter,
    /// Feret diameter). Found over the vertices of per-plane lattice hulls, equal to the brute force; one spacing for a
    /// single voxel (the octahedron's opposite vertices).
    /// </summary>
    public static double Maximum3DDiameter(MeshMeasures measures) => measures.Maximum3DDiameter;

    /// <summary>
    /// Largest distance between mesh vertices sharing a z (numpy axis 0) coordinate, the row–column (usually axial)
    /// plane (PyRadiomics Maximum2DDiameterSlice; no IBSI equivalent).
    /// </summary>
    public static double Maximum2DDiameterSlice(MeshMeasures measures) => measures.Maximum2DDiameterSlice;

    /// <summary>
    /// Largest distance between mesh vertices sharing a y coordinate, the row–slice (usually coronal) plane
    /// (PyRadiomics Maximum2DDiameterColumn; no IBSI equivalent).
    /// </summary>
    public static double Maximum2DDiameterColumn(MeshMeasures measures) => measures.Maximum2DDiameterColumn;

    /// <summary>
    /// Largest distance between mesh vertices sharing an x coordinate, the column–slice (usually sagittal) plane
    /// (PyRadiomics Maximum2DDiameterRow; no IBSI equivalent).
    /// </summary>
    public static double Maximum2DDiameterRow(MeshMeasures measures) => measures.Maximum2DDiameterRow;

    /// <summary>
    /// Axis length 4√λ of a PCA eigenvalue: MajorAxisLength (λ_major, IBSI TDIC), MinorAxisLength (λ_minor, IBSI P9VJ),
    /// LeastAxisLength (λ_least, IBSI 7J51). NaN for a negative eigenvalue (PyRadiomics; values in (−1e-10, 0) were set to 0).
    /// PyRadiomics' covariance uses the normaliser N where IBSI's uses N − 1, hence the small known deviation from IBSI.
    /// </summary>
    public static double AxisLength(double eigenvalue) => eigenvalue < 0 ? double.NaN : Math.Sqrt(eigenvalue) * 4;

    /// <summary>
    /// Elongation √(λ_minor / λ_major) (IBSI Q3CK; PyRadiomics Elongation); 1 for a circular cross-section, NaN when an
    /// eigenvalue is negative (and when λ_major is 0, a single voxel).
    /// </summary>
    public static double Elongation(double minor, double major) => minor < 0 || major < 0 ? double.NaN : Math.Sqrt(minor / major);

    /// <summary>
    /// Flatness √(λ_least / λ_major) (IBSI N17B; PyRadiomics Flatness); 0 for a single-slice ROI, NaN when an
    /// eigenvalue is negative (and when λ_major is 0).
    /// </summary>
    public static double Flatness(double least, double major) => least < 0 || major < 0 ? double.NaN : Math.Sqrt(least / major);
}
