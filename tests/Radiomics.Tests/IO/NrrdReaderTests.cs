using System.IO.Compression;
using System.Text;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.IO;

public class NrrdReaderTests
{
    private const string Geometry3D =
        "space directions: (0,2,0) (-3,0,0) (0,0,4)\nspace origin: (1.5,-2.5,10)\n";

    private static byte[] Int16(bool bigEndian, params short[] values) =>
        values.SelectMany(v => bigEndian ? BitConverter.GetBytes(v).Reverse() : BitConverter.GetBytes(v)).ToArray();

    private static byte[] Gzip(byte[] data)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return memory.ToArray();
    }

    private static void Save(string path, string header, byte[] data) => File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes(header), .. data]);

    [Fact]
    public void AttachedRawLittleEndian_ReadsValuesAndLpsGeometry()
    {
        using var scratch = new ScratchFolder();
        string header = "NRRD0004\n# comment\ntype: short\ndimension: 3\nspace: left-posterior-superior\nsizes: 2 1 2\n"
            + Geometry3D + "kinds: domain domain domain\nendian: little\nencoding: raw\nkey:=value\n\n";
        Save(scratch.File("a.nrrd"), header, Int16(false, 1, -2, 300, -400));

        ImageData image = ImageReader.Read(scratch.File("a.nrrd"));

        Assert.Equal(new short[] { 1, -2, 300, -400 }, (short[])image.Voxels);
        Assert.Equal(new Size3(2, 1, 2), image.Geometry.Size);
        Assert.Equal(new Vector3D(2, 3, 4), image.Geometry.Spacing);
        Assert.Equal(new Direction3(0, -1, 0, 1, 0, 0, 0, 0, 1), image.Geometry.Direction);
        Assert.Equal(new Vector3D(1.5, -2.5, 10), image.Geometry.Origin);
    }

    [Fact]
    public void SpaceRas_IsConvertedToLps()
    {
        using var scratch = new ScratchFolder();
        string header = "NRRD0005\ntype: int16\ndimension: 3\nspace: RAS\nsizes: 2 1 2\n" + Geometry3D + "endian: little\nencoding: raw\n\n";
        Save(scratch.File("ras.nrrd"), header, Int16(false, 1, 2, 3, 4));

        ImageGeometry g = ImageReader.Read(scratch.File("ras.nrrd")).Geometry;

        // RAS → LPS negates the x and y components of every direction and of the origin.
        Assert.Equal(new Direction3(0, 1, 0, -1, 0, 0, 0, 0, 1), g.Direction);
        Assert.Equal(new Vector3D(-1.5, 2.5, 10), g.Origin);
    }

    [Fact]
    public void DetachedGzipBigEndian_WithByteSkipInsideTheStream()
    {
        using var scratch = new ScratchFolder();
        string header = "NRRD0004\ntype: signed short int\ndimension: 3\nspace: left-posterior-superior\nsizes: 2 1 2\n"
            + Geometry3D + "endian: big\nencoding: gzip\nbyte skip: 3\ndata file: data/values.raw.gz\n";
        Directory.CreateDirectory(scratch.File("data"));
        File.WriteAllBytes(scratch.File("data/values.raw.gz"), Gzip([9, 9, 9, .. Int16(true, 7, -8, 9, -10)]));
        File.WriteAllText(scratch.File("d.nhdr"), header);

        Assert.Equal(new short[] { 7, -8, 9, -10 }, (short[])ImageReader.Read(scratch.File("d.nhdr")).Voxels);
    }

    [Fact]
    public void DetachedRaw_WithLineSkipAndByteSkipMinusOne()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllBytes(scratch.File("v.raw"), [.. Encoding.ASCII.GetBytes("junk line\nmore\n"), 0xFF, .. Int16(false, 5, 6, 7, 8)]);
        File.WriteAllText(scratch.File("d.nhdr"), "NRRD0004\ntype: ushort\ndimension: 3\nsizes: 2 2 1\nendian: little\nencoding: raw\nline skip: 2\nbyte skip: -1\ndatafile: v.raw\n");

        ImageData image = ImageReader.Read(scratch.File("d.nhdr"));

        Assert.Equal(new ushort[] { 5, 6, 7, 8 }, (ushort[])image.Voxels);
        Assert.Equal(Direction3.Identity, image.Geometry.Direction);
    }

    [Fact]
    public void AsciiEncoding_AndSpacingsField()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllText(scratch.File("t.nrrd"), "NRRD0001\ntype: float\ndimension: 2\nsizes: 3 1\nspacings: 0.5 2\nencoding: ascii\n\n1.5 -2\n3e2\n");

        ImageData image = ImageReader.Read(scratch.File("t.nrrd"));

        Assert.Equal(new[] { 1.5f, -2f, 300f }, (float[])image.Voxels);
        Assert.Equal(new Vector3D(0.5, 2, 1), image.Geometry.Spacing);
    }

    [Theory]
    [InlineData("dimension: 4\nsizes: 2 2 1 1\nkinds: list domain domain domain\n")]
    [InlineData("dimension: 5\nsizes: 2 2 1 1 1\nspace: LPS\nspace directions: none (1,0,0) (0,1,0) (0,0,1) (0,0,1)\n")]
    public void NonSpatialFirstAxis_BecomesComponents_AndTrailingSingletonIsDropped(string fields)
    {
        using var scratch = new ScratchFolder();
        Save(scratch.File("v.nrrd"), "NRRD0004\ntype: uint8\n" + fields + "encoding: raw\n\n", [1, 10, 2, 20]);

        ImageData image = ImageReader.Read(scratch.File("v.nrrd"));

        Assert.Equal(2, image.Components);
        Assert.Equal(new Size3(2, 1, 1), image.Geometry.Size);
        Assert.Equal(20, image.GetDouble(1, 1));
    }

    [Theory]
    [InlineData("signed char", VoxelType.Int8)]
    [InlineData("unsigned char", VoxelType.UInt8)]
    [InlineData("short int", VoxelType.Int16)]
    [InlineData("unsigned short int", VoxelType.UInt16)]
    [InlineData("signed int", VoxelType.Int32)]
    [InlineData("uint32_t", VoxelType.UInt32)]
    [InlineData("signed long long int", VoxelType.Int64)]
    [InlineData("ulonglong", VoxelType.UInt64)]
    [InlineData("float", VoxelType.Float32)]
    [InlineData("double", VoxelType.Float64)]
    public void TypeAliases_MapToVoxelTypes(string alias, VoxelType expected)
    {
        using var scratch = new ScratchFolder();
        int size = expected.SizeInBytes();
        Save(scratch.File("t.nrrd"), $"NRRD0004\ntype: {alias}\ndimension: 1\nsizes: 2\nendian: little\nencoding: raw\n\n", new byte[2 * size]);

        Assert.Equal(expected, ImageReader.Read(scratch.File("t.nrrd")).VoxelType);
    }

    [Fact]
    public void SlicerLabelMap_ReadsWithItsHeaderGeometry()
    {
        string path = TestData.Require("dicom/dcmqi-seg/23x38x3/nrrd/label.nrrd");

        ImageData image = ImageReader.Read(path);

        // Header: sizes 23 38 3, space directions (0.7,0,0) (0,0.7,0) (0,0,2.5), origin (46.4649, 5.01881, -177.75), LPS.
        Assert.Equal(new Size3(23, 38, 3), image.Geometry.Size);
        Assert.Equal(new Vector3D(0.69999999999999996, 0.69999999999999996, 2.5), image.Geometry.Spacing);
        Assert.Equal(new Vector3D(46.4649, 5.0188100000000002, -177.75), image.Geometry.Origin);
        Assert.Equal(Direction3.Identity, image.Geometry.Direction);
        Assert.Equal(VoxelType.Int16, image.VoxelType);
        Assert.NotEmpty(image.DistinctNonZeroValues());
    }

    [Theory]
    [InlineData("dicom/dcmqi-seg/liver_seg.nrrd")]
    [InlineData("dicom/dcmqi-seg/heart_seg.nrrd")]
    [InlineData("dicom/dcmqi-seg/partial_overlaps-1.nrrd")]
    [InlineData("dicom/dcmqi-seg/spine_seg.nrrd")]
    public void SharedReferenceSegmentations_Read(string relativePath)
    {
        ImageData image = ImageReader.Read(TestData.Require(relativePath));

        Assert.True(image.Geometry.Size.VoxelCount > 0);
        Assert.Equal(1.0, Math.Abs(image.Geometry.Direction.Determinant), 1e-9);
    }
}
