using Radiomics.Extraction;
using Radiomics.Filters.ImageTypes;
using Radiomics.Imaging;
using static Radiomics.Tests.Extraction.FilterRegionCases;

namespace Radiomics.Tests.Extraction;

/// <summary>
/// Recycled derived-image buffers (<c>DerivedImages(…, recycle: true)</c>, what <c>Extract</c> uses when no caller can
/// keep an image): every image, read when handed out, equals the image produced without recycling, and buffers are
/// really reused, through the extractor's pool.
/// </summary>
public sealed class DerivedImageRecyclingTests
{
    private const string AllTypes = """
        Original: {}
        LoG:
          sigma: [1.0, 2.5]
        Wavelet: {}
        Square: {}
        SquareRoot: {}
        Logarithm: {}
        Exponential: {}
        """;

    [Theory]
    [InlineData(VoxelType.Int16, "binWidth: 25", false)]
    [InlineData(VoxelType.Float32, "binWidth: 10\nresampledPixelSpacing: [1, 1, 1]", false)]
    [InlineData(VoxelType.Int16, "binWidth: 25", true)]
    public void Recycled_EqualsFresh_ImageByImage(VoxelType type, string settings, bool border)
    {
        ImageData image = Image(type);
        ImageData mask = Mask(border ? Border : Interior);
        RadiomicsExtractor extractor = Extractor(Yaml("roi", AllTypes, settings));
        RadiomicsExtractor.PreparedCase prepared = extractor.Prepare(image, mask, "mask", null, null);
        List<(string Prefix, ImageGeometry Geometry, double[] Voxels)> fresh =
            [.. extractor.DerivedImages(prepared, prepared.Box).Select(d => (d.Prefix, d.Image.Geometry, d.Image.Voxels.ToArray()))];

        var buffers = new HashSet<double[]>(ReferenceEqualityComparer.Instance);
        int index = 0;
        foreach (DerivedImage derived in extractor.DerivedImages(prepared, prepared.Box, null, recycle: true))
        {
            Assert.Equal(fresh[index].Prefix, derived.Prefix);
            Assert.Equal(fresh[index].Geometry, derived.Image.Geometry);
            Assert.Equal(fresh[index].Voxels, derived.Image.Voxels.ToArray());
            buffers.Add(derived.Image.Buffer);
            index++;
        }

        Assert.Equal(fresh.Count, index);
        Assert.True(buffers.Count < fresh.Count / 2, $"{buffers.Count} distinct buffers for {fresh.Count} images");
    }

    [Fact]
    public void RecycledEnumeration_HandsItsBuffersToTheExtractorsPool_ForTheNextCase()
    {
        RadiomicsExtractor extractor = Extractor(Yaml("roi", AllTypes, "binWidth: 25"));
        RadiomicsExtractor.PreparedCase prepared = extractor.Prepare(Image(VoxelType.Int16), Mask(Interior), "mask", null, null);
        int before = extractor.Buffers.Count;

        var first = new HashSet<double[]>(ReferenceEqualityComparer.Instance);
        foreach (DerivedImage derived in extractor.DerivedImages(prepared, prepared.Box, null, recycle: true))
        {
            first.Add(derived.Image.Buffer);
        }

        Assert.True(extractor.Buffers.Count > before, "the enumeration kept its buffers to itself");
        bool reused = false;
        foreach (DerivedImage derived in extractor.DerivedImages(prepared, prepared.Box, null, recycle: true))
        {
            reused |= first.Contains(derived.Image.Buffer);
        }

        Assert.True(reused, "the second enumeration allocated every buffer afresh");
    }

    [Fact]
    public void RecyclingPool_ReusesOnlyExactLengths_AndDropsTheOldestWhenFull()
    {
        var recycler = new Radiomics.Imaging.ExactLengthArrayPool(capacity: 3);
        double[] a = recycler.Rent<double>(10);
        recycler.Return(a);
        Assert.NotSame(a, recycler.Rent<double>(11));
        Assert.Same(a, recycler.Rent<double>(10));
        Assert.NotSame(a, recycler.Rent<double>(10));

        double[][] given = [.. Enumerable.Range(0, 4).Select(_ => new double[5])];
        foreach (double[] buffer in given)
        {
            recycler.Return(buffer);
        }

        var back = new[] { recycler.Rent<double>(5), recycler.Rent<double>(5), recycler.Rent<double>(5) };
        Assert.DoesNotContain(back, b => ReferenceEquals(b, given[0])); // the oldest was dropped
        Assert.All(given[1..], g => Assert.Contains(back, b => ReferenceEquals(b, g)));
        Assert.NotSame(given[0], recycler.Rent<double>(5));
    }
}
