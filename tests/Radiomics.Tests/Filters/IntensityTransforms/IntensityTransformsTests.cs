using Radiomics.Filters.Gradient;
using Radiomics.Imaging;
using Transforms = Radiomics.Filters.IntensityTransforms.IntensityFilters;

namespace Radiomics.Tests.Filters.IntensityTransforms;

/// <summary>Hand-computed cases for PyRadiomics' point-wise filters and the gradient magnitude.</summary>
public class IntensityTransformsTests
{
    private static Volume<double> Row(params double[] values) =>
        new(ImageGeometry.Unit(new Size3(values.Length, 1, 1)), values);

    [Fact]
    public void Square_ScalesByMaxAbsolute_AndMakesNegativesPositive()
    {
        // M = 4, c = 1/2: (−4/2)² = 4, (−1/2)² = 0.25, 0, (2/2)² = 1.
        Assert.Equal([4.0, 0.25, 0.0, 1.0], Transforms.Square(Row(-4, -1, 0, 2)).Voxels.ToArray());
    }

    [Fact]
    public void SquareRoot_KeepsSign()
    {
        // M = 4: −√(4·4) = −4, −√(1·4) = −2, 0, √(2·4) = 2√2.
        Assert.Equal([-4.0, -2.0, 0.0, Math.Sqrt(8)], Transforms.SquareRoot(Row(-4, -1, 0, 2)).Voxels.ToArray());
    }

    [Fact]
    public void Logarithm_KeepsSign_AndRescalesToTheInputRange()
    {
        // g = (−ln 5, −ln 2, 0, ln 3); max|g| = ln 5; f = g · 4 / ln 5.
        double[] result = Transforms.Logarithm(Row(-4, -1, 0, 2)).Voxels.ToArray();
        double scale = 4 / Math.Log(5);
        Assert.Equal(-4.0, result[0], 14);
        Assert.Equal(-Math.Log(2) * scale, result[1], 14);
        Assert.Equal(0.0, result[2]);
        Assert.Equal(Math.Log(3) * scale, result[3], 14);
    }

    [Fact]
    public void Exponential_MapsMaxAbsoluteToItself()
    {
        // c = ln 4 / 4: e^(c·4) = 4, e^(−c·4) = 1/4, e^0 = 1, e^(c·2) = 2.
        double[] result = Transforms.Exponential(Row(-4, 0, 2, 4)).Voxels.ToArray();
        Assert.Equal(0.25, result[0], 14);
        Assert.Equal(1.0, result[1]);
        Assert.Equal(2.0, result[2], 14);
        Assert.Equal(4.0, result[3], 14);
    }

    [Fact]
    public void MaxAbsolute_IsOverTheWholeImage_NotOnlyPositiveValues()
    {
        // M = 10 from the negative voxel: square of 5 is (5/√10)² = 2.5.
        Assert.Equal(2.5, Transforms.Square(Row(-10, 5)).Voxels[1], 14);
    }

    [Fact]
    public void GradientMagnitude_CentralDifferences_WithSpacingAndNeumannEdges()
    {
        // f = 3x² along x (4 voxels, spacing 2): interior (f(i+1) − f(i−1)) / (2·2); edges repeat the edge voxel.
        var image = new Volume<double>(new ImageGeometry(new Size3(4, 1, 1), new Vector3D(2, 1, 1), Vector3D.Zero, Direction3.Identity), [0, 3, 12, 27]);
        double[] withSpacing = GradientMagnitude.Apply(image, useSpacing: true).Voxels.ToArray();
        Assert.Equal([(3 - 0) / 4.0, (12 - 0) / 4.0, (27 - 3) / 4.0, (27 - 12) / 4.0], withSpacing);
        double[] withoutSpacing = GradientMagnitude.Apply(image, useSpacing: false).Voxels.ToArray();
        Assert.Equal([1.5, 6.0, 12.0, 7.5], withoutSpacing);
    }

    [Fact]
    public void GradientMagnitude_IsEuclideanOverAxes_StoredAsFloat()
    {
        // f = x + 2y + 2z on a 3×3×3 unit grid: |∇f| = 3 at the centre.
        var image = new Volume<double>(ImageGeometry.Unit(new Size3(3, 3, 3)));
        for (int z = 0; z < 3; z++)
        {
            for (int y = 0; y < 3; y++)
            {
                for (int x = 0; x < 3; x++)
                {
                    image[x, y, z] = x + 2 * y + 2 * z + 0.1;
                }
            }
        }

        Volume<double> gradient = GradientMagnitude.Apply(image, useSpacing: true);
        Assert.Equal(3.0, gradient[1, 1, 1], 6);
        Assert.All(gradient.Voxels.ToArray(), v => Assert.Equal((double)(float)v, v));
    }
}
