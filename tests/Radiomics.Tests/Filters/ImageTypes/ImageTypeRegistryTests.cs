using Radiomics.Configuration;
using Radiomics.Filters.ImageTypes;
using Radiomics.Imaging;

namespace Radiomics.Tests.Filters.ImageTypes;

public class ImageTypeRegistryTests
{
    [Fact]
    public void Registry_ListsPyRadiomicsImageTypes()
    {
        Assert.Equal(["Original", "LoG", "Square", "SquareRoot", "Logarithm", "Exponential", "Gradient"], ImageTypeRegistry.All.Select(t => t.Name));
        Assert.Same(ImageTypeRegistry.All[1], ImageTypeRegistry.Find("log"));
        Assert.Null(ImageTypeRegistry.Find("NoSuchType"));
    }

    [Fact]
    public void Produce_YieldsPrefixesInOrder_AndOnlyOnDemand()
    {
        var image = new Volume<double>(ImageGeometry.Unit(new Size3(8, 8, 8)));
        image.Voxels.Fill(5);
        var mask = new Volume<byte>(image.Geometry);
        var settings = RadiomicsSettings.Default with { Sigma = [1.0, 0.0, 2.5] };
        var prefixes = ImageTypeRegistry.All.SelectMany(t => t.Produce(image, mask, settings)).Select(d => d.Prefix).ToArray();
        Assert.Equal(["original", "log-sigma-1-0-mm-3D", "log-sigma-2-5-mm-3D", "square", "squareroot", "logarithm", "exponential", "gradient"], prefixes);

        // Lazy: enumerating nothing computes nothing (a LoG on a too-small image would be skipped anyway, so count on laziness via a throwing sigma list).
        IEnumerable<DerivedImage> lazy = ImageTypeRegistry.Find("LoG")!.Produce(image, mask, settings);
        using IEnumerator<DerivedImage> e = lazy.GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.Equal("log-sigma-1-0-mm-3D", e.Current.Prefix);
        Assert.Same(settings, e.Current.Settings);
    }
}
