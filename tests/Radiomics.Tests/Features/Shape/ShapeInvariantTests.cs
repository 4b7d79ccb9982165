using Radiomics.Features.Shape;
using Radiomics.Imaging;

namespace Radiomics.Tests.Features.Shape;

public class ShapeInvariantTests
{
    private static Volume<byte> Ball(int radius, double radiusMm)
    {
        int n = 2 * radius + 3;
        double s = radiusMm / radius, c = (n - 1) / 2.0;
        return ShapeInputs.Mask(new Size3(n, n, n), new Vector3D(s, s, s),
            (x, y, z) => (x - c) * (x - c) + (y - c) * (y - c) + (z - c) * (z - c) <= radius * (double)radius);
    }

    private static Volume<byte> RandomBlob(Random random, Size3 size, Vector3D spacing, double fill)
    {
        // Random voxels plus a few random boxes, so shapes are lumpy, hollow in places and sometimes disconnected.
        var mask = ShapeInputs.Mask(size, spacing, (_, _, _) => random.NextDouble() < fill);
        for (int b = 0; b < 3; b++)
        {
            int x0 = random.Next(size.X), y0 = random.Next(size.Y), z0 = random.Next(size.Z);
            for (int z = z0; z < Math.Min(size.Z, z0 + random.Next(1, 5)); z++)
                for (int y = y0; y < Math.Min(size.Y, y0 + random.Next(1, 6)); y++)
                    for (int x = x0; x < Math.Min(size.X, x0 + random.Next(1, 7)); x++)
                        mask[x, y, z] = 1;
        }

        return mask;
    }

    [Fact]
    public void SingleVoxel_IsAnOctahedronOfHalfSpacings()
    {
        // Hand-computed: vertices at ±Δ/2 along each axis: volume ΔxΔyΔz/6; for unit spacing area 8·(√3/4)·(√2/2)² = √3.
        var mask = ShapeInputs.Mask(new Size3(1, 1, 1), new Vector3D(2, 3, 5), (_, _, _) => true);
        MeshMeasures m = MarchingCubes.Measure(mask)!;
        Assert.Equal(2.0 * 3 * 5 / 6, m.Volume, 12);
        MeshMeasures unit = MarchingCubes.Measure(ShapeInputs.Mask(new Size3(1, 1, 1), Vector3D.One, (_, _, _) => true))!;
        Assert.Equal(Math.Sqrt(3), unit.SurfaceArea, 12);
        Assert.Equal(1.0, unit.Maximum3DDiameter, 12);
        Assert.Equal(0.0, unit.Eigenvalues[2]);
    }

    [Fact]
    public void Sphere_MeshVolumeConvergesToBallVolume_AreaKeepsMarchingCubesBias()
    {
        const double radiusMm = 10;
        double ballVolume = 4.0 / 3.0 * Math.PI * Math.Pow(radiusMm, 3), ballArea = 4 * Math.PI * radiusMm * radiusMm;
        var volumeErrors = new List<double>();
        var areaErrors = new List<double>();
        foreach (int radius in new[] { 4, 8, 16, 32 })
        {
            MeshMeasures m = MarchingCubes.Measure(Ball(radius, radiusMm))!;
            volumeErrors.Add(Math.Abs(m.Volume / ballVolume - 1));
            areaErrors.Add(m.SurfaceArea / ballArea - 1);
            Assert.Equal(2 * radiusMm * (1 + 0.5 / radius), m.Maximum3DDiameter, 9); // extreme vertices half a voxel out
        }

        for (int level = 1; level < volumeErrors.Count; level++)
        {
            Assert.True(volumeErrors[level] < volumeErrors[level - 1], string.Join(", ", volumeErrors));
        }

        Assert.True(volumeErrors[^1] < 3e-3, $"volume error at the finest level {volumeErrors[^1]}");

        // Midpoint marching cubes on a binary mask has facet normals from a finite set, so its area does not converge
        // to 4πr²: it settles at a fixed overestimate (about 8–9 % for a sphere). Assert that known behaviour.
        Assert.InRange(areaErrors[^1], 0.06, 0.10);
        Assert.True(Math.Abs(areaErrors[^1] - areaErrors[^2]) < 0.015, string.Join(", ", areaErrors));
    }

    [Fact]
    public void OriginAndDirection_DoNotChangeShape()
    {
        var random = new Random(7);
        Volume<byte> mask = RandomBlob(random, new Size3(9, 7, 6), new Vector3D(0.7, 1.1, 2.5), 0.45);
        var family = new ShapeFamily();
        Dictionary<string, double> reference = ShapeInputs.Compute(family, mask);

        var shifted = mask.WithGeometry(mask.Geometry with { Origin = new Vector3D(-120.5, 33.25, 1000) });
        var rotated = mask.WithGeometry(mask.Geometry with { Direction = new Direction3(0, 0, 1, 1, 0, 0, 0, 1, 0) });
        foreach (Volume<byte> moved in new[] { shifted, rotated })
        {
            Dictionary<string, double> actual = ShapeInputs.Compute(family, moved);
            foreach ((string name, double value) in reference)
            {
                Assert.Equal(value, actual[name]);
            }
        }
    }

    [Fact]
    public void PermutingAxesWithSpacing_PermutesOnlyThe2DDiameters()
    {
        // A smooth ROI (an anisotropic ellipsoid on an anisotropic grid). Masks with ambiguous marching-cubes faces
        // (voxels touching only along a diagonal) are not invariant: PyRadiomics' half table resolves a configuration
        // and its complement alike, which leaves cracks whose effect depends on the axis order; we reproduce that.
        var spacing = new Vector3D(0.8, 1.3, 2.1);
        Volume<byte> mask = ShapeInputs.Mask(new Size3(25, 17, 11), spacing, (x, y, z) =>
            Math.Pow((x - 12) * 0.8 / 9.0, 2) + Math.Pow((y - 8) * 1.3 / 10.0, 2) + Math.Pow((z - 5) * 2.1 / 10.5, 2) <= 1);
        Size3 size = mask.Size;
        Vector3D s = mask.Geometry.Spacing;
        // Swap x and z: new (x, y, z) = old (z, y, x).
        Volume<byte> swapped = ShapeInputs.Mask(new Size3(size.Z, size.Y, size.X), new Vector3D(s.Z, s.Y, s.X), (x, y, z) => mask[z, y, x] != 0);
        var family = new ShapeFamily();
        Dictionary<string, double> a = ShapeInputs.Compute(family, mask), b = ShapeInputs.Compute(family, swapped);
        foreach (string name in a.Keys.Where(n => !n.StartsWith("Maximum2D", StringComparison.Ordinal)))
        {
            Assert.True(Math.Abs(a[name] - b[name]) <= 1e-10 * Math.Abs(a[name]), $"{name}: {a[name]} vs {b[name]}");
        }

        Assert.Equal(a["Maximum2DDiameterSlice"], b["Maximum2DDiameterRow"], 10);
        Assert.Equal(a["Maximum2DDiameterRow"], b["Maximum2DDiameterSlice"], 10);
        Assert.Equal(a["Maximum2DDiameterColumn"], b["Maximum2DDiameterColumn"], 10);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void HullDiameters_EqualBruteForceOverAllVertices(int seed)
    {
        var random = new Random(seed);
        var size = new Size3(random.Next(1, 12), random.Next(1, 12), random.Next(1, 9));
        var spacing = new Vector3D(0.5 + random.NextDouble(), 0.5 + random.NextDouble(), 0.5 + 3 * random.NextDouble());
        Volume<byte> mask = RandomBlob(random, size, spacing, random.NextDouble() * 0.6);
        if (BoundingBox.Of(mask) is null)
        {
            mask[0, 0, 0] = 1;
        }

        MeshMeasures fast = MarchingCubes.Measure(mask)!;
        var slow = BruteForceDiameters.Of(mask);
        Assert.Equal(slow.Slice, fast.Maximum2DDiameterSlice);
        Assert.Equal(slow.Column, fast.Maximum2DDiameterColumn);
        Assert.Equal(slow.Row, fast.Maximum2DDiameterRow);
        Assert.Equal(slow.Max3D, fast.Maximum3DDiameter);
    }

    [Fact]
    public void ConvexHull2D_MaximumDistance_EqualsBruteForce()
    {
        var random = new Random(3);
        for (int trial = 0; trial < 200; trial++)
        {
            int n = random.Next(1, 60);
            var u = new long[n];
            var v = new long[n];
            for (int i = 0; i < n; i++)
            {
                u[i] = random.Next(-20, 21);
                v[i] = random.Next(-20, 21);
            }

            double su = 0.3 + random.NextDouble() * 3, sv = 0.3 + random.NextDouble() * 3, best = 0;
            for (int i = 0; i < n; i++)
            {
                for (int j = i + 1; j < n; j++)
                {
                    double du = u[i] * 0.5 * su - u[j] * 0.5 * su, dv = v[i] * 0.5 * sv - v[j] * 0.5 * sv;
                    best = Math.Max(best, du * du + dv * dv);
                }
            }

            Assert.Equal(Math.Sqrt(best), ConvexHull2D.MaximumDistance(u, v, su, sv));
        }
    }
}
