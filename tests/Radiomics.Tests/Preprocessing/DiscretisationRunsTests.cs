using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.Preprocessing;

namespace Radiomics.Tests.Preprocessing;

/// <summary>The run-by-run discretisation: runs cover exactly the ROI, and the level counts it keeps are the ROI's.</summary>
public class DiscretisationRunsTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(0.97)]
    [InlineData(1.0)]
    public void Runs_CoverExactlyTheRoiVoxels_InOrder(double fill)
    {
        var random = new Random(9);
        byte[] mask = Enumerable.Range(0, 777).Select(_ => random.NextDouble() < fill ? (byte)(1 + random.Next(3)) : (byte)0).ToArray();
        var (runs, count) = RoiRuns.Of(mask);
        var covered = new List<int>();
        for (int r = 0; r < runs.Length; r += 2)
        {
            Assert.True(runs[r + 1] > 0);
            covered.AddRange(Enumerable.Range(runs[r], runs[r + 1]));
        }

        Assert.Equal(Enumerable.Range(0, mask.Length).Where(i => mask[i] != 0), covered);
        Assert.Equal(covered.Count, count);
    }

    [Fact]
    public void LevelCounts_AreTheRoiVoxelsPerLevel()
    {
        var random = new Random(4);
        var geometry = ImageGeometry.Unit(new Size3(31, 7, 3));
        var image = new Volume<double>(geometry);
        var mask = new Volume<byte>(geometry);
        for (int i = 0; i < image.Length; i++)
        {
            image.Voxels[i] = random.NextDouble() * 90 - 20;
            mask.Voxels[i] = random.Next(4) == 0 ? (byte)0 : (byte)1;
        }

        DiscretisedImage discretised = Discretisation.Discretise(image, mask, RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 5 } });
        var expected = new int[discretised.LevelCounts!.Length];
        for (int i = 0; i < image.Length; i++)
        {
            if (mask.Voxels[i] != 0)
            {
                expected[discretised.Levels.Voxels[i]]++;
            }
            else
            {
                Assert.Equal(0, discretised.Levels.Voxels[i]);
            }
        }

        Assert.Equal(expected, discretised.LevelCounts);
        Assert.Equal(Array.FindLastIndex(expected, c => c > 0), discretised.MaxLevel);
    }
}
