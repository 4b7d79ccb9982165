using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Resampling;

namespace Radiomics.Tests.Preprocessing.Resampling;

public class InterpolationTests
{
    private static Volume<double> Sample(Size3 size, Func<double, double, double, double> f)
    {
        var volume = new Volume<double>(ImageGeometry.Unit(size));
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    volume[x, y, z] = f(x, y, z);
                }
            }
        }

        return volume;
    }

    private static double Cubic(double x, double y, double z) =>
        0.002 * x * x * x - 0.03 * x * x * y + 0.5 * y * z + 0.004 * z * z * z - 1.5 * x + 2.0 * y - 0.7 * z + 3.0
        + 0.001 * x * y * z;

    /// <summary>
    /// A cubic B-spline reproduces cubic polynomials. ITK's mirror boundary and its 1e-10 initial-coefficient
    /// horizon perturb the coefficients near the edges by terms decaying as |z|^d (z = √3 − 2 ≈ −0.268, d the
    /// distance to the edge), so points are taken ≥ 18 voxels inside, where |z|^18 ≈ 2e-10: we require 1e-8
    /// relative to the function's range (≈ 400 here).
    /// </summary>
    [Fact]
    public void BSpline_ReproducesCubicPolynomial_AwayFromBorder()
    {
        Volume<double> image = Sample(new Size3(48, 48, 48), Cubic);
        var grid = new ImageGeometry(new Size3(15, 14, 13), new Vector3D(0.73, 0.61, 0.83), new Vector3D(18.37, 18.91, 18.13), Direction3.Identity);
        Volume<double> resampled = Resampler.ResampleImage(image, grid, Interpolator.BSpline);
        double worst = 0;
        for (int z = 0; z < grid.Size.Z; z++)
        {
            for (int y = 0; y < grid.Size.Y; y++)
            {
                for (int x = 0; x < grid.Size.X; x++)
                {
                    Vector3D p = grid.IndexToPhysical(x, y, z);
                    worst = Math.Max(worst, Math.Abs(resampled[x, y, z] - Cubic(p.X, p.Y, p.Z)));
                }
            }
        }

        Assert.True(worst < 4e-6, $"largest error {worst:E3}");
    }

    [Fact]
    public void BSpline_AtGridPoints_ReturnsTheSamples()
    {
        var random = new Random(7);
        Volume<double> image = Sample(new Size3(9, 7, 6), (_, _, _) => random.NextDouble() * 100 - 50);
        Volume<double> resampled = Resampler.ResampleImage(image, image.Geometry, Interpolator.BSpline);
        for (int i = 0; i < image.Length; i++)
        {
            Assert.Equal(image.Voxels[i], resampled.Voxels[i], 1e-9);
        }
    }

    [Fact]
    public void Linear_ReproducesLinearFunction_InsideTheGrid()
    {
        static double F(double x, double y, double z) => 3 * x - 2 * y + 0.5 * z + 7;
        Volume<double> image = Sample(new Size3(10, 9, 8), F);
        var grid = new ImageGeometry(new Size3(12, 11, 9), new Vector3D(0.7, 0.65, 0.8), new Vector3D(0.13, 0.27, 0.31), Direction3.Identity);
        Volume<double> resampled = Resampler.ResampleImage(image, grid, Interpolator.Linear);
        for (int z = 0; z < grid.Size.Z; z++)
        {
            for (int y = 0; y < grid.Size.Y; y++)
            {
                for (int x = 0; x < grid.Size.X; x++)
                {
                    Vector3D p = grid.IndexToPhysical(x, y, z);
                    Assert.Equal(F(p.X, p.Y, p.Z), resampled[x, y, z], 1e-11);
                }
            }
        }
    }

    [Fact]
    public void NearestNeighbour_PicksNearestVoxel_AndZeroOutside()
    {
        Volume<double> image = Sample(new Size3(4, 3, 2), (x, y, z) => x + 10 * y + 100 * z);
        // Points at x = 0.4 → 0, 1.6 → 2, 2.5 → 3 (half rounds up), 3.7 → outside (≥ size − ½) → 0.
        var grid = new ImageGeometry(new Size3(4, 1, 1), new Vector3D(1, 1, 1), new Vector3D(0.4, 1.2, 0.6), Direction3.Identity);
        Volume<double> resampled = Resampler.ResampleImage(image, grid with { Spacing = new Vector3D(1.2, 1, 1) }, Interpolator.NearestNeighbor);
        Assert.Equal([0 + 10 + 100, 2 + 10 + 100, 3 + 10 + 100, 0], resampled.Voxels.ToArray());
    }

    [Fact]
    public void ResampleImage_Float32Output_RoundsLikeItk()
    {
        Volume<double> image = Sample(new Size3(4, 4, 4), (x, _, _) => x * 0.1);
        var grid = new ImageGeometry(new Size3(3, 1, 1), new Vector3D(1, 1, 1), new Vector3D(0.5, 1, 1), Direction3.Identity);
        Volume<double> asFloat = Resampler.ResampleImage(image, grid, Interpolator.Linear, VoxelType.Float32);
        Volume<double> asShort = Resampler.ResampleImage(image, grid with { Origin = new Vector3D(0.5, 1, 1) }, Interpolator.Linear, VoxelType.Int16);
        Assert.Equal((double)(float)0.05, asFloat[0, 0, 0]);
        Assert.Equal((double)(float)(0.1 + (0.2 - 0.1) * 0.5), asFloat[1, 0, 0]);
        Assert.All(asShort.Voxels.ToArray(), v => Assert.Equal(0.0, v)); // 0.05, 0.15, 0.25 truncate to 0
    }

    [Fact]
    public void UnsupportedInterpolator_FailsWithClearMessage()
    {
        Volume<double> image = Sample(new Size3(4, 4, 4), (x, _, _) => x);
        var error = Assert.Throws<NotSupportedException>(() => Resampler.ResampleImage(image, image.Geometry, Interpolator.LanczosWindowedSinc));
        Assert.Contains("sitkLanczosWindowedSinc", error.Message);
    }
}
