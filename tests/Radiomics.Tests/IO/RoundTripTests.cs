using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Tests.IO;

public class RoundTripTests
{
    public static TheoryData<VoxelType, string, bool, bool> Cases()
    {
        var data = new TheoryData<VoxelType, string, bool, bool>();
        foreach (VoxelType type in Enum.GetValues<VoxelType>())
        {
            foreach (string name in new[] { "a.nii", "a.nii.gz", "a.nrrd", "a.nhdr", "a.mha", "a.mhd" })
            {
                foreach (bool compress in new[] { false, true })
                {
                    foreach (bool bigEndian in new[] { false, true })
                    {
                        if (name.StartsWith("a.nii", StringComparison.Ordinal) && compress)
                        {
                            continue; // NIfTI compression follows the file name
                        }

                        data.Add(type, name, compress, bigEndian);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WriteThenRead_KeepsValuesTypeAndGeometry(VoxelType type, string name, bool compress, bool bigEndian)
    {
        using var scratch = new ScratchFolder();
        ImageData original = IoTestImages.Make(type, new Size3(5, 4, 3));
        string path = scratch.File(name);

        ImageWriter.Write(original, path, new ImageWriteOptions(compress, bigEndian));
        ImageData read = ImageReader.Read(path);

        Assert.Equal(type, read.VoxelType);
        Assert.Equal(1, read.Components);
        Assert.Equal(IoTestImages.Bytes(original), IoTestImages.Bytes(read));
        AssertGeometry(original.Geometry, read.Geometry, StorageOf(name));
        Assert.Empty(Directory.GetFiles(scratch.Path, "*.tmp"));
    }

    [Theory]
    [InlineData("v.nii.gz")]
    [InlineData("v.nrrd")]
    [InlineData("v.mha")]
    public void VectorImage_RoundTripsComponentsInterleaved(string name)
    {
        using var scratch = new ScratchFolder();
        ImageData original = IoTestImages.Make(VoxelType.Int16, new Size3(4, 3, 2), components: 3);
        string path = scratch.File(name);

        ImageWriter.Write(original, path);
        ImageData read = ImageReader.Read(path);

        Assert.Equal(3, read.Components);
        Assert.Equal(IoTestImages.Bytes(original), IoTestImages.Bytes(read));
        Assert.Equal(original.GetDouble(5, 2), read.GetDouble(5, 2));
    }

    [Fact]
    public void Int64Extremes_SurviveEveryFormat()
    {
        using var scratch = new ScratchFolder();
        var geometry = ImageGeometry.Unit(new Size3(2, 1, 1));
        var signed = new ImageData(geometry, VoxelType.Int64, new[] { long.MinValue, long.MaxValue });
        var unsigned = new ImageData(geometry, VoxelType.UInt64, new[] { 0UL, ulong.MaxValue });
        foreach (string name in new[] { "x.nii", "x.nrrd", "x.mha" })
        {
            ImageWriter.Write(signed, scratch.File("s" + name));
            ImageWriter.Write(unsigned, scratch.File("u" + name));
            Assert.Equal([long.MinValue, long.MaxValue], (long[])ImageReader.Read(scratch.File("s" + name)).Voxels);
            Assert.Equal([0UL, ulong.MaxValue], (ulong[])ImageReader.Read(scratch.File("u" + name)).Voxels);
        }
    }

    [Fact]
    public void VolumeOverloads_WriteFloat64AndUInt8()
    {
        using var scratch = new ScratchFolder();
        var values = new Volume<double>(IoTestImages.ObliqueGeometry(new Size3(3, 2, 2)));
        values.Voxels.Fill(-3.25);
        var mask = new Volume<byte>(values.Geometry);
        mask[1, 1, 1] = 1;

        ImageWriter.Write(values, scratch.File("v.nrrd"));
        ImageWriter.Write(mask, scratch.File("m.nii.gz"));

        Assert.Equal(VoxelType.Float64, ImageReader.Read(scratch.File("v.nrrd")).VoxelType);
        ImageData readMask = ImageReader.Read(scratch.File("m.nii.gz"));
        Assert.Equal(VoxelType.UInt8, readMask.VoxelType);
        Assert.Equal(1, readMask.ToBinaryMask(1)[1, 1, 1]);
    }

    internal enum GeometryStorage
    {
        /// <summary>MetaImage: spacing, origin and direction as separate round-trip decimals.</summary>
        Exact,

        /// <summary>NRRD: origin exact; spacing·direction stored as one vector, so both come back within rounding.</summary>
        ScaledDirections,

        /// <summary>NIfTI: float32; the float-exact spacing and origin come back exactly, the direction within float precision.</summary>
        Float32,
    }

    internal static GeometryStorage StorageOf(string name) =>
        name.Contains(".nii", StringComparison.Ordinal) ? GeometryStorage.Float32
        : name.EndsWith(".nrrd", StringComparison.Ordinal) || name.EndsWith(".nhdr", StringComparison.Ordinal) ? GeometryStorage.ScaledDirections
        : GeometryStorage.Exact;

    internal static void AssertGeometry(ImageGeometry expected, ImageGeometry actual, GeometryStorage storage)
    {
        Assert.Equal(expected.Size, actual.Size);
        Assert.Equal(expected.Origin, actual.Origin);
        switch (storage)
        {
            case GeometryStorage.Exact:
                Assert.Equal(expected.Spacing, actual.Spacing);
                Assert.Equal(expected.Direction, actual.Direction);
                break;
            case GeometryStorage.ScaledDirections:
                for (int a = 0; a < 3; a++)
                {
                    Assert.Equal(expected.Spacing[a], actual.Spacing[a], 1e-14 * expected.Spacing[a]);
                }

                Assert.True(expected.Direction.ApproximatelyEquals(actual.Direction, 1e-15), $"direction {actual.Direction} vs {expected.Direction}");
                break;
            case GeometryStorage.Float32:
                Assert.Equal(expected.Spacing, actual.Spacing);
                Assert.True(expected.Direction.ApproximatelyEquals(actual.Direction, 1e-6), $"direction {actual.Direction} vs {expected.Direction}");
                break;
        }
    }
}
