using Radiomics.Imaging;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Imaging;

public class ImageDataMaskInBoxTests
{
    private static readonly ImageGeometry Grid = new ImageGeometry(new Size3(7, 5, 4), new Vector3D(0.7, 0.8, 2.5), new Vector3D(-3, 12, 40), Direction3.Identity);

    /// <summary>A label map with labels 1 and 2 in scattered voxels, in every stored type.</summary>
    private static long[] Labels()
    {
        var random = new Random(11);
        var labels = new long[Grid.Size.VoxelCount];
        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = random.Next(12) switch { 0 => 1, 1 => 2, _ => 0 };
        }

        labels[Grid.Size.Offset(1, 1, 1)] = 3;
        labels[Grid.Size.Offset(4, 2, 2)] = 3;
        return labels;
    }

    public static TheoryData<VoxelType> Types => [VoxelType.UInt8, VoxelType.Int8, VoxelType.Int16, VoxelType.UInt16, VoxelType.Int32, VoxelType.UInt32, VoxelType.Int64, VoxelType.UInt64, VoxelType.Float32, VoxelType.Float64];

    [Theory]
    [MemberData(nameof(Types))]
    public void ToBinaryMaskInBox_IsTheWholeMaskCroppedToItsBoundingBox(VoxelType type)
    {
        ImageData image = Build(Labels(), type, components: 1);
        foreach (long label in new long[] { 1, 2, 3 })
        {
            AssertMatchesWholeMask(image, label, 0);
        }
    }

    [Fact]
    public void ToBinaryMaskInBox_ReadsTheAskedComponent()
    {
        long[] labels = Labels();
        var interleaved = new short[labels.Length * 2];
        for (int i = 0; i < labels.Length; i++)
        {
            interleaved[2 * i] = (short)labels[i];
            interleaved[(2 * i) + 1] = (short)(labels[(i * 3) % labels.Length] == 2 ? 5 : 0);
        }

        var image = new ImageData(Grid, VoxelType.Int16, interleaved, components: 2);
        AssertMatchesWholeMask(image, 2, 0);
        AssertMatchesWholeMask(image, 5, 1);
    }

    [Fact]
    public void ToBinaryMaskInBox_IsNullForAnAbsentOrUnrepresentableLabel()
    {
        ImageData bytes = Build(Labels(), VoxelType.UInt8, 1);
        Assert.Null(bytes.ToBinaryMaskInBox(4));
        Assert.Null(bytes.ToBinaryMaskInBox(257)); // 257 would wrap to 1 in a byte
        Assert.Null(Build(Labels(), VoxelType.UInt64, 1).ToBinaryMaskInBox(-1));
    }

    private static void AssertMatchesWholeMask(ImageData image, long label, int component)
    {
        Volume<byte> whole = image.ToBinaryMask(label, component);
        BoundingBox box = BoundingBox.Of(whole)!.Value;
        var (inBox, mask) = image.ToBinaryMaskInBox(label, component)!.Value;
        Volume<byte> expected = whole.Crop(box.Lower, box.Size);
        Assert.Equal(box, inBox);
        Assert.Equal(expected.Geometry, mask.Geometry);
        Assert.Equal(expected.Voxels.ToArray(), mask.Voxels.ToArray());
    }

    private static ImageData Build(long[] labels, VoxelType type, int components)
    {
        Array voxels = VoxelArrays.Of(labels, type);
        return new ImageData(Grid, type, voxels, components);
    }
}
