using Radiomics.Imaging;

namespace Radiomics.Tests.Imaging;

public class ImageDataTests
{
    private static readonly ImageGeometry Line = ImageGeometry.Unit(new Size3(3, 1, 1));

    // Regression: the CLR lets a byte[] pass as sbyte[] (and ushort[] as short[], …), so dispatching on the
    // array's runtime type read uint8 255 as −1. Dispatch is on VoxelType.
    [Fact]
    public void UnsignedVoxels_ConvertWithoutSignError()
    {
        Assert.Equal([0, 255, 128], new ImageData(Line, VoxelType.UInt8, new byte[] { 0, 255, 128 }).ToDoubleVolume().Voxels.ToArray());
        Assert.Equal([0, 65535, 1], new ImageData(Line, VoxelType.UInt16, new ushort[] { 0, 65535, 1 }).ToDoubleVolume().Voxels.ToArray());
        Assert.Equal([0, uint.MaxValue, 1], new ImageData(Line, VoxelType.UInt32, new uint[] { 0, uint.MaxValue, 1 }).ToDoubleVolume().Voxels.ToArray());
        Assert.Equal([0, ulong.MaxValue, 1], new ImageData(Line, VoxelType.UInt64, new ulong[] { 0, ulong.MaxValue, 1 }).ToDoubleVolume().Voxels.ToArray());
        Assert.Equal(255, new ImageData(Line, VoxelType.UInt8, new byte[] { 0, 255, 128 }).GetDouble(1));
        Assert.Equal((0.0 + 255 + 128) / 3, new ImageData(Line, VoxelType.UInt8, new byte[] { 0, 255, 128 }).Statistics().Mean);
    }

    [Fact]
    public void BinaryMask_SelectsExactLabel_ForEveryStoredType()
    {
        Assert.Equal([0, 1, 0], new ImageData(Line, VoxelType.UInt8, new byte[] { 0, 255, 128 }).ToBinaryMask(255).Voxels.ToArray());
        Assert.Equal([0, 0, 0], new ImageData(Line, VoxelType.Int8, new sbyte[] { 0, -1, 1 }).ToBinaryMask(255).Voxels.ToArray());
        Assert.Equal([1, 0, 0], new ImageData(Line, VoxelType.Float32, new float[] { 2, 2.5f, 3 }).ToBinaryMask(2).Voxels.ToArray());
        Assert.Equal([0, 0, 1], new ImageData(Line, VoxelType.Int64, new long[] { 0, 1, long.MaxValue }).ToBinaryMask(long.MaxValue).Voxels.ToArray());
    }

    [Fact]
    public void VectorImage_SelectsComponent()
    {
        var image = new ImageData(Line, VoxelType.Int16, new short[] { 1, 10, 2, 20, 3, 30 }, components: 2);
        Assert.Equal([10, 20, 30], image.ToDoubleVolume(1).Voxels.ToArray());
        Assert.Equal([0, 1, 0], image.ToBinaryMask(20, 1).Voxels.ToArray());
        Assert.Equal([2, 3], image.ToDoubleVolume(new Index3(1, 0, 0), new Size3(2, 1, 1)).Voxels.ToArray());
    }

    // The one-byte mask path compares a vector of voxels at a time: lengths around the vector widths and a tail.
    [Theory]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(1000)]
    public void ByteMask_VectorisedComparison_MatchesVoxelByVoxel(int length)
    {
        var geometry = ImageGeometry.Unit(new Size3(length, 1, 1));
        var random = new Random(length);
        byte[] labels = new byte[length];
        for (int i = 0; i < length; i++)
        {
            labels[i] = (byte)random.Next(0, 4);
        }

        labels[^1] = 2;
        byte[] mask = new ImageData(geometry, VoxelType.UInt8, labels).ToBinaryMask(2).Voxels.ToArray();
        Assert.Equal(labels.Select(l => l == 2 ? (byte)1 : (byte)0), mask);
        Assert.Equal(1, mask[^1]);
    }
}
