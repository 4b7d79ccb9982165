using Radiomics.Imaging;
using Radiomics.Preprocessing.Resampling;

namespace Radiomics.Tests.Preprocessing.Resampling;

/// <summary>
/// The interpolator's coefficient box (x and y passes fused per slice, lines in SIMD groups, any thread count)
/// equals a plain whole-volume decomposition, line by line along x, then y, then z, restricted to the box.
/// </summary>
public class BSplineCoefficientBoxTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void CoefficientBox_EqualsWholeVolumeScalarDecomposition(int threads)
    {
        var size = new Size3(37, 21, 19);
        var image = new Volume<double>(ImageGeometry.Unit(size));
        var random = new Random(17);
        Span<double> voxels = image.Voxels;
        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] = random.NextDouble() * 1000;
        }

        var spline = new BSplineInterpolator(
            image, new Vector3D(6.2, 3.1, 4.4), new Vector3D(25.7, 12.9, 11.0), new ParallelOptions { MaxDegreeOfParallelism = threads });
        double[] whole = voxels.ToArray();
        int[] strides = [1, size.X, size.X * size.Y];
        for (int axis = 0; axis < 3; axis++)
        {
            var line = new double[size[axis]];
            for (int first = 0; first < whole.Length; first++)
            {
                Index3 at = size.IndexOf(first);
                if (at[axis] != 0)
                {
                    continue;
                }

                for (int i = 0; i < line.Length; i++)
                {
                    line[i] = whole[first + i * strides[axis]];
                }

                BSplineDecomposition.ToCoefficients(line);
                for (int i = 0; i < line.Length; i++)
                {
                    whole[first + i * strides[axis]] = line[i];
                }
            }
        }

        Index3 start = spline.BoxStart;
        Size3 box = spline.BoxSize;
        Assert.True(box.X < size.X && box.Y < size.Y && box.Z < size.Z, "the box must be a proper part of the volume");
        for (int z = 0; z < box.Z; z++)
        {
            for (int y = 0; y < box.Y; y++)
            {
                for (int x = 0; x < box.X; x++)
                {
                    double expected = whole[size.Offset(start.X + x, start.Y + y, start.Z + z)];
                    Assert.Equal(expected, spline.Coefficients[box.Offset(x, y, z)]);
                }
            }
        }
    }
}
