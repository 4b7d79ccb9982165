using Radiomics.Features.Shape;
using Radiomics.Imaging;

namespace Radiomics.Features.Ibsi;

/// <summary>
/// The quantities behind <see cref="MorphologyFamily"/>, computed once: the marching-cubes mesh volume and area,
/// the voxel-counting volume, the PCA eigenvalues of the morphological mask's voxel centres (physical mm, sample
/// covariance with the N − 1 normaliser, as IBSI's reference values imply — PyRadiomics divides by N, which makes
/// its axis lengths √((N−1)/N) of IBSI's, 0.7 % short on the 74-voxel digital phantom; λ_major ≥ λ_minor ≥ λ_least), the axis-aligned box and convex hull of the mesh, the
/// centre-of-mass shift, the intensity mean, and Moran's I / Geary's C (<see cref="SpatialAutocorrelation"/>).
/// </summary>
public sealed record MorphologyMeasures
{
    /// <summary>The mesh volume (mm³, IBSI RNU0).</summary>
    public double Volume { get; init; }
    /// <summary>The voxel-counting volume (mm³, IBSI YEKZ).</summary>
    public double VoxelVolume { get; init; }
    /// <summary>The mesh surface area (mm², IBSI C0JK).</summary>
    public double Area { get; init; }
    /// <summary>The distance (mm) between the morphological mask's centre and the intensity-weighted centre of the intensity mask (IBSI KLMA).</summary>
    public double CentreOfMassShift { get; init; }
    /// <summary>The largest distance between two mesh vertices (mm, IBSI L0JK).</summary>
    public double MaximumDiameter { get; init; }
    /// <summary>λ_major, the largest eigenvalue of the voxel centres' covariance (mm²).</summary>
    public double EigenMajor { get; init; }
    /// <summary>λ_minor, the middle eigenvalue (mm²).</summary>
    public double EigenMinor { get; init; }
    /// <summary>λ_least, the smallest eigenvalue (mm²).</summary>
    public double EigenLeast { get; init; }
    /// <summary>The volume of the mesh's axis-aligned bounding box (mm³).</summary>
    public double BoxVolume { get; init; }
    /// <summary>The surface area of the mesh's axis-aligned bounding box (mm²).</summary>
    public double BoxArea { get; init; }
    /// <summary>The volume of the mesh's convex hull (mm³).</summary>
    public double HullVolume { get; init; }
    /// <summary>The surface area of the mesh's convex hull (mm²).</summary>
    public double HullArea { get; init; }
    /// <summary>The mean intensity over the intensity mask (for the integrated intensity, IBSI 99N0).</summary>
    public double MeanIntensity { get; init; }
    /// <summary>Oriented minimum bounding box edge lengths (<see cref="EnclosingShapes.OrientedMinimumBox(SurfaceMesh)"/>).</summary>
    public double[] OrientedBox { get; init; } = [double.NaN, double.NaN, double.NaN];

    /// <summary>Minimum-volume enclosing ellipsoid semi-axes, descending (<see cref="EnclosingShapes.MinimumVolumeEllipsoid"/>).</summary>
    public double[] EnclosingEllipsoid { get; init; } = [double.NaN, double.NaN, double.NaN];

    /// <summary>Moran's I index (IBSI N365), or NaN when not computed.</summary>
    public double MoranI { get; init; } = double.NaN;
    /// <summary>Geary's C measure (IBSI NPT7), or NaN when not computed.</summary>
    public double GearyC { get; init; } = double.NaN;

    /// <summary>Semi-axes of the approximate enclosing ellipsoid (IBSI "AEE"): 2√λ.</summary>
    public double SemiAxisA => 2 * Math.Sqrt(EigenMajor);
    /// <summary>The second semi-axis, 2√λ_minor.</summary>
    public double SemiAxisB => 2 * Math.Sqrt(EigenMinor);
    /// <summary>The third semi-axis, 2√λ_least.</summary>
    public double SemiAxisC => 2 * Math.Sqrt(EigenLeast);

    /// <summary>The measures of <paramref name="input"/>'s morphological mask (and its intensities, on the intensity mask).</summary>
    /// <param name="input">The ROI and image.</param>
    /// <param name="autocorrelation">Compute Moran's I and Geary's C (quadratic in the voxel count).</param>
    /// <param name="enclosingShapes">Compute the oriented minimum bounding box and the minimum-volume enclosing ellipsoid.</param>
    public static MorphologyMeasures Compute(FeatureInput input, bool autocorrelation, bool enclosingShapes = false)
    {
        Volume<byte> morph = input.ShapeMask;
        ImageGeometry geometry = morph.Geometry;
        SurfaceMesh mesh = SurfaceMesh.Build(morph);
        SurfaceMesh hull = mesh.ConvexHull();
        (Vector3D[] morphPoints, _) = Points(morph, null);
        (Vector3D[] intensityPoints, double[] intensities) = Points(input.Mask, input.Image);

        double[] eigen = PrincipalAxes.Eigenvalues3(Covariance(morphPoints));
        (double boxVolume, double boxArea) = BoundingBoxOf(mesh.Vertices);
        double mean = intensities.Average();
        var measures = new MorphologyMeasures
        {
            Volume = mesh.Volume(),
            VoxelVolume = morphPoints.Length * geometry.VoxelVolume,
            Area = mesh.SurfaceArea(),
            CentreOfMassShift = (Centre(morphPoints, null) - Centre(intensityPoints, intensities)).Length,
            MaximumDiameter = MaximumDistance(hull.Vertices),
            EigenLeast = eigen[0],
            EigenMinor = eigen[1],
            EigenMajor = eigen[2],
            BoxVolume = boxVolume,
            BoxArea = boxArea,
            HullVolume = hull.Volume(),
            HullArea = hull.SurfaceArea(),
            MeanIntensity = mean,
        };

        if (enclosingShapes)
        {
            measures = measures with
            {
                OrientedBox = EnclosingShapes.OrientedMinimumBox(hull),
                EnclosingEllipsoid = EnclosingShapes.MinimumVolumeEllipsoid(hull.Vertices),
            };
        }

        if (!autocorrelation)
        {
            return measures;
        }

        (double moran, double geary) = SpatialAutocorrelation.Compute(input.Image, input.Mask);
        return measures with { MoranI = moran, GearyC = geary };
    }

    /// <summary>
    /// Surface area of an ellipsoid with semi-axes a ≥ b ≥ c (IBSI's Legendre series, 20 terms):
    /// 4π a b Σ_ν (αβ)^ν P_ν((α² + β²)/(2αβ)) / (1 − 4ν²), α = √(1 − b²/a²), β = √(1 − c²/a²). The products
    /// Q_ν = (αβ)^ν P_ν are built by the Legendre recurrence scaled by αβ, which stays finite for a sphere.
    /// </summary>
    public static double EllipsoidArea(double a, double b, double c)
    {
        double alpha = Math.Sqrt(1 - b * b / (a * a)), beta = Math.Sqrt(1 - c * c / (a * a));
        double s = 0.5 * (alpha * alpha + beta * beta), ab2 = alpha * alpha * beta * beta;
        double previous = 1, current = s, sum = 1 - s / 3;
        for (int nu = 1; nu < 20; nu++)
        {
            double next = ((2 * nu + 1) * s * current - nu * ab2 * previous) / (nu + 1);
            previous = current;
            current = next;
            sum += current / (1 - 4.0 * (nu + 1) * (nu + 1));
        }

        return 4 * Math.PI * a * b * sum;
    }

    private static (Vector3D[] Points, double[] Values) Points(Volume<byte> mask, Volume<double>? image)
    {
        var points = new List<Vector3D>();
        var values = new List<double>();
        Size3 size = mask.Size;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    if (mask[x, y, z] != 0)
                    {
                        points.Add(mask.Geometry.IndexToPhysical(x, y, z));
                        values.Add(image is null ? 1 : image[x, y, z]);
                    }
                }
            }
        }

        return (points.ToArray(), values.ToArray());
    }

    private static Vector3D Centre(Vector3D[] points, double[]? weights)
    {
        double sx = 0, sy = 0, sz = 0, total = 0;
        for (int i = 0; i < points.Length; i++)
        {
            double w = weights?[i] ?? 1;
            sx += w * points[i].X;
            sy += w * points[i].Y;
            sz += w * points[i].Z;
            total += w;
        }

        return new Vector3D(sx / total, sy / total, sz / total);
    }

    private static double[] Covariance(Vector3D[] points)
    {
        Vector3D c = Centre(points, null);
        var m = new double[9];
        foreach (Vector3D p in points)
        {
            double dx = p.X - c.X, dy = p.Y - c.Y, dz = p.Z - c.Z;
            m[0] += dx * dx; m[1] += dx * dy; m[2] += dx * dz;
            m[4] += dy * dy; m[5] += dy * dz; m[8] += dz * dz;
        }

        m[3] = m[1]; m[6] = m[2]; m[7] = m[5];
        for (int i = 0; i < 9; i++)
        {
            m[i] /= points.Length - 1;
        }

        return m;
    }

    private static (double Volume, double Area) BoundingBoxOf(IReadOnlyList<Vector3D> vertices)
    {
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity, minZ = double.PositiveInfinity;
        double maxX = double.NegativeInfinity, maxY = double.NegativeInfinity, maxZ = double.NegativeInfinity;
        foreach (Vector3D v in vertices)
        {
            minX = Math.Min(minX, v.X); maxX = Math.Max(maxX, v.X);
            minY = Math.Min(minY, v.Y); maxY = Math.Max(maxY, v.Y);
            minZ = Math.Min(minZ, v.Z); maxZ = Math.Max(maxZ, v.Z);
        }

        double a = maxX - minX, b = maxY - minY, c = maxZ - minZ;
        return (a * b * c, 2 * (a * b + b * c + a * c));
    }

    private static double MaximumDistance(IReadOnlyList<Vector3D> vertices)
    {
        double best = 0;
        for (int i = 0; i < vertices.Count; i++)
        {
            for (int j = i + 1; j < vertices.Count; j++)
            {
                best = Math.Max(best, (vertices[i] - vertices[j]).Length);
            }
        }

        return best;
    }
}
