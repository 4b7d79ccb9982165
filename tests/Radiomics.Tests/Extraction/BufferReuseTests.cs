using Radiomics.Extraction;
using Radiomics.Features;
using Radiomics.Imaging;
using Radiomics.Preprocessing;
using static Radiomics.Tests.Extraction.FilterRegionCases;

namespace Radiomics.Tests.Extraction;

/// <summary>
/// The extractor's pooled buffers (the ROI box's intensities, discretised levels, texture grids), which are not
/// zeroed when reused: an extractor that has already run other cases gives exactly what a fresh one gives, and
/// buffers go back to the pool once an input is disposed.
/// </summary>
public sealed class BufferReuseTests
{
    private const string Types = """
        Original: {}
        LoG:
          sigma: [1.0]
        Square: {}
        """;

    [Theory]
    [InlineData("binWidth: 25")]
    [InlineData("binWidth: 10\nresegmentRange: [-200, 400]")]
    [InlineData("binCount: 16\nnormalize: true")]
    [InlineData("binWidth: 10\nresampledPixelSpacing: [0.7, 0.9, 1.3]")] // the resampled image comes from the pool too
    public void Extract_WithReusedBuffers_EqualsAFreshExtractor(string settings)
    {
        ImageData image = Image(VoxelType.Int16);
        RadiomicsExtractor used = Extractor(Yaml("roi", Types, settings + "\nadditionalInfo: true"));

        // Other cases first, so that the pool holds buffers with stale contents, some of the same lengths.
        used.Extract(Image(VoxelType.Int16, seed: 3), Mask(Interior));
        used.Extract(image, Mask(Border));
        used.Extract(Image(VoxelType.Int16, seed: 5), Mask(Interior));
        foreach (BoundingBox box in new[] { Interior, Border })
        {
            FeatureResult expected = Extractor(Yaml("roi", Types, settings + "\nadditionalInfo: true")).Extract(image, Mask(box));
            FeatureResult actual = used.Extract(image, Mask(box));
            Assert.Equal(expected.Entries.Select(e => e.Key), actual.Entries.Select(e => e.Key));
            Assert.Equal(expected.Entries.Select(e => e.Value), actual.Entries.Select(e => e.Value));
        }

        Assert.True(used.Buffers.Count > 0, "the extractor kept no buffer for reuse");
    }

    [Fact]
    public void FeatureInput_WithAPool_GivesItsBuffersBackOnDispose_AndIsUnusableAfterwards()
    {
        ImageData image = Image(VoxelType.Int16);
        Volume<byte> mask = Mask(Interior).ToBinaryMask(1);
        var pool = new ExactLengthArrayPool();
        var input = new FeatureInput(image.ToDoubleVolume(), mask, Radiomics.Configuration.RadiomicsSettings.Default, null, pool);
        FeatureRegistry.Find("glcm")!.Compute(input, FeatureRegistry.Find("glcm")!.Features);
        Assert.Equal(0, pool.Count);
        input.Dispose();
        Assert.Equal(3, pool.Count); // discretised levels, grid byte codes, grid positions (GLCM's 13-direction counts read no int codes)
        Assert.Throws<ObjectDisposedException>(() => input.Discretised);
        input.Dispose();
        Assert.Equal(3, pool.Count);
    }

    [Fact]
    public void Pool_ReusesOnlyExactLengthsOfTheSameType()
    {
        var pool = new ExactLengthArrayPool();
        int[] a = pool.Rent<int>(10);
        pool.Return(a);
        Assert.NotSame(a, pool.Rent<int>(11));
        Assert.Equal(1, pool.Count);
        Assert.IsType<double[]>(pool.Rent<double>(10));
        Assert.Same(a, pool.Rent<int>(10));
        Assert.Equal(0, pool.Count);
    }

    [Fact]
    public void RentReplacing_DropsTheOldestKeptArrayOnAMiss_AndReusesOnAHit()
    {
        var pool = new ExactLengthArrayPool(capacity: 4);
        int[] a = pool.Rent<int>(10), b = pool.Rent<int>(10);
        pool.Return(a);
        pool.Return(b);

        int[] other = pool.RentReplacing<int>(11);

        Assert.Equal(11, other.Length);
        Assert.Equal(1, pool.Count);
        Assert.Same(b, pool.RentReplacing<int>(10)); // a, the oldest, was dropped
        Assert.Equal(0, pool.Count);
    }
}
