using Radiomics.Configuration;
using Radiomics.Filters.IntensityTransforms;
using Radiomics.Imaging;
using Radiomics.Preprocessing;
using Radiomics.Tests.Extraction;

namespace Radiomics.Tests.Preprocessing;

/// <summary><c>normalize</c> without converting the whole image: bit-identical to <see cref="Normalisation"/>.</summary>
public class StreamingNormalisationTests
{
    [Theory]
    [InlineData(1.0, null)]
    [InlineData(100.0, 1.5)]
    public void StreamingNormalisation_EqualsWholeImageNormalisation(double scale, double? removeOutliers)
    {
        ImageData image = FilterRegionCases.Image();
        RadiomicsSettings settings = RadiomicsSettings.Default with { Normalisation = new NormalisationSettings { Enabled = true, Scale = scale, RemoveOutliers = removeOutliers } };
        Volume<double> expected = Normalisation.Apply(image.ToDoubleVolume(), settings.Normalisation);

        var streaming = StreamingNormalisation.Of(image, settings.Normalisation);
        var box = new BoundingBox(new Index3(3, 5, 2), new Index3(30, 20, 25));
        Volume<double> part = image.ToDoubleVolume(box.Lower, box.Size);
        streaming.ApplyInPlace(part.Voxels);

        Assert.Equal(expected.Crop(box.Lower, box.Size).Voxels.ToArray(), part.Voxels.ToArray());
        Assert.Equal(IntensityFilters.MaxAbs(expected), streaming.MaxAbs(image));
    }
}
