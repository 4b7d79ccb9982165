using Radiomics.Configuration;
using Radiomics.Filters.ImageTypes;
using Radiomics.Imaging;

namespace Radiomics.Tests.Filters.ImageTypes;

public class ImageTypeRegistryTests
{
    [Fact]
    public void Produce_ComputesNothingUntilEnumerated()
    {
        int calls = 0;
        var type = new IntensityTransformImageType("Counting", "counting", (v, _) => { calls++; return v; });
        var image = new Volume<double>(ImageGeometry.Unit(new Size3(2, 2, 2)));
        IEnumerable<DerivedImage> produced = type.Produce(image, new Volume<byte>(image.Geometry), RadiomicsSettings.Default);
        Assert.Equal(0, calls);
        Assert.Equal("counting", produced.Single().Prefix);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Registry_ListsPyRadiomicsImageTypes()
    {
        Assert.Equal(["Original", "LoG", "Wavelet", "Square", "SquareRoot", "Logarithm", "Exponential", "Gradient", "LBP2D", "LBP3D", "IbsiMean", "IbsiLoG", "Laws", "Gabor", "IbsiWavelet", "Simoncelli"], ImageTypeRegistry.All.Select(t => t.Name));
        Assert.Same(ImageTypeRegistry.All[1], ImageTypeRegistry.Find("log"));
        Assert.Null(ImageTypeRegistry.Find("NoSuchType"));
    }

    [Fact]
    public void Produce_YieldsPrefixesInOrder_WithTheGivenSettings()
    {
        var image = new Volume<double>(ImageGeometry.Unit(new Size3(8, 8, 8)));
        image.Voxels.Fill(5);
        var mask = new Volume<byte>(image.Geometry);
        var settings = RadiomicsSettings.Default with { Filters = new FilterSettings { Sigma = [1.0, 0.0, 2.5] } };
        // Wavelet and LBP sub-bands, and the IBSI 2 types (Filters/Ibsi2/ImageTypes), are covered by their own tests.
        var prefixes = ImageTypeRegistry.All.Take(10).Where(t => t.Name is not ("Wavelet" or "LBP2D" or "LBP3D")).SelectMany(t => t.Produce(image, mask, settings)).Select(d => d.Prefix).ToArray();
        Assert.Equal(["original", "log-sigma-1-0-mm-3D", "log-sigma-2-5-mm-3D", "square", "squareroot", "logarithm", "exponential", "gradient"], prefixes);

        using IEnumerator<DerivedImage> e = ImageTypeRegistry.Find("LoG")!.Produce(image, mask, settings).GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.Equal("log-sigma-1-0-mm-3D", e.Current.Prefix);
        Assert.Same(settings, e.Current.Settings);
    }
}
