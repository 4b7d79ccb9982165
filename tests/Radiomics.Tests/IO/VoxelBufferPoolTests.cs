using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Tests.IO;

public class VoxelBufferPoolTests
{
    private static readonly Size3 Size = new(5, 4, 3);

    [Theory]
    [InlineData(VoxelType.Int16, "a.nii.gz")]
    [InlineData(VoxelType.Float32, "a.nii")]
    [InlineData(VoxelType.UInt8, "a.nrrd")]
    [InlineData(VoxelType.Float64, "a.mha")]
    public void PooledRead_OverwritesEveryValueOfAReturnedBuffer(VoxelType type, string name)
    {
        using var scratch = new ScratchFolder();
        ImageData original = IoTestImages.Make(type, Size);
        string path = scratch.File(name);
        ImageWriter.Write(original, path);
        var pool = new VoxelBufferPool(2);

        ImageData first = ImageReader.Read(path, pool);
        IoTestImages.Poison(first.Voxels);
        pool.Return(first);
        ImageData second = ImageReader.Read(path, pool);

        Assert.Same(first.Voxels, second.Voxels);
        Assert.Equal(IoTestImages.Bytes(original), IoTestImages.Bytes(second));
        Assert.Equal(0, pool.Count);
    }

    [Fact]
    public void PooledRead_OfAnotherTypeOrSize_AllocatesAfterDroppingTheOldestKeptBuffer()
    {
        using var scratch = new ScratchFolder();
        string small = scratch.File("small.nii"), other = scratch.File("other.nii"), floats = scratch.File("floats.nii");
        ImageWriter.Write(IoTestImages.Make(VoxelType.Int16, Size), small);
        ImageWriter.Write(IoTestImages.Make(VoxelType.Int16, new Size3(5, 4, 4)), other);
        ImageWriter.Write(IoTestImages.Make(VoxelType.Float32, Size), floats);
        var pool = new VoxelBufferPool(2);
        ImageData a = ImageReader.Read(small, pool), b = ImageReader.Read(small, pool);
        pool.Return(a);
        pool.Return(b);
        Assert.Equal(2, pool.Count);

        ImageData larger = ImageReader.Read(other, pool);
        ImageData floatImage = ImageReader.Read(floats, pool);

        Assert.NotSame(a.Voxels, larger.Voxels);
        Assert.NotSame(b.Voxels, larger.Voxels);
        Assert.Equal(0, pool.Count); // each miss dropped one kept buffer
        Assert.Equal(IoTestImages.Bytes(ImageReader.Read(other)), IoTestImages.Bytes(larger));
        Assert.Equal(IoTestImages.Bytes(ImageReader.Read(floats)), IoTestImages.Bytes(floatImage));
    }

    [Fact]
    public void Pool_KeepsAtMostItsCapacity()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.File("a.nii");
        ImageWriter.Write(IoTestImages.Make(VoxelType.UInt8, Size), path);
        var pool = new VoxelBufferPool(2);
        ImageData[] images = [ImageReader.Read(path, pool), ImageReader.Read(path, pool), ImageReader.Read(path, pool)];

        foreach (ImageData image in images)
        {
            pool.Return(image);
        }

        Assert.Equal(2, pool.Count);
        Assert.Same(images[2].Voxels, ImageReader.Read(path, pool).Voxels); // the newest kept, the oldest dropped
        Assert.Same(images[1].Voxels, ImageReader.Read(path, pool).Voxels);
        Array fresh = ImageReader.Read(path, pool).Voxels;
        Assert.DoesNotContain(images, image => ReferenceEquals(image.Voxels, fresh));
    }

    [Fact]
    public void ScaledIntegerNifti_ReadsTheSameWithAPool_AndHandsItsIntegerBufferBack()
    {
        using var scratch = new ScratchFolder();
        short[] values = [-1024, 0, 1, 2, 3, 400, 3071, -7];
        var builder = new NiftiBuilder { Slope = 0.5, Intercept = -1024 };
        NiftiBuilder.Save(scratch.File("s.nii"), builder.File(builder.Int16Data(values)));
        var pool = new VoxelBufferPool(4);

        ImageData first = ImageReader.Read(scratch.File("s.nii"), pool);
        Assert.Equal(1, pool.Count); // the int16 buffer the float32 values were promoted from
        IoTestImages.Poison(first.Voxels);
        pool.Return(first);
        ImageData second = ImageReader.Read(scratch.File("s.nii"), pool);

        Assert.Equal(VoxelType.Float32, second.VoxelType);
        Assert.Same(first.Voxels, second.Voxels);
        Assert.Equal(values.Select(v => (float)(v * 0.5 - 1024)).ToArray(), (float[])second.Voxels);
        Assert.Equal(IoTestImages.Bytes(ImageReader.Read(scratch.File("s.nii"))), IoTestImages.Bytes(second));
    }

    [Fact]
    public void Pool_RefusesANonPositiveCapacity()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new VoxelBufferPool(0));
    }
}
