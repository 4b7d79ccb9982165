using Radiomics.Preprocessing;

namespace Radiomics.Tests.Preprocessing;

public class DiscretisationTests
{
    [Fact]
    public void FixedBinWidthEdges_StartAtMultipleOfWidthBelowMinimum()
    {
        double[] edges = Discretisation.FixedBinWidthEdges(-37, 60, 25);
        Assert.Equal(-50, edges[0]);
        Assert.Equal(25, edges[1] - edges[0]);
        Assert.True(edges[^1] > 60);
        Assert.Equal(2, Discretisation.Digitize(-25, edges));
        Assert.Equal(1, Discretisation.Digitize(-37, edges));
    }

    [Fact]
    public void FixedBinWidthEdges_FlatRegionGetsOneBin()
    {
        double[] edges = Discretisation.FixedBinWidthEdges(50, 50, 25);
        Assert.Equal(1, Discretisation.Digitize(50, edges));
    }

    [Fact]
    public void FixedBinCount_PutsMaximumInTopBin()
    {
        double[] edges = Discretisation.FixedBinCountEdges(0, 10, 5);
        Assert.Equal(5, Discretisation.Digitize(10, edges));
        Assert.Equal(1, Discretisation.Digitize(0, edges));
    }

    [Fact]
    public void IbsiFixedBinSize_StartsAtLowerBound()
    {
        double[] edges = Discretisation.IbsiFixedBinSizeEdges(-500, 400, 25);
        Assert.Equal(1, Discretisation.Digitize(-500, edges));
        Assert.Equal(37, Discretisation.Digitize(400, edges));
    }
}

public class DiscretisationDigitizeTests
{
    [Fact]
    public void Discretise_EqualsBinarySearchDigitize_ForEveryBinningMode()
    {
        var random = new Random(5);
        var geometry = Radiomics.Imaging.ImageGeometry.Unit(new Radiomics.Imaging.Size3(40, 30, 5));
        var image = new Radiomics.Imaging.Volume<double>(geometry);
        var mask = new Radiomics.Imaging.Volume<byte>(geometry);
        for (int i = 0; i < image.Length; i++)
        {
            // Many values land exactly on bin edges (multiples of 2.5), where off-by-one errors would show.
            image.Voxels[i] = random.Next(3) == 0 ? Math.Round(random.NextDouble() * 80) * 2.5 - 100 : random.NextDouble() * 200 - 100;
            mask.Voxels[i] = random.Next(4) == 0 ? (byte)0 : (byte)1;
        }

        foreach (var settings in new[]
        {
            Radiomics.Configuration.RadiomicsSettings.Default with { Discretisation = Radiomics.Configuration.RadiomicsSettings.Default.Discretisation with { BinWidth = 2.5 } },
            Radiomics.Configuration.RadiomicsSettings.Default with { Discretisation = Radiomics.Configuration.RadiomicsSettings.Default.Discretisation with { BinWidth = 0.1 } },
            Radiomics.Configuration.RadiomicsSettings.Default with { Discretisation = Radiomics.Configuration.RadiomicsSettings.Default.Discretisation with { BinCount = 32 } },
            Radiomics.Configuration.RadiomicsSettings.Default with { Discretisation = Radiomics.Configuration.RadiomicsSettings.Default.Discretisation with { BinWidth = 25, BinningOrigin = Radiomics.Configuration.BinningOrigin.Ibsi } },
        })
        {
            var discretised = Discretisation.Discretise(image, mask, settings);
            for (int i = 0; i < image.Length; i++)
            {
                int expected = mask.Voxels[i] == 0 ? 0 : Discretisation.Digitize(image.Voxels[i], discretised.BinEdges);
                Assert.Equal(expected, discretised.Levels.Voxels[i]);
            }
        }
    }
}
