namespace Radiomics.Features.Shape2D;

/// <summary>
/// PyRadiomics' <c>shape2D</c> family: shape of a single-slice ROI from PyRadiomics' marching squares
/// (<see cref="MarchingSquares"/>) and the PCA of the physical pixel-centre coordinates. A is the mesh surface (mm²),
/// P the perimeter (mm), λ_major ≥ λ_minor the covariance eigenvalues (normaliser N). As PyRadiomics, it requires
/// <c>force2D</c> and an ROI one slice thick along <c>force2Ddimension</c>, and throws otherwise. IBSI defines no 2D
/// morphology, so no feature has an IBSI identifier. Uses <see cref="FeatureInput.ShapeMask"/>.
/// </summary>
public sealed class Shape2DFamily : IFeatureFamily
{
    private static readonly FeatureInfo[] All =
    [
        new("MeshSurface", null),
        new("PixelSurface", null),
        new("Perimeter", null),
        new("PerimeterSurfaceRatio", null),
        new("Sphericity", null),
        new("SphericalDisproportion", null, OnlyWhenRequested: true),
        new("MaximumDiameter", null),
        new("MajorAxisLength", null),
        new("MinorAxisLength", null),
        new("Elongation", null),
    ];

    /// <inheritdoc/>
    public string Name => "shape2D";

    /// <inheritdoc/>
    public IReadOnlyList<FeatureInfo> Features => All;

    /// <summary>The message when shape2D is asked for without force2D (checked before extraction, and here again).</summary>
    public const string NeedsForce2D =
        "featureClass 'shape2D' needs setting 'force2D: true' (PyRadiomics computes 2D shape only then, on a ROI one slice thick along force2Ddimension); add it or remove shape2D";

    /// <inheritdoc/>
    /// <remarks>Shape features read the mask only.</remarks>
    public bool ReadsGreyLevels(IReadOnlyList<FeatureInfo> requested) => false;

    /// <exception cref="Configuration.ParameterException">force2D is off (PyRadiomics' ValueError).</exception>
    /// <exception cref="ExtractionException">The ROI spans more than one slice along force2Ddimension (PyRadiomics' ValueError).</exception>
    public double[] Compute(FeatureInput input, IReadOnlyList<FeatureInfo> requested)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(requested);
        if (!input.Settings.Features.Force2D)
        {
            throw new Configuration.ParameterException(NeedsForce2D);
        }

        var values = new double[requested.Count];
        PlanarMeasures? measured = MarchingSquares.Measure(input.ShapeMask, input.Settings.Features.Force2DDimension);
        if (measured is null)
        {
            values.AsSpan().Fill(double.NaN);
            return values;
        }

        PlanarMeasures m = measured;
        for (int i = 0; i < requested.Count; i++)
        {
            values[i] = requested[i].Name switch
            {
                "MeshSurface" => MeshSurface(m),
                "PixelSurface" => PixelSurface(m.PixelCount, m.RowSpacing, m.ColumnSpacing),
                "Perimeter" => Perimeter(m),
                "PerimeterSurfaceRatio" => PerimeterSurfaceRatio(m.Perimeter, m.Surface),
                "Sphericity" => Sphericity(m.Perimeter, m.Surface),
                "SphericalDisproportion" => SphericalDisproportion(m.Perimeter, m.Surface),
                "MaximumDiameter" => MaximumDiameter(m),
                "MajorAxisLength" => AxisLength(m.Eigenvalues[1]),
                "MinorAxisLength" => AxisLength(m.Eigenvalues[0]),
                "Elongation" => Elongation(m.Eigenvalues[0], m.Eigenvalues[1]),
                _ => throw new ArgumentException($"'{requested[i].Name}' is not a feature of the shape2D family.", nameof(requested)),
            };
        }

        return values;
    }

    /// <summary>Mesh surface A = ½ Σ_i Oa_i × Ob_i over the perimeter lines (signed; PyRadiomics MeshSurface).</summary>
    public static double MeshSurface(PlanarMeasures measures) => measures.Surface;

    /// <summary>Pixel surface N_p · (Δx·Δy) (PyRadiomics PixelSurface); does not use the mesh.</summary>
    public static double PixelSurface(long pixelCount, double rowSpacing, double columnSpacing) => pixelCount * (columnSpacing * rowSpacing);

    /// <summary>Perimeter P = Σ_i |a_i − b_i| over the marching-squares lines (PyRadiomics Perimeter).</summary>
    public static double Perimeter(PlanarMeasures measures) => measures.Perimeter;

    /// <summary>Perimeter to surface ratio P / A (PyRadiomics PerimeterSurfaceRatio), in mm⁻¹.</summary>
    public static double PerimeterSurfaceRatio(double perimeter, double surface) => perimeter / surface;

    /// <summary>Sphericity 2√(πA) / P (PyRadiomics Sphericity); 1 for a circle.</summary>
    public static double Sphericity(double perimeter, double surface) => 2 * Math.Sqrt(Math.PI * surface) / perimeter;

    /// <summary>Spherical disproportion P / (2√(πA)), the inverse of sphericity (PyRadiomics, deprecated: only on request).</summary>
    public static double SphericalDisproportion(double perimeter, double surface) => 1.0 / Sphericity(perimeter, surface);

    /// <summary>
    /// Maximum diameter: the largest distance between two marching-squares vertices (PyRadiomics MaximumDiameter);
    /// via the lattice hull and rotating calipers, equal to the brute force.
    /// </summary>
    public static double MaximumDiameter(PlanarMeasures measures) => measures.MaximumDiameter;

    /// <summary>Axis length 4√λ: MajorAxisLength (λ_major), MinorAxisLength (λ_minor); NaN for a negative eigenvalue.</summary>
    public static double AxisLength(double eigenvalue) => eigenvalue < 0 ? double.NaN : Math.Sqrt(eigenvalue) * 4;

    /// <summary>Elongation √(λ_minor / λ_major) (PyRadiomics Elongation); NaN when an eigenvalue is negative.</summary>
    public static double Elongation(double minor, double major) => minor < 0 || major < 0 ? double.NaN : Math.Sqrt(minor / major);
}
