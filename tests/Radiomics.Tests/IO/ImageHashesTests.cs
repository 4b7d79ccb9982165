using System.Security.Cryptography;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Tests.IO;

public class ImageHashesTests
{
    [Fact]
    public void Sha1OfVoxels_IsSha1OfTheLittleEndianBuffer()
    {
        // sitk.Hash hashes the pixel buffer only: for int16 [1, 256] that is the bytes 01 00 00 01.
        var image = new ImageData(ImageGeometry.Unit(new Size3(2, 1, 1)), VoxelType.Int16, new short[] { 1, 256 });

        string expected = Convert.ToHexStringLower(SHA1.HashData(new byte[] { 1, 0, 0, 1 }));

        Assert.Equal(expected, ImageHashes.Sha1OfVoxels(image));
    }

    [Fact]
    public void Sha1OfVoxels_IgnoresGeometry_ImageFileHashDoesNot()
    {
        ImageData a = IoTestImages.Make(VoxelType.Float32, new Size3(3, 3, 3));
        var moved = new ImageData(a.Geometry with { Origin = new Vector3D(1, 2, 3) }, a.VoxelType, a.Voxels);

        Assert.Equal(ImageHashes.Sha1OfVoxels(a), ImageHashes.Sha1OfVoxels(moved));
        Assert.NotEqual(ImageHashes.ImageFileHash(a), ImageHashes.ImageFileHash(moved));
        Assert.Equal(64, ImageHashes.ImageFileHash(a).Length);
    }

    [Fact]
    public void ImageFileHash_IsTheSameWhateverTheFileFormat()
    {
        using var scratch = new ScratchFolder();
        ImageData image = IoTestImages.Make(VoxelType.Int32, new Size3(4, 3, 2));
        ImageWriter.Write(image, scratch.File("a.mha"));
        ImageWriter.Write(image, scratch.File("b.mhd"), new ImageWriteOptions(Compress: true, BigEndian: true));

        Assert.Equal(ImageHashes.ImageFileHash(image), ImageHashes.ImageFileHash(ImageReader.Read(scratch.File("a.mha"))));
        Assert.Equal(ImageHashes.ImageFileHash(image), ImageHashes.ImageFileHash(ImageReader.Read(scratch.File("b.mhd"))));
    }
}
