using System.IO.Compression;
using System.Text;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Tests.IO;

/// <summary>
/// Every bad file gives exactly one <see cref="ImageFormatException"/> whose message names the file and
/// the problem, without allocating anything near what a lying header asks for.
/// </summary>
public class CorruptFileTests
{
    private const long AllocationBudget = 16 << 20;

    private static ImageFormatException AssertFails(string path, string problem)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<ImageFormatException>(() => ImageReader.Read(path));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Equal(path, e.FilePath);
        Assert.Contains(problem, e.Problem, StringComparison.OrdinalIgnoreCase);
        Assert.True(allocated < AllocationBudget, $"reading allocated {allocated} bytes");
        return e;
    }

    private static byte[] Gzip(byte[] data)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return memory.ToArray();
    }

    private static string ValidNifti(ScratchFolder scratch, string name)
    {
        string path = scratch.File(name);
        ImageWriter.Write(IoTestImages.Make(VoxelType.Int16, new Size3(20, 20, 10)), path);
        return path;
    }

    [Fact]
    public void MissingFile_Folder_AndUnknownExtension()
    {
        using var scratch = new ScratchFolder();
        AssertFails(scratch.File("nothing.nii"), "not found");
        Directory.CreateDirectory(scratch.File("folder.nii"));
        AssertFails(scratch.File("folder.nii"), "folder");
        File.WriteAllText(scratch.File("x.png"), "png");
        AssertFails(scratch.File("x.png"), "unrecognised image format");
    }

    [Fact]
    public void Nifti_TruncatedUncompressedData()
    {
        using var scratch = new ScratchFolder();
        string path = ValidNifti(scratch, "t.nii");
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 100)]);

        AssertFails(path, "holds only");
    }

    [Fact]
    public void Nifti_TruncatedGzip()
    {
        using var scratch = new ScratchFolder();
        string path = ValidNifti(scratch, "t.nii.gz");
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);

        AssertFails(path, "truncated");
    }

    [Fact]
    public void Nifti_CorruptGzipStream()
    {
        using var scratch = new ScratchFolder();
        string path = ValidNifti(scratch, "c.nii.gz");
        byte[] bytes = File.ReadAllBytes(path);
        for (int i = 200; i < bytes.Length - 20; i += 7)
        {
            bytes[i] ^= 0x5A;
        }

        File.WriteAllBytes(path, bytes);

        AssertFails(path, "corrupt");
    }

    [Fact]
    public void Nifti_FlippedByteInStoredGzipBlock_IsReportedAsCorrupt()
    {
        using var scratch = new ScratchFolder();
        var random = new Random(7);
        var voxels = new byte[30 * 30 * 30];
        random.NextBytes(voxels);
        ImageWriter.Write(new ImageData(ImageGeometry.Unit(new Size3(30, 30, 30)), VoxelType.UInt8, voxels), scratch.File("r.nii"));
        using (var memory = new MemoryStream())
        {
            // Stored (uncompressed) deflate blocks: a flipped byte inside decodes without any decoder error.
            using (var gzip = new GZipStream(memory, CompressionLevel.NoCompression, leaveOpen: true))
            {
                gzip.Write(File.ReadAllBytes(scratch.File("r.nii")));
            }

            byte[] bytes = memory.ToArray();
            bytes[bytes.Length / 2] ^= 0x01;
            File.WriteAllBytes(scratch.File("r.nii.gz"), bytes);
        }

        string path = scratch.File("r.nii.gz");

        AssertFails(path, "corrupt compressed data");
    }

    [Fact]
    public void Nifti_GarbageHeader()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllBytes(scratch.File("g.nii"), Enumerable.Range(0, 2000).Select(i => (byte)(i * 31)).ToArray());

        AssertFails(scratch.File("g.nii"), "not a NIfTI file");
    }

    [Fact]
    public void Nifti_NotGzipButNamedGz()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllBytes(scratch.File("n.nii.gz"), new byte[600]);

        AssertFails(scratch.File("n.nii.gz"), "is not gzip-compressed data");
    }

    [Theory]
    [InlineData(new long[] { 3, 32767, 32767, 32767, 1, 1, 1, 1 }, "exceeds the supported maximum")]
    [InlineData(new long[] { 3, -5, 2, 2, 1, 1, 1, 1 }, "invalid dim[1]")]
    [InlineData(new long[] { 9, 2, 2, 2, 1, 1, 1, 1 }, "invalid dim[0]")]
    [InlineData(new long[] { 4, 2, 2, 2, 3, 1, 1, 1 }, "not supported")]
    public void Nifti_AbsurdOrUnsupportedDimensions(long[] dim, string problem)
    {
        using var scratch = new ScratchFolder();
        var builder = new NiftiBuilder { Dim = dim };
        NiftiBuilder.Save(scratch.File("d.nii"), builder.File(new byte[64]));

        AssertFails(scratch.File("d.nii"), problem);
    }

    [Fact]
    public void Nifti2_HundredThousandCubed_IsRefusedBeforeAllocating()
    {
        using var scratch = new ScratchFolder();
        var builder = new NiftiBuilder { Version = 2, Dim = [3, 100000, 100000, 100000, 1, 1, 1, 1] };
        NiftiBuilder.Save(scratch.File("big.nii"), builder.File(new byte[64]));

        AssertFails(scratch.File("big.nii"), "exceeds the supported maximum");
    }

    [Fact]
    public void Nifti_GzipHeaderClaimingFarMoreThanTheStreamCanHold_IsRefusedBeforeAllocating()
    {
        using var scratch = new ScratchFolder();
        var builder = new NiftiBuilder { Datatype = 2, Dim = [3, 1000, 1000, 1000, 1, 1, 1, 1] };
        NiftiBuilder.Save(scratch.File("bomb.nii.gz"), builder.File(new byte[64]));

        AssertFails(scratch.File("bomb.nii.gz"), "cannot hold");
    }

    [Fact]
    public void Nifti_GzipHeaderClaimingSomewhatMoreThanStored_FailsAtStreamEnd()
    {
        using var scratch = new ScratchFolder();
        // 200 kB of zeros compress to a few hundred bytes, so the plausibility check passes; the stream ends early.
        var builder = new NiftiBuilder { Datatype = 2, Dim = [3, 100, 100, 30, 1, 1, 1, 1] };
        NiftiBuilder.Save(scratch.File("short.nii.gz"), builder.File(new byte[200_000]));

        AssertFails(scratch.File("short.nii.gz"), "truncated");
    }

    [Fact]
    public void Nifti_UnsupportedDatatype()
    {
        using var scratch = new ScratchFolder();
        var builder = new NiftiBuilder { Datatype = 32 };
        NiftiBuilder.Save(scratch.File("c.nii"), builder.File(new byte[128]));

        AssertFails(scratch.File("c.nii"), "unsupported NIfTI datatype complex64");
    }

    [Fact]
    public void Nifti_PairWithMissingImageFile()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllBytes(scratch.File("p.hdr"), new NiftiBuilder { Magic = "ni1" }.Header());

        AssertFails(scratch.File("p.hdr"), "not found");
    }

    [Theory]
    [InlineData("type: short\ndimension: 3\nsizes: 2 2\nendian: little\nencoding: raw\n", "sizes")]
    [InlineData("type: complex\ndimension: 1\nsizes: 2\nencoding: raw\n", "unsupported NRRD type")]
    [InlineData("type: short\ndimension: 1\nsizes: 2\nendian: little\nencoding: bzip2\n", "unsupported NRRD encoding")]
    [InlineData("type: short\ndimension: 1\nsizes: -2\nendian: little\nencoding: raw\n", "invalid")]
    [InlineData("type: short\ndimension: 3\nsizes: 100000 100000 100000\nendian: little\nencoding: raw\n", "exceeds the supported maximum")]
    [InlineData("type: short\ndimension: 3\nsizes: 10 10 10\nendian: little\nencoding: raw\n", "holds only")]
    [InlineData("type: short\ndimension: 3\nsizes: 1000 1000 1000\nendian: little\nencoding: gzip\n", "cannot hold")]
    [InlineData("type: short\ndimension: 1\nsizes: 2\nendian: middle\nencoding: raw\n", "endian")]
    [InlineData("dimension: 1\nsizes: 2\nencoding: raw\n", "no 'type'")]
    [InlineData("type: short\ndimension: 1\nsizes: 2\nspace directions: (1,0,0\nencoding: raw\n", "invalid vector")]
    [InlineData("type: short\ndimension: 1\nsizes: two\nencoding: raw\n", "invalid number")]
    [InlineData("type: short\ndimension: 1\nsizes: 2\nendian: little\nencoding: raw\ndata file: missing.raw\n", "not found")]
    public void Nrrd_BadHeaders(string fields, string problem)
    {
        using var scratch = new ScratchFolder();
        File.WriteAllBytes(scratch.File("b.nrrd"), [.. Encoding.ASCII.GetBytes("NRRD0004\n" + fields + "\n"), .. new byte[16]]);

        AssertFails(scratch.File("b.nrrd"), problem);
    }

    [Fact]
    public void Nrrd_GarbageAndCorruptGzip()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllBytes(scratch.File("g.nrrd"), Enumerable.Range(0, 3000).Select(i => (byte)(i * 13)).ToArray());
        AssertFails(scratch.File("g.nrrd"), "not a NRRD file");

        byte[] data = Gzip(new byte[4000]);
        data[20] ^= 0xFF;
        data[21] ^= 0xFF;
        File.WriteAllBytes(scratch.File("z.nrrd"), [.. Encoding.ASCII.GetBytes("NRRD0004\ntype: short\ndimension: 3\nsizes: 10 10 20\nendian: little\nencoding: gzip\n\n"), .. data]);
        AssertFails(scratch.File("z.nrrd"), "compressed data");
    }

    [Theory]
    [InlineData("NDims = 3\nDimSize = 2 2 2\nElementType = MET_SHORT\n", "does not end")]
    [InlineData("NDims = 3\nDimSize = 2 2 2\nElementType = MET_COMPLEX\nElementDataFile = LOCAL\n", "unsupported MetaImage ElementType")]
    [InlineData("NDims = 3\nDimSize = 2 2\nElementType = MET_SHORT\nElementDataFile = LOCAL\n", "DimSize")]
    [InlineData("NDims = 3\nDimSize = 100000 100000 100000\nElementType = MET_SHORT\nElementDataFile = LOCAL\n", "exceeds the supported maximum")]
    [InlineData("NDims = 3\nDimSize = 20 20 20\nElementType = MET_SHORT\nElementDataFile = LOCAL\n", "holds only")]
    [InlineData("NDims = 3\nDimSize = 2 2 2\nElementType = MET_SHORT\nElementDataFile = gone.raw\n", "not found")]
    [InlineData("NDims = 3\nDimSize = 2 2 2\nElementType = MET_SHORT\nCompressedData = True\nElementDataFile = LOCAL\n", "compressed data")]
    [InlineData("NDims = 3\nDimSize = 2 2 2\nElementType = MET_SHORT\nCompressedData = maybe\nElementDataFile = LOCAL\n", "invalid boolean")]
    public void MetaImage_BadHeaders(string fields, string problem)
    {
        using var scratch = new ScratchFolder();
        File.WriteAllBytes(scratch.File("b.mha"), [.. Encoding.ASCII.GetBytes("ObjectType = Image\n" + fields), .. Enumerable.Repeat((byte)0x77, 40)]);

        AssertFails(scratch.File("b.mha"), problem);
    }

    [Fact]
    public void FailedWrite_LeavesNoFileBehind()
    {
        using var scratch = new ScratchFolder();
        var huge = new ImageData(ImageGeometry.Unit(new Size3(40000, 1, 1)), VoxelType.UInt8, new byte[40000]);

        var e = Assert.Throws<ImageFormatException>(() => ImageWriter.Write(huge, scratch.File("h.nii")));

        Assert.Contains("32767", e.Problem, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(scratch.Path));
    }

    [Fact]
    public void WriteIntoMissingFolder_FailsCleanly()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.File("no/such/folder/x.nrrd");

        var e = Assert.Throws<ImageFormatException>(() => ImageWriter.Write(IoTestImages.Make(VoxelType.UInt8, new Size3(2, 2, 2)), path));

        Assert.Equal(path, e.FilePath);
    }
}
