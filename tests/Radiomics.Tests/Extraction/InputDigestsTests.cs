using Radiomics.Examples;
using Radiomics.Extraction;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Tests.Extraction;

public class InputDigestsTests
{
    [Fact]
    public void Digests_AreComputedOncePerInput_AndEqualTheDirectValues()
    {
        var (image, mask) = SyntheticCase.Create(24, 6);
        var digests = new InputDigests(image, mask);

        string imageHash = digests.HashOf(image);
        string maskHash = digests.HashOf(mask);

        Assert.Equal(ImageHashes.Sha1OfVoxels(image), imageHash);
        Assert.Equal(ImageHashes.Sha1OfVoxels(mask), maskHash);
        Assert.NotEqual(imageHash, maskHash);
        Assert.Same(imageHash, digests.HashOf(image));
        Assert.Same(maskHash, digests.HashOf(mask));
        Assert.Equal(image.Statistics(), digests.StatisticsOf(image));
    }

    [Fact]
    public void Digests_OfAnotherImage_AreComputedAfresh()
    {
        var (image, mask) = SyntheticCase.Create(24, 6);
        var digests = new InputDigests(image, mask);
        _ = digests.HashOf(image);
        _ = digests.StatisticsOf(image);
        short[] changed = (short[])((short[])image.Voxels).Clone();
        changed[0] = short.MaxValue;
        var other = new ImageData(image.Geometry, image.VoxelType, changed);

        Assert.Equal(ImageHashes.Sha1OfVoxels(other), digests.HashOf(other));
        Assert.NotEqual(digests.HashOf(image), digests.HashOf(other));
        Assert.Equal(short.MaxValue, digests.StatisticsOf(other).Maximum);
    }
}
