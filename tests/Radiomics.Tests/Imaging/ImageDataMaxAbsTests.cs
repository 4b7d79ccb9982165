using Radiomics.Imaging;

namespace Radiomics.Tests.Imaging;

public class ImageDataMaxAbsTests
{
    private static readonly ImageGeometry Grid = ImageGeometry.Unit(new Size3(3, 2, 1));

    [Fact]
    public void MaxAbs_Int16_IncludesTheMostNegativeValue()
    {
        var image = new ImageData(Grid, VoxelType.Int16, new short[] { 5, -3, short.MinValue, 100, 0, short.MaxValue });
        Assert.Equal(32768.0, image.MaxAbs());
    }

    [Fact]
    public void MaxAbs_EqualsTheConvertedVolumes()
    {
        var random = new Random(3);
        var values = new float[Grid.VoxelCount];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)((random.NextDouble() - 0.5) * 1e4);
        }

        var image = new ImageData(Grid, VoxelType.Float32, values);
        Assert.Equal(image.ToDoubleVolume().Voxels.ToArray().Max(Math.Abs), image.MaxAbs());
    }

    [Fact]
    public void MaxAbs_NaNPropagates_AndZeroImageGivesZero()
    {
        Assert.True(double.IsNaN(new ImageData(Grid, VoxelType.Float64, new[] { 1.0, double.NaN, 7, 2, 3, 4 }).MaxAbs()));
        Assert.Equal(0.0, new ImageData(Grid, VoxelType.UInt8, new byte[6]).MaxAbs());
    }

    [Fact]
    public void MaxAbs_ReadsTheAskedComponent()
    {
        var image = new ImageData(Grid, VoxelType.Int32, new[] { 1, -50, 2, 0, 3, 0, -4, 0, 5, 9, 6, 0 }, components: 2);
        Assert.Equal(6.0, image.MaxAbs(0));
        Assert.Equal(50.0, image.MaxAbs(1));
    }
}
