using Radiomics.Features.Ibsi;
using Radiomics.Imaging;

namespace Radiomics.Tests.Features.Ibsi;

/// <summary>
/// <see cref="EnclosingShapes"/> on shapes whose minimum box and minimum-volume enclosing ellipsoid are known in closed
/// form (IBSI publishes no reference values for the OMBB and MVEE densities).
/// </summary>
public class EnclosingShapesTests
{
    private static readonly Vector3D Shift = new(12.5, -40, 7.25);

    // The 12 triangles of a cuboid whose corner k has bits (x, y, z) = (k & 1, k >> 1 & 1, k >> 2 & 1).
    private static readonly int[] CuboidTriangles =
    [
        0, 2, 1, 1, 2, 3, 4, 5, 6, 5, 7, 6, 0, 1, 4, 1, 5, 4, 2, 6, 3, 3, 6, 7, 0, 4, 2, 2, 4, 6, 1, 3, 5, 3, 7, 5,
    ];

    [Theory]
    [InlineData(0.3, 0.7, -1.1)]
    [InlineData(1.2, -0.4, 0.25)]
    [InlineData(0, 0, 0)]
    public void OrientedMinimumBox_OfARotatedCuboid_IsTheCuboid(double alpha, double beta, double gamma)
    {
        Vector3D[] corners = Cuboid(7, 3, 2, alpha, beta, gamma);
        double[] box = EnclosingShapes.OrientedMinimumBox(corners, CuboidTriangles);
        Assert.Equal([2, 3, 7], box.Order().ToArray(), (a, b) => Math.Abs(a - b) < 1e-9);
    }

    [Theory]
    [InlineData(0.3, 0.7, -1.1)]
    [InlineData(2.1, 0.1, 0.9)]
    public void OrientedMinimumBox_OfARegularTetrahedron_IsItsCube_NotTheFaceFlushBox(double alpha, double beta, double gamma)
    {
        // The tetrahedron (1,1,1), (1,−1,−1), (−1,1,−1), (−1,−1,1) (edge 2√2) has the cube [−1, 1]³ as its minimum box
        // (each edge a face diagonal, no face flush): volume 8. A box flush with a face is 2√2 · √6 · (4/√3) … = 16.
        Vector3D[] vertices = [.. new[] { new Vector3D(1, 1, 1), new Vector3D(1, -1, -1), new Vector3D(-1, 1, -1), new Vector3D(-1, -1, 1) }
            .Select(v => Rotate(v, alpha, beta, gamma) + Shift)];
        double[] box = EnclosingShapes.OrientedMinimumBox(vertices, [0, 1, 2, 0, 3, 1, 0, 2, 3, 1, 3, 2]);
        Assert.Equal(8, box[0] * box[1] * box[2], 1e-6);
        Assert.All(box, side => Assert.Equal(2, side, 1e-4));
    }

    [Fact]
    public void MinimumVolumeEllipsoid_OfARotatedCuboid_HasSemiAxesRoot3TimesItsHalfSides()
    {
        // By affine invariance the cube's minimum ellipsoid is its circumscribed sphere (radius √3 × half side), so a
        // cuboid's has semi-axes √3 (a, b, c).
        double[] axes = EnclosingShapes.MinimumVolumeEllipsoid(Cuboid(7, 3, 2, 0.4, -0.9, 1.3));
        double[] expected = [Math.Sqrt(3) * 3.5, Math.Sqrt(3) * 1.5, Math.Sqrt(3) * 1];
        Assert.Equal(expected, axes, (a, b) => Math.Abs(a - b) <= 1e-6 * b);
    }

    [Fact]
    public void MinimumVolumeEllipsoid_OfPointsOnAnEllipsoid_IsThatEllipsoid()
    {
        // The six axis ends (an affine image of the regular octahedron, whose minimum ellipsoid is its circumsphere)
        // fix the ellipsoid; more points on its surface leave it unchanged.
        (double a, double b, double c) = (9, 5, 2.5);
        var points = new List<Vector3D>
        {
            new(a, 0, 0), new(-a, 0, 0), new(0, b, 0), new(0, -b, 0), new(0, 0, c), new(0, 0, -c),
        };
        var random = new Random(7);
        for (int i = 0; i < 200; i++)
        {
            double theta = Math.Acos(2 * random.NextDouble() - 1), phi = 2 * Math.PI * random.NextDouble();
            points.Add(new Vector3D(a * Math.Sin(theta) * Math.Cos(phi), b * Math.Sin(theta) * Math.Sin(phi), c * Math.Cos(theta)));
        }

        double[] axes = EnclosingShapes.MinimumVolumeEllipsoid([.. points.Select(p => Rotate(p, -0.6, 0.8, 2.0) + Shift)]);
        Assert.Equal([a, b, c], axes, (x, y) => Math.Abs(x - y) <= 1e-6 * y);
    }

    [Fact]
    public void MinimumVolumeEllipsoid_OfCoplanarPoints_IsNaN()
    {
        Vector3D[] square = [new(0, 0, 0), new(1, 0, 0), new(0, 1, 0), new(1, 1, 0), new(0.5, 0.5, 0)];
        Assert.All(EnclosingShapes.MinimumVolumeEllipsoid(square), v => Assert.True(double.IsNaN(v)));
    }

    private static Vector3D[] Cuboid(double sx, double sy, double sz, double alpha, double beta, double gamma) =>
        [.. Enumerable.Range(0, 8).Select(k => Rotate(new Vector3D(((k & 1) - 0.5) * sx, ((k >> 1 & 1) - 0.5) * sy, ((k >> 2 & 1) - 0.5) * sz), alpha, beta, gamma) + Shift)];

    /// <summary>R_z(α) R_y(β) R_x(γ) p.</summary>
    private static Vector3D Rotate(Vector3D p, double alpha, double beta, double gamma)
    {
        double y1 = p.Y * Math.Cos(gamma) - p.Z * Math.Sin(gamma), z1 = p.Y * Math.Sin(gamma) + p.Z * Math.Cos(gamma);
        double x2 = p.X * Math.Cos(beta) + z1 * Math.Sin(beta), z2 = -p.X * Math.Sin(beta) + z1 * Math.Cos(beta);
        return new Vector3D(x2 * Math.Cos(alpha) - y1 * Math.Sin(alpha), x2 * Math.Sin(alpha) + y1 * Math.Cos(alpha), z2);
    }
}
