using Radiomics.Configuration;
using Radiomics.Features.Shape;
using Radiomics.Features.Shape2D;
using Radiomics.Imaging;

namespace Radiomics.Tests.Features.Shape;

public class Shape2DTests
{
    private static readonly RadiomicsSettings Force2D = RadiomicsSettings.Default with { Features = new FeatureSettings { Force2D = true } };

    [Fact]
    public void SinglePixel_IsADiamondOfHalfSpacings()
    {
        // Hand-computed: vertices at the four edge midpoints; surface ½·Δr·Δc, perimeter 4·√((Δr/2)² + (Δc/2)²),
        // diameter max(Δr, Δc). Axial slice: rows are y (Δ 3), columns x (Δ 2).
        Volume<byte> mask = ShapeInputs.Mask(new Size3(1, 1, 1), new Vector3D(2, 3, 7), (_, _, _) => true);
        Dictionary<string, double> f = ShapeInputs.Compute(new Shape2DFamily(), mask, Force2D);
        Assert.Equal(3.0, f["MeshSurface"], 12);
        Assert.Equal(6.0, f["PixelSurface"], 12);
        Assert.Equal(4 * Math.Sqrt(1.5 * 1.5 + 1), f["Perimeter"], 12);
        Assert.Equal(3.0, f["MaximumDiameter"], 12);
    }

    [Fact]
    public void WithoutForce2D_ThrowsAsPyRadiomics()
    {
        Volume<byte> mask = ShapeInputs.Mask(new Size3(3, 3, 1), Vector3D.One, (_, _, _) => true);
        var error = Assert.Throws<Radiomics.Configuration.ParameterException>(() => ShapeInputs.Compute(new Shape2DFamily(), mask));
        Assert.Contains("force2D: true", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void RoiThickerThanOneSlice_ThrowsAsPyRadiomics(int dimension)
    {
        Volume<byte> mask = ShapeInputs.Mask(new Size3(3, 3, 3), Vector3D.One, (x, y, z) => x + y + z < 3);
        var error = Assert.Throws<Radiomics.ExtractionException>(() =>
            ShapeInputs.Compute(new Shape2DFamily(), mask, Force2D with { Features = Force2D.Features with { Force2DDimension = dimension } }));
        Assert.Contains($"one slice thick along force2Ddimension {dimension}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    public void SingleSliceRoi_AgreesWithThe3DFamily(int dimension, int seed)
    {
        // A random single-slice ROI: the 2D diameter equals the 3D in-plane diameter of that plane, the PCA axes are
        // the 3D major/minor ones (least is 0), and pixel surface × slice spacing is the voxel volume.
        var random = new Random(seed);
        int dropped = 2 - dimension;
        var size = new Size3(dropped == 0 ? 1 : 13, dropped == 1 ? 1 : 11, dropped == 2 ? 1 : 9);
        var spacing = new Vector3D(0.7, 1.2, 2.5);
        Volume<byte> mask = ShapeInputs.Mask(size, spacing, (x, y, z) => random.NextDouble() < 0.55);
        Dictionary<string, double> planar = ShapeInputs.Compute(new Shape2DFamily(), mask, Force2D with { Features = Force2D.Features with { Force2DDimension = dimension } });
        Dictionary<string, double> solid = ShapeInputs.Compute(new ShapeFamily(), mask);

        string inPlane = dimension switch { 0 => "Maximum2DDiameterSlice", 1 => "Maximum2DDiameterColumn", _ => "Maximum2DDiameterRow" };
        Assert.Equal(solid[inPlane], planar["MaximumDiameter"]);
        Assert.Equal(solid["MajorAxisLength"], planar["MajorAxisLength"], 9);
        Assert.Equal(solid["MinorAxisLength"], planar["MinorAxisLength"], 9);
        Assert.Equal(0.0, solid["LeastAxisLength"], 9);
        Assert.Equal(solid["VoxelVolume"], planar["PixelSurface"] * spacing[dropped], 9);
        Assert.Equal(planar["Sphericity"], 1 / planar["SphericalDisproportion"], 12);
    }

    [Fact]
    public void Disk_MeshSurfaceConvergesToDiskArea()
    {
        const double radiusMm = 10;
        var errors = new List<double>();
        foreach (int radius in new[] { 4, 8, 16, 32, 64 })
        {
            int n = 2 * radius + 3;
            double s = radiusMm / radius, c = (n - 1) / 2.0;
            Volume<byte> mask = ShapeInputs.Mask(new Size3(n, n, 1), new Vector3D(s, s, 1),
                (x, y, _) => (x - c) * (x - c) + (y - c) * (y - c) <= radius * (double)radius);
            Dictionary<string, double> f = ShapeInputs.Compute(new Shape2DFamily(), mask, Force2D);
            errors.Add(Math.Abs(f["MeshSurface"] / (Math.PI * radiusMm * radiusMm) - 1));
            Assert.Equal(2 * radiusMm * (1 + 0.5 / radius), f["MaximumDiameter"], 9);
        }

        Assert.True(errors[^1] < errors[0] && errors[^1] < 2e-3, string.Join(", ", errors));
    }
}
