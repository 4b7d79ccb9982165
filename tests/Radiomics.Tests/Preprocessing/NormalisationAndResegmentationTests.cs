using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.Preprocessing;

namespace Radiomics.Tests.Preprocessing;

public class NormalisationAndResegmentationTests
{
    private static Volume<double> Row(params double[] values) =>
        new(ImageGeometry.Unit(new Size3(values.Length, 1, 1)), values);

    [Fact]
    public void Normalise_UsesWholeImageMeanAndSampleStd_ThenClipsThenScales()
    {
        // Values 1…5: mean 3, sample σ = √2.5. (x − 3)/√2.5 = ±1.2649, ±0.6325, 0; clip at 1; scale 100.
        Volume<double> result = Normalisation.Apply(Row(1, 2, 3, 4, 5), scale: 100, removeOutliers: 1);
        double s = Math.Sqrt(2.5);
        Assert.Equal(-100, result.Voxels[0], 12);
        Assert.Equal(-100 / s, result.Voxels[1], 12);
        Assert.Equal(0, result.Voxels[2], 12);
        Assert.Equal(100 / s, result.Voxels[3], 12);
        Assert.Equal(100, result.Voxels[4], 12);
    }

    private static (Volume<double> Image, Volume<byte> Mask) Roi()
    {
        Volume<double> image = Row(10, 20, 30, 40, 50, 60, 99);
        var mask = new Volume<byte>(image.Geometry, [1, 1, 1, 1, 1, 1, 0]);
        return (image, mask);
    }

    [Fact]
    public void Resegment_Absolute_ClosedRange_SortedBounds()
    {
        (Volume<double> image, Volume<byte> mask) = Roi();
        Assert.Equal([0, 1, 1, 1, 0, 0, 0], Resegmentation.Apply(image, mask, [40, 20], ResegmentMode.Absolute).Voxels.ToArray());
        Assert.Equal([0, 0, 0, 1, 1, 1, 0], Resegmentation.Apply(image, mask, [40], ResegmentMode.Absolute).Voxels.ToArray());
    }

    [Fact]
    public void Resegment_Relative_UsesRoiMaximum()
    {
        (Volume<double> image, Volume<byte> mask) = Roi();
        // ROI max 60 (99 is outside): 0.5 → 30.
        Assert.Equal([0, 0, 1, 1, 1, 1, 0], Resegmentation.Apply(image, mask, [0.5], ResegmentMode.Relative).Voxels.ToArray());
    }

    [Fact]
    public void Resegment_Sigma_UsesRoiMeanAndPopulationStd()
    {
        (Volume<double> image, Volume<byte> mask) = Roi();
        // Mean 35, population σ = √(1750/6) ≈ 17.08: [−1, 1] → [17.92, 52.08].
        Assert.Equal([0, 1, 1, 1, 1, 0, 0], Resegmentation.Apply(image, mask, [-1, 1], ResegmentMode.Sigma).Voxels.ToArray());
    }

    [Fact]
    public void Resegment_NothingLeft_ThrowsAsPyRadiomics()
    {
        (Volume<double> image, Volume<byte> mask) = Roi();
        var error = Assert.Throws<Radiomics.ExtractionException>(() => Resegmentation.Apply(image, mask, [55, 58], ResegmentMode.Absolute));
        Assert.Contains("leaves 0 voxel(s)", error.Message);
        Assert.Throws<ArgumentException>(() => Resegmentation.Apply(image, mask, [1, 2, 3], ResegmentMode.Absolute));
    }
}
