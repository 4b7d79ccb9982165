using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.Preprocessing;

namespace Radiomics.Tests.Preprocessing;

/// <summary>The run-by-run discretisation: runs cover exactly the ROI, the ROI range is a plain loop's, and the level counts it keeps are the ROI's.</summary>
public class DiscretisationRunsTests
{
    [Theory]
    [InlineData("spread")]
    [InlineData("signed-zeros")]
    [InlineData("nan")]
    [InlineData("infinities")]
    public void RangeOf_EqualsTheScalarLoop_BitForBit_OverRunsOfEveryLength(string kind)
    {
        // Vector accumulators across runs, overlapping last vectors, runs shorter than a vector: the bits of a plain
        // Math.Min/Math.Max loop in voxel order (−0 below +0, NaN wins).
        var random = new Random(kind.Length);
        double[] image = Enumerable.Range(0, 4000).Select(_ => kind switch
        {
            "signed-zeros" => random.Next(2) == 0 ? -0.0 : 0.0,
            "nan" => random.Next(900) == 0 ? double.NaN : random.NextDouble() - 0.5,
            "infinities" => random.Next(50) == 0 ? double.NegativeInfinity : random.Next(50) == 0 ? double.PositiveInfinity : random.NextDouble(),
            _ => (random.NextDouble() * 3000) - 1000,
        }).ToArray();
        for (int trial = 0; trial < 20; trial++)
        {
            byte[] mask = new byte[image.Length];
            for (int i = random.Next(3); i < mask.Length;)
            {
                int run = random.Next(1, 3 + (trial * 3)), hole = random.Next(1, 5);
                mask.AsSpan(i, Math.Min(run, mask.Length - i)).Fill(1);
                i += run + hole;
            }

            var (runs, count) = RoiRuns.Of(mask);

            // The extremes planted at the end of one run and the start of another (a dropped tail or head would show).
            int tail = random.Next(runs.Length / 2), head = random.Next(runs.Length / 2);
            image[runs[2 * tail] + runs[(2 * tail) + 1] - 1] = 5000 + trial;
            image[runs[2 * head]] = -5000 - trial;
            double min = double.PositiveInfinity, max = double.NegativeInfinity;
            for (int i = 0; i < image.Length; i++)
            {
                if (mask[i] != 0)
                {
                    min = Math.Min(min, image[i]);
                    max = Math.Max(max, image[i]);
                }
            }

            var (actualMin, actualMax) = Discretisation.RangeOf(new RoiSegments(image, runs, count));
            Assert.Equal(BitConverter.DoubleToInt64Bits(min), BitConverter.DoubleToInt64Bits(actualMin));
            Assert.Equal(BitConverter.DoubleToInt64Bits(max), BitConverter.DoubleToInt64Bits(actualMax));
        }
    }

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
