using System.IO.Compression;
using System.Text;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Tests.IO;

public class MetaImageReaderTests
{
    private static byte[] Zlib(byte[] data)
    {
        using var memory = new MemoryStream();
        using (var zlib = new ZLibStream(memory, CompressionLevel.Fastest))
        {
            zlib.Write(data);
        }

        return memory.ToArray();
    }

    private static byte[] Int32(bool bigEndian, params int[] values) =>
        values.SelectMany(v => bigEndian ? BitConverter.GetBytes(v).Reverse() : BitConverter.GetBytes(v)).ToArray();

    [Fact]
    public void AttachedCompressedBigEndian_WithTransformMatrixColumns()
    {
        using var scratch = new ScratchFolder();
        // TransformMatrix groups are axis directions: axis x → (0,1,0), axis y → (−1,0,0), axis z → (0,0,1).
        string header = "ObjectType = Image\nNDims = 3\nBinaryData = True\nBinaryDataByteOrderMSB = True\nCompressedData = True\n"
            + "TransformMatrix = 0 1 0 -1 0 0 0 0 1\nOffset = 1 -2 3.5\nElementSpacing = 0.5 0.25 4\nDimSize = 2 2 1\n"
            + "ElementType = MET_INT\nElementDataFile = LOCAL\n";
        File.WriteAllBytes(scratch.File("a.mha"), [.. Encoding.ASCII.GetBytes(header), .. Zlib(Int32(true, 1, -2, int.MaxValue, int.MinValue))]);

        ImageData image = ImageReader.Read(scratch.File("a.mha"));

        Assert.Equal(new[] { 1, -2, int.MaxValue, int.MinValue }, (int[])image.Voxels);
        Assert.Equal(new Direction3(0, -1, 0, 1, 0, 0, 0, 0, 1), image.Geometry.Direction);
        Assert.Equal(new Vector3D(1, -2, 3.5), image.Geometry.Origin);
        Assert.Equal(new Vector3D(0.5, 0.25, 4), image.Geometry.Spacing);
    }

    [Fact]
    public void DetachedRaw_WithHeaderSizeAndChannels()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllBytes(scratch.File("d.raw"), [0xAA, 0xBB, 1, 10, 2, 20]);
        File.WriteAllText(scratch.File("d.mhd"), "ObjectType = Image\nNDims = 2\nDimSize = 2 1\nElementNumberOfChannels = 2\nHeaderSize = 2\n"
            + "ElementType = MET_UCHAR\nElementDataFile = d.raw\n");

        ImageData image = ImageReader.Read(scratch.File("d.mhd"));

        Assert.Equal(2, image.Components);
        Assert.Equal(new byte[] { 1, 10, 2, 20 }, (byte[])image.Voxels);
        Assert.Equal(new Size3(2, 1, 1), image.Geometry.Size);
    }

    [Theory]
    [InlineData("MET_CHAR", VoxelType.Int8)]
    [InlineData("MET_USHORT", VoxelType.UInt16)]
    [InlineData("MET_LONG", VoxelType.Int32)]
    [InlineData("MET_ULONG_LONG", VoxelType.UInt64)]
    [InlineData("MET_DOUBLE", VoxelType.Float64)]
    public void ElementTypes_MapToVoxelTypes(string name, VoxelType expected)
    {
        using var scratch = new ScratchFolder();
        string header = $"NDims = 1\nDimSize = 2\nElementType = {name}\nElementDataFile = LOCAL\n";
        File.WriteAllBytes(scratch.File("t.mha"), [.. Encoding.ASCII.GetBytes(header), .. new byte[2 * expected.SizeInBytes()]]);

        Assert.Equal(expected, ImageReader.Read(scratch.File("t.mha")).VoxelType);
    }
}
