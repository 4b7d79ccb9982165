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
