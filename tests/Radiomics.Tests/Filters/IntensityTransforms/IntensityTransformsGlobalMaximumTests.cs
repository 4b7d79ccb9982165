using Radiomics.Filters.IntensityTransforms;
using Radiomics.Imaging;

namespace Radiomics.Tests.Filters.IntensityTransforms;

/// <summary>
/// The intensity transforms' only whole-image input is M = max|x|: given M, a part of the image transforms to the
/// whole image's values exactly (what <c>filterRegion: roi</c> relies on).
/// </summary>
public class IntensityTransformsGlobalMaximumTests
{
    private static Volume<double> Image()
    {
        var image = new Volume<double>(ImageGeometry.Unit(new Size3(9, 7, 5)));
        var random = new Random(5);
        Span<double> v = image.Voxels;
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = i % 11 == 0 ? 0 : Math.Round((random.NextDouble() - 0.4) * 3000, i % 3);
        }

        return image;
    }

    [Fact]
    public void Logarithm_RangeFromM_EqualsTheMaximumOverTheLoggedVoxels()
    {
        // PyRadiomics: im * (M / max|log-image|); we use max|log-image| = ln(M + 1) (monotone): must be identical.
        Volume<double> image = Image();
        double m = image.Voxels.ToArray().Max(Math.Abs);
        double[] logged = image.Voxels.ToArray().Select(x => x > 0 ? Math.Log(x + 1) : x < 0 ? -Math.Log(-(x - 1)) : x).ToArray();
        double scale = m / logged.Max(Math.Abs);
        double[] expected = logged.Select(g => g * scale).ToArray();
        Assert.Equal(expected, IntensityFilters.Logarithm(image).Voxels.ToArray());
    }

    [Fact]
    public void EveryTransform_OnAPartWithTheWholeM_EqualsTheWholeImageCropped()
    {
        Volume<double> image = Image();
        double m = image.Voxels.ToArray().Max(Math.Abs);
        var start = new Index3(2, 1, 1);
        var size = new Size3(5, 4, 3);
        Volume<double> part = image.Crop(start, size);
        (Func<Volume<double>, Volume<double>> Whole, Func<Volume<double>, double, Volume<double>> Part)[] transforms =
        [
            (IntensityFilters.Square, IntensityFilters.Square),
            (IntensityFilters.SquareRoot, IntensityFilters.SquareRoot),
            (IntensityFilters.Logarithm, IntensityFilters.Logarithm),
            (IntensityFilters.Exponential, IntensityFilters.Exponential),
        ];
        foreach (var (whole, onPart) in transforms)
        {
            Assert.Equal(whole(image).Crop(start, size).Voxels.ToArray(), onPart(part, m).Voxels.ToArray());
        }
    }
}
