using Radiomics.Features.Shape;
using Radiomics.Imaging;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Features.Shape;

public class SurfaceMeshTests
{
    private static Volume<byte> Ellipsoid() => ShapeInputs.Mask(new Size3(25, 17, 11), new Vector3D(0.8, 1.3, 2.1), (x, y, z) =>
        Math.Pow((x - 12) * 0.8 / 9.0, 2) + Math.Pow((y - 8) * 1.3 / 10.0, 2) + Math.Pow((z - 5) * 2.1 / 10.5, 2) <= 1);

    [Fact]
    public void Mesh_OfSmoothRoi_IsClosedAndMatchesTheFeatureMeasures()
    {
        Volume<byte> mask = Ellipsoid();
        var moved = mask.WithGeometry(mask.Geometry with
        {
            Origin = new Vector3D(-50, 20, 7),
            Direction = Direction3.FromColumns(new Vector3D(0, 1, 0), new Vector3D(0, 0, -1), new Vector3D(-1, 0, 0)),
        });
        MeshMeasures measures = MarchingCubes.Measure(mask)!;
        foreach (Volume<byte> m in new[] { mask, moved })
        {
            SurfaceMesh mesh = SurfaceMesh.Build(m);
            Assert.Equal(measures.Volume, mesh.Volume(), measures.Volume * 1e-12);
            Assert.Equal(measures.SurfaceArea, mesh.SurfaceArea(), measures.SurfaceArea * 1e-12);

            // Closed and consistently oriented: every directed edge appears once, and its reverse once.
            var edges = new HashSet<(int, int)>();
            for (int t = 0; t < mesh.Triangles.Count; t += 3)
            {
                for (int k = 0; k < 3; k++)
                {
                    Assert.True(edges.Add((mesh.Triangles[t + k], mesh.Triangles[t + (k + 1) % 3])));
                }
            }

            Assert.All(edges, e => Assert.Contains((e.Item2, e.Item1), edges));
        }
    }

    [Fact]
    public void ConvexHull_OfABox_IsTheMeshItself()
    {
        // The marching-cubes mesh of a box of voxels is convex (a box with chamfered edges): hull = mesh.
        Volume<byte> box = ShapeInputs.Mask(new Size3(6, 4, 3), new Vector3D(0.5, 1.5, 2), (_, _, _) => true);
        SurfaceMesh mesh = SurfaceMesh.Build(box);
        SurfaceMesh hull = mesh.ConvexHull();
        Assert.Equal(mesh.Volume(), hull.Volume(), 1e-9);
        Assert.Equal(mesh.SurfaceArea(), hull.SurfaceArea(), 1e-9);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ConvexHull_ContainsEveryVertex_AndSpansTheMaximumDiameter(int seed)
    {
        var random = new Random(seed);
        Volume<byte> mask = ShapeInputs.Mask(new Size3(9, 8, 6), new Vector3D(0.9, 1.1, 2.4), (_, _, _) => random.NextDouble() < 0.3);
        SurfaceMesh mesh = SurfaceMesh.Build(mask);
        SurfaceMesh hull = mesh.ConvexHull();
        IReadOnlyList<int> l = mesh.LatticeVertices, h = hull.LatticeVertices;
        for (int t = 0; t < hull.Triangles.Count; t += 3)
        {
            int a = 3 * hull.Triangles[t], b = 3 * hull.Triangles[t + 1], c = 3 * hull.Triangles[t + 2];
            long bx = h[b] - h[a], by = h[b + 1] - h[a + 1], bz = h[b + 2] - h[a + 2];
            long cx = h[c] - h[a], cy = h[c + 1] - h[a + 1], cz = h[c + 2] - h[a + 2];
            long nx = by * cz - bz * cy, ny = bz * cx - bx * cz, nz = bx * cy - by * cx;
            for (int v = 0; v < l.Count; v += 3)
            {
                Assert.True(nx * (l[v] - h[a]) + ny * (l[v + 1] - h[a + 1]) + nz * (l[v + 2] - h[a + 2]) <= 0);
            }
        }

        double widest = 0;
        for (int i = 0; i < hull.Vertices.Count; i++)
        {
            for (int j = i + 1; j < hull.Vertices.Count; j++)
            {
                widest = Math.Max(widest, (hull.Vertices[i] - hull.Vertices[j]).Length);
            }
        }

        double expected = MarchingCubes.Measure(mask)!.Maximum3DDiameter;
        Assert.Equal(expected, widest, expected * 1e-12);
        Assert.True(hull.Volume() >= mesh.Volume());
    }

    [Fact]
    public void ConvexHullDensities_MatchIbsiDigitalPhantom()
    {
        // IBSI morph_vol_dens_conv_hull = V_mesh / V_hull and morph_area_dens_conv_hull = A_mesh / A_hull.
        IReadOnlyList<ReferenceRow> table = ReferenceTable.Read(TestData.Require("ibsi1/reference_values/digital_phantom.csv"));
        var input = ShapeInputs.FromFiles(TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask);
        SurfaceMesh mesh = SurfaceMesh.Build(input.ShapeMask);
        SurfaceMesh hull = mesh.ConvexHull();
        double volumeDensity = mesh.Volume() / hull.Volume(), areaDensity = mesh.SurfaceArea() / hull.SurfaceArea();
        Assert.True(Assert.Single(table, r => r.Tag == "morph_vol_dens_conv_hull").Accepts(volumeDensity), $"{volumeDensity}");
        Assert.True(Assert.Single(table, r => r.Tag == "morph_area_dens_conv_hull").Accepts(areaDensity), $"{areaDensity}");
    }
}
