using Radiomics.Extraction;
using Radiomics.Filters.ImageTypes;
using Radiomics.Imaging;
using static Radiomics.Tests.Extraction.FilterRegionCases;

namespace Radiomics.Tests.Extraction;

/// <summary>
/// A type whose window is the region itself (the intensity transforms) reads the caller's crop of the region instead of
/// copying the region again: the window's image is that very volume, and the derived images are the same bits as with
/// a window copied from the whole image.
/// </summary>
public sealed class SharedRegionWindowTests
{
    private const string Types = """
        Original: {}
        Square: {}
        SquareRoot: {}
        Logarithm: {}
        Exponential: {}
        LoG: {sigma: [1.0]}
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Window_OfTheRegion_IsTheHeldCrop_AndOtherWindowsAreCopies(bool border)
    {
        RadiomicsExtractor extractor = Extractor(Yaml("roi", Types));
        RadiomicsExtractor.PreparedCase prepared = extractor.Prepare(Image(), Mask(border ? Border : Interior), "mask", null, null);
        BoundingBox region = prepared.Box;
        Volume<double> held = prepared.Region(region);
        using var lease = new BufferLease(new ExactLengthArrayPool());

        Assert.Same(held, prepared.Window(region, region, lease, held).Image);
        ImageWindow copied = prepared.Window(region, region, lease, null);
        Assert.NotSame(held, copied.Image);
        Assert.Equal(held.Voxels.ToArray(), copied.Image.Voxels.ToArray());

        // A wider window (or a crop of another size) is never the held crop.
        BoundingBox wider = FilterReach.Whole(prepared.Geometry.Size);
        Assert.NotSame(held, prepared.Window(wider, region, lease, held).Image);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DerivedImages_WithTheHeldCrop_EqualThoseFromCopiedWindows(bool border)
    {
        RadiomicsExtractor extractor = Extractor(Yaml("roi", Types));
        RadiomicsExtractor.PreparedCase prepared = extractor.Prepare(Image(), Mask(border ? Border : Interior), "mask", null, null);
        Volume<double> held = prepared.Region(prepared.Box);
        double[] before = held.Voxels.ToArray();

        List<DerivedImage> expected = [.. extractor.DerivedImages(prepared, prepared.Box)];
        List<DerivedImage> actual = [.. extractor.DerivedImages(prepared, prepared.Box, held)];
        Assert.Equal(6, expected.Count);
        Assert.Equal(expected.Select(d => d.Prefix), actual.Select(d => d.Prefix));
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Image.Geometry, actual[i].Image.Geometry);
            Assert.True(expected[i].Image.Voxels.SequenceEqual(actual[i].Image.Voxels), expected[i].Prefix);
        }

        Assert.Equal(before, held.Voxels.ToArray()); // the shared crop is read, never written
    }
}
