using Radiomics.Filters.IntensityTransforms;
using Radiomics.Imaging;

namespace Radiomics.Tests.Filters.IntensityTransforms;

/// <summary>
/// Square and square root, four voxels at a time, against the scalar formulas voxel by voxel, bit for bit: odd lengths
/// (a scalar tail), signed zeros, subnormals, NaN, and a zero image (M = 0, NaN coefficient for square).
/// </summary>
public class IntensityTransformsVectorTests
{
    [Theory]
    [InlineData(1, 7)]
    [InlineData(5, 11)]
    [InlineData(37, 13)]
    [InlineData(1001, 17)]
    public void SquareAndSquareRoot_EqualScalarFormulas(int length, int seed)
    {
        var random = new Random(seed);
        double[] values = new double[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = random.Next(8) switch
            {
                0 => 0.0,
                1 => -0.0,
                2 => -double.Epsilon * random.Next(1, 100),
                3 => double.NaN,
                _ => (random.NextDouble() * 4000) - 1500,
            };
        }

        foreach (double maxAbs in new[] { 2500.0, 0.0, 1e-300 })
        {
            var image = new Volume<double>(ImageGeometry.Unit(new Size3(length, 1, 1)), values);
            double[] square = IntensityFilters.Square(image, maxAbs).Voxels.ToArray();
            double[] root = IntensityFilters.SquareRoot(image, maxAbs).Voxels.ToArray();
            double coefficient = 1 / Math.Sqrt(maxAbs);
            for (int i = 0; i < length; i++)
            {
                double x = values[i];
                double scaled = coefficient * x;
                Assert.Equal(BitConverter.DoubleToInt64Bits(scaled * scaled), BitConverter.DoubleToInt64Bits(square[i]));
                double expected = x > 0 ? Math.Sqrt(x * maxAbs) : x < 0 ? -Math.Sqrt(-x * maxAbs) : x;
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(root[i]));
            }
        }
    }
}
