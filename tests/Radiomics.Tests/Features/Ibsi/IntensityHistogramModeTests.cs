using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Ibsi;
using Radiomics.Imaging;

namespace Radiomics.Tests.Features.Ibsi;

/// <summary>
/// IBSI AMMC ties: "When the highest count is found in multiple bins, the value of the bin closest to the mean
/// discretised intensity is chosen … with two such bins equidistant to the mean, the bin to the left of the mean".
/// </summary>
public class IntensityHistogramModeTests
{
    [Fact]
    public void ModeOf_TieNearerTheRight_TakesTheRightLevel()
    {
        // The PET case: levels 11 and 13 share the highest count, mean 13.68 → 13 (the lowest, 11, was returned).
        double[] counts = Counts((11, 8), (13, 8), (20, 5), (15, 2), (10, 2));
        Assert.Equal(13.68, MeanOf(counts), 12);
        Assert.Equal(13, IntensityHistogramFamily.ModeOf(counts, MeanOf(counts)));
    }

    [Fact]
    public void ModeOf_TieNearerTheLeft_TakesTheLeftLevel()
    {
        double[] counts = Counts((11, 3), (13, 3), (2, 2));
        Assert.Equal(9.5, MeanOf(counts));
        Assert.Equal(11, IntensityHistogramFamily.ModeOf(counts, MeanOf(counts)));
    }

    [Fact]
    public void ModeOf_TieEquidistantFromTheMean_TakesTheLevelLeftOfTheMean()
    {
        double[] counts = Counts((11, 3), (13, 3), (1, 1), (23, 1));
        Assert.Equal(12, MeanOf(counts));
        Assert.Equal(11, IntensityHistogramFamily.ModeOf(counts, MeanOf(counts)));
    }

    [Fact]
    public void ModeOf_ThreeWayTie_TakesTheLevelClosestToTheMean()
    {
        // Levels 2, 6 and 9 tied at two voxels each, one voxel at 8 → levels sum 2·17 + 8 = 42 over 7: mean 6.
        double[] counts = Counts((2, 2), (6, 2), (9, 2), (8, 1));
        Assert.Equal(6, MeanOf(counts), 12);
        Assert.Equal(6, IntensityHistogramFamily.ModeOf(counts, MeanOf(counts)));
    }

    [Fact]
    public void ModeOf_SingleHighestBin_IsThatBinWhateverTheMean()
    {
        double[] counts = Counts((1, 5), (30, 4));
        Assert.Equal(1, IntensityHistogramFamily.ModeOf(counts, MeanOf(counts)));
    }

    [Theory]
    [InlineData(new double[] { 1, 11, 11, 11, 13, 13, 13, 20, 20 }, 13)] // mean 12.56: nearer 13
    [InlineData(new double[] { 1, 3, 11, 11, 11, 13, 13, 13 }, 11)] // mean 9.5: nearer 11
    [InlineData(new double[] { 1, 11, 11, 11, 13, 13, 13, 23 }, 11)] // mean 12: equidistant → left
    public void Family_ResolvesTiedModeThroughTheDiscretisedImage(double[] values, double expected)
    {
        // Bin width 1 from the minimum 1 (every case holds a 1) keeps the levels equal to the values.
        var geometry = new ImageGeometry(new Size3(values.Length, 1, 1), Vector3D.One, Vector3D.Zero, Direction3.Identity);
        var image = new Volume<double>(geometry, values);
        var mask = new Volume<byte>(geometry, [.. values.Select(_ => (byte)1)]);
        using var input = new FeatureInput(image, mask, RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 1 } });
        var family = new IntensityHistogramFamily();
        FeatureInfo mode = family.Features.Single(f => f.Name == "mode");
        FeatureInfo mean = family.Features.Single(f => f.Name == "mean");
        double[] computed = family.Compute(input, [mode, mean]);
        Assert.Equal(values.Average(), computed[1], 12);
        Assert.Equal(expected, computed[0]);
    }

    private static double[] Counts(params (int Level, int Count)[] bins)
    {
        var counts = new double[bins.Max(b => b.Level)];
        foreach ((int level, int count) in bins)
        {
            counts[level - 1] += count;
        }

        return counts;
    }

    private static double MeanOf(double[] counts) =>
        counts.Select((n, i) => n * (i + 1)).Sum() / counts.Sum();
}
