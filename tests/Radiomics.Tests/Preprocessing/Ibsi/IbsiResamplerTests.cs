using Radiomics.Imaging;
using Radiomics.Preprocessing.Ibsi;

namespace Radiomics.Tests.Preprocessing.Ibsi;

public class IbsiResamplerTests
{
    [Fact]
    public void Grid_CtPhantomGrid_KeepsTheCentreAndRoundsTheExtentUp()
    {
        var source = new ImageGeometry(new Size3(204, 201, 60), new Vector3D(0.977, 0.977, 3), new Vector3D(-10, 20, 30), Direction3.Identity);
        ImageGeometry target = IbsiResampler.Grid(source, 1, 1, 1);

        Assert.Equal(new Size3(200, 197, 180), target.Size);
        Vector3D sourceCentre = source.IndexToPhysical(203 / 2.0, 200 / 2.0, 59 / 2.0);
        Vector3D targetCentre = target.IndexToPhysical(199 / 2.0, 196 / 2.0, 179 / 2.0);
        Assert.True((sourceCentre - targetCentre).Length < 1e-9, $"{sourceCentre} vs {targetCentre}");
    }

    [Fact]
    public void CubicBSpline_SameGrid_ReproducesTheSamples()
    {
        Volume<double> image = RandomImage(new Size3(9, 7, 5), new Vector3D(1, 2, 3));
        Volume<double> result = IbsiResampler.Resample(image, image.Geometry, IbsiInterpolation.CubicSpline);
        for (int i = 0; i < image.Length; i++)
        {
            Assert.Equal(image.Voxels[i], result.Voxels[i], 9);
        }
    }

    [Fact]
    public void Linear_SameGrid_ReproducesTheSamplesExactly()
    {
        Volume<double> image = RandomImage(new Size3(9, 7, 5), new Vector3D(0.977, 0.977, 3));
        Volume<double> result = IbsiResampler.Resample(image, IbsiResampler.Grid(image.Geometry, null, null, null), IbsiInterpolation.Linear);
        Assert.Equal(image.Voxels.ToArray(), result.Voxels.ToArray());
    }

    [Fact]
    public void Grid_InPlaneOnly_KeepsTheSlices()
    {
        var source = new ImageGeometry(new Size3(204, 201, 60), new Vector3D(0.977, 0.977, 3), new Vector3D(-10, 20, 30), Direction3.Identity);
        ImageGeometry target = IbsiResampler.Grid(source, 2, 2, null);

        Assert.Equal(new Size3(100, 99, 60), target.Size);
        Assert.Equal((2.0, 2.0, 3.0), (target.Spacing.X, target.Spacing.Y, target.Spacing.Z));
        Assert.Equal(source.Origin.Z, target.Origin.Z, 12);
    }

    [Fact]
    public void CubicBSpline_ConstantImage_StaysConstant()
    {
        var image = new Volume<double>(new ImageGeometry(new Size3(8, 6, 4), new Vector3D(0.7, 0.7, 2.5), Vector3D.Zero, Direction3.Identity));
        image.Voxels.Fill(-123);
        Volume<double> result = IbsiResampler.Resample(image, IbsiResampler.Grid(image.Geometry, 1, 1, 1), IbsiInterpolation.CubicSpline);
        Assert.All(result.Voxels.ToArray(), v => Assert.Equal(-123, v, 9));
    }

    [Fact]
    public void Interpolators_ReproduceALinearRampInTheInterior()
    {
        var geometry = new ImageGeometry(new Size3(40, 30, 40), new Vector3D(0.977, 0.977, 3), Vector3D.Zero, Direction3.Identity);
        var image = new Volume<double>(geometry);
        for (int z = 0; z < 40; z++)
        for (int y = 0; y < 30; y++)
        for (int x = 0; x < 40; x++)
        {
            image[x, y, z] = 2 * x * 0.977 - 3 * y * 0.977 + 0.5 * z * 3;
        }

        ImageGeometry target = IbsiResampler.Grid(geometry, 1, 1, 1);
        Volume<double> linear = IbsiResampler.Resample(image, target, IbsiInterpolation.Linear);
        Volume<double> cubic = IbsiResampler.Resample(image, target, IbsiInterpolation.CubicSpline);
        for (int z = 6; z < target.Size.Z - 6; z++)
        for (int y = 6; y < target.Size.Y - 6; y++)
        for (int x = 6; x < target.Size.X - 6; x++)
        {
            Vector3D index = geometry.PhysicalToContinuousIndex(target.IndexToPhysical(x, y, z));
            double expected = 2 * index.X * 0.977 - 3 * index.Y * 0.977 + 0.5 * index.Z * 3;
            Assert.Equal(expected, linear[x, y, z], 9);
            // The mirror boundary bends the spline coefficients near the border; the effect decays as 0.268^distance.
            if (Math.Min(Math.Min(index.X, 39 - index.X), Math.Min(Math.Min(index.Y, 29 - index.Y), Math.Min(index.Z, 39 - index.Z))) >= 12)
            {
                Assert.Equal(expected, cubic[x, y, z], 4);
            }
        }
    }

    private static Volume<double> RandomImage(Size3 size, Vector3D spacing)
    {
        var random = new Random(5);
        var image = new Volume<double>(new ImageGeometry(size, spacing, Vector3D.Zero, Direction3.Identity));
        for (int i = 0; i < image.Length; i++)
        {
            image.Voxels[i] = random.Next(-1000, 1000);
        }

        return image;
    }
}
