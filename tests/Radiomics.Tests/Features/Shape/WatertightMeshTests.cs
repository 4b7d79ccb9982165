using Radiomics.Features.Shape;
using Radiomics.Imaging;

namespace Radiomics.Tests.Features.Shape;

/// <summary>
/// The IBSI profile's marching-cubes mesh (<see cref="WatertightCubeTable"/>) is closed for any mask, including the
/// ambiguous faces where PyRadiomics' half table leaves cracks.
/// </summary>
public class WatertightMeshTests
{
    [Fact]
    public void Table_EveryConfiguration_PutsTheRulesContourOnEveryFace()
    {
        // Two cubes sharing a face see the same four corners, so equal face contours make the surfaces meet.
        int[][] faces = WatertightCubeTable.Faces();
        for (int configuration = 0; configuration < 256; configuration++)
        {
            int[] triangles = WatertightCubeTable.Triangles(configuration);
            foreach (int[] face in faces)
            {
                Assert.Equal(WatertightCubeTable.ExpectedFaceSegments(configuration, face), WatertightCubeTable.FaceSegments(triangles, face));
            }
        }
    }

    [Fact]
    public void Table_ComplementedAmbiguousFace_DiffersFromPyRadiomicsLookup()
    {
        // Corners 0 and 2 outside, every other corner inside: the bottom face (0, 1, 2, 3) is ambiguous. PyRadiomics
        // looks this cube up by its complement (corners 0 and 2 inside), whose contour cuts corners 0 and 2 off, i.e.
        // joins the inside corners 1 and 3; the rule cuts the inside corners 1 and 3 off instead.
        int configuration = 0xFF & ~(1 << 0) & ~(1 << 2);
        int[] bottom = WatertightCubeTable.Faces().Single(f => f.Order().SequenceEqual([0, 1, 2, 3]));
        Assert.Equal([(0, 1), (2, 3)], WatertightCubeTable.FaceSegments(WatertightCubeTable.Triangles(configuration), bottom));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Mesh_OfRandomMask_IsClosedAndItsVolumeIgnoresTheOrigin(int seed)
    {
        // Independent coin flips give ambiguous faces in every orientation and complement.
        var random = new Random(seed);
        var geometry = new ImageGeometry(new Size3(9, 8, 7), new Vector3D(0.9, 1.1, 2.5), Vector3D.Zero, Direction3.Identity);
        var mask = new Volume<byte>(geometry);
        Span<byte> voxels = mask.Voxels;
        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] = (byte)(random.NextDouble() < 0.5 ? 1 : 0);
        }

        SurfaceMesh mesh = SurfaceMesh.Build(mask);
        AssertClosed(mesh);
        SurfaceMesh moved = SurfaceMesh.Build(mask.WithGeometry(geometry with { Origin = new Vector3D(-130, 75, 410) }));
        Assert.Equal(mesh.Volume(), moved.Volume(), mesh.Volume() * 1e-9);
        Assert.Equal(mesh.SurfaceArea(), moved.SurfaceArea(), mesh.SurfaceArea() * 1e-12);
    }

    [Fact]
    public void Mesh_OfTwoVoxelsSharingAnEdge_IsTwoOctahedra()
    {
        // A lone voxel's mesh is the octahedron with vertices at the six face centres ±½: volume 4/3·(½)³ = 1/6, area
        // 8 · (√3/4)(√2/2)² = √3. Two voxels touching along an edge meet only at ambiguous faces, which the rule keeps
        // apart: twice both.
        var geometry = new ImageGeometry(new Size3(2, 2, 1), Vector3D.One, Vector3D.Zero, Direction3.Identity);
        var mask = new Volume<byte>(geometry, [1, 0, 0, 1]);
        SurfaceMesh mesh = SurfaceMesh.Build(mask);
        AssertClosed(mesh);
        Assert.Equal(1.0 / 3, mesh.Volume(), 1e-14);
        Assert.Equal(2 * Math.Sqrt(3), mesh.SurfaceArea(), 1e-13);
    }

    private static void AssertClosed(SurfaceMesh mesh)
    {
        // Every directed edge appears once and its reverse once.
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
