using Radiomics.Imaging;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Imaging;

/// <summary>The distinct non-zero values of a label map (which labels a mask holds), for every stored type.</summary>
public class ImageDataDistinctValuesTests
{
    private static readonly ImageGeometry Grid = new(new Size3(6, 5, 4), new Vector3D(1, 1, 2), new Vector3D(0, 0, 0), Direction3.Identity);

    public static TheoryData<VoxelType> Types => [VoxelType.UInt8, VoxelType.Int8, VoxelType.Int16, VoxelType.UInt16, VoxelType.Int32, VoxelType.UInt32, VoxelType.Int64, VoxelType.UInt64, VoxelType.Float32, VoxelType.Float64];

    [Theory]
    [MemberData(nameof(Types))]
    public void DistinctNonZeroValues_AreEveryNonZeroValueOnceAscending_ForTheAskedComponent(VoxelType type)
    {
        const int components = 2;
        var random = new Random(5);
        var values = new long[Grid.Size.VoxelCount * components];
        for (int i = 0; i < values.Length; i++)
        {
            // Runs of one label, zeros between them and labels that come back after others (a run check alone would repeat them).
            values[i] = i % components == 0 ? random.Next(5) switch { 0 or 1 => 0, 2 => 7, 3 => 2, _ => 100 } : (i / 7) % 3;
        }

        ImageData image = new(Grid, type, VoxelArrays.Of(values, type), components);

        Assert.Equal([2.0, 7.0, 100.0], image.DistinctNonZeroValues(0));
        Assert.Equal([1.0, 2.0], image.DistinctNonZeroValues(1));
    }

    [Theory]
    [InlineData(VoxelType.Float32)]
    [InlineData(VoxelType.Float64)]
    public void DistinctNonZeroValues_SkipNaNAndNegativeZero(VoxelType type)
    {
        var values = new double[Grid.Size.VoxelCount];
        values[1] = double.NaN;
        values[2] = -0.0;
        values[3] = 1.5;
        values[4] = -2;
        Array voxels = type == VoxelType.Float32 ? values.Select(v => (float)v).ToArray() : values;

        Assert.Equal([-2.0, 1.5], new ImageData(Grid, type, voxels, 1).DistinctNonZeroValues());
    }
}
