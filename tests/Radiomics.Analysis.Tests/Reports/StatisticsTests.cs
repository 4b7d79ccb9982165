using Radiomics.Analysis.Reports.Plots;
using Radiomics.Analysis.Reports.Statistics;
using Radiomics.Analysis.Statistics;

namespace Radiomics.Analysis.Tests.Reports;

public sealed class StatisticsTests
{
    [Fact]
    public void RobustZ_IglewiczHoaglinExample_FlagsOnlyTheFarValue()
    {
        // median 3, absolute deviations 2,1,0,1,97 → MAD 1; z = 0.6745 (x − 3).
        var (scores, median, mad) = RobustZ.Of([1, 2, 3, 4, 100]);

        Assert.Equal(3, median);
        Assert.Equal(1, mad);
        Assert.Equal(0.6745 * 97, scores[4], 12);
        Assert.Equal(new[] { false, false, false, false, true }, scores.Select(z => Math.Abs(z) > 3.5));
    }

    [Fact]
    public void RobustZ_MadZero_ScoresNothing()
    {
        var (scores, _, mad) = RobustZ.Of([5, 5, 5, 5, 9]);
        Assert.Equal(0, mad);
        Assert.All(scores, z => Assert.True(double.IsNaN(z)));
    }

    [Fact]
    public void RobustZ_NaNValues_AreLeftOut()
    {
        var (scores, median, _) = RobustZ.Of([double.NaN, 1, 2, 3, 4, 5]);
        Assert.Equal(3, median);
        Assert.True(double.IsNaN(scores[0]));
        Assert.Equal(0, scores[3], 12);
    }

    [Fact]
    public void Quantile_LinearInterpolation_AsNumpyDefault()
    {
        double[] sorted = [1, 2, 3, 4];
        Assert.Equal(1.03, Quantiles.OfSorted(sorted, 0.01), 12); // numpy.percentile([1,2,3,4], 1) = 1.03
        Assert.Equal(2.5, Quantiles.OfSorted(sorted, 0.5), 12);
    }

    [Fact]
    public void ApproximateQuantile_WithinABinOfTheExactOne()
    {
        double[] values = Enumerable.Range(0, 5000).Select(i => Math.Exp(Math.Sin(i * 0.37) * 3) + (i % 7)).ToArray();
        double[] sorted = [.. values.Order()];
        double range = sorted[^1] - sorted[0];
        foreach (double p in new[] { 0.01, 0.25, 0.5, 0.99 })
        {
            double exact = Quantiles.OfSorted(sorted, p);
            Assert.InRange(Quantiles.Approximate(values, p, sorted[0], sorted[^1]), exact - range / 1024, exact + range / 1024);
        }

        Assert.Equal(4, Quantiles.Approximate([4, 4, 4], 0.99, 4, 4));
    }

    [Fact]
    public void Spearman_MonotoneAndReversed_PlusAndMinusOne_TiesAveraged()
    {
        double[] x = [1, 2, 3, 4, 5], y = [10, 20, 25, 100, 1000], z = [5, 4, 3, 2, 1], c = [7, 7, 7, 7, 7];
        double[] m = SpearmanMatrix.Of([x, y, z, c]);

        Assert.Equal(1, m[0 * 4 + 1], 12);
        Assert.Equal(-1, m[0 * 4 + 2], 12);
        Assert.True(double.IsNaN(m[0 * 4 + 3]), "a constant feature has no correlation");
        Assert.Equal(new[] { 1.5, 1.5, 3, 4.5, 4.5 }, Ranks.Average([2, 2, 5, 9, 9]));
    }

    [Fact]
    public void Spearman_EveryPair_AgreesWithCorrelationSpearman()
    {
        // Complete columns go through the blocked matrix, columns with a gap pair by pair: both must give R's cor().
        var random = new Random(5);
        double[][] columns = Enumerable.Range(0, 7).Select(j => Enumerable.Range(0, 40).Select(_ => (double)random.Next(0, 12 + j)).ToArray()).ToArray();
        columns[2][7] = double.NaN;
        columns[5][3] = double.PositiveInfinity;
        double[] m = SpearmanMatrix.Of(columns);
        for (int a = 0; a < 7; a++)
        {
            for (int b = 0; b < 7; b++)
            {
                double[] x = columns[a].Select(v => double.IsFinite(v) ? v : double.NaN).ToArray();
                double[] y = columns[b].Select(v => double.IsFinite(v) ? v : double.NaN).ToArray();
                Assert.Equal(a == b ? 1 : Correlation.Spearman(x, y), m[a * 7 + b], 12);
            }
        }
    }

    [Fact]
    public void Spearman_MissingValues_UsePairwiseCompleteRows()
    {
        double[] x = [1, 2, double.NaN, 4, 5, 6], y = [2, 4, 100, 8, 10, 12];
        double[] m = SpearmanMatrix.Of([x, y]);
        Assert.Equal(1, m[1], 12); // row 2 dropped; the rest is monotone
    }

    [Fact]
    public void HeatMapOrder_PointsOnALine_HclustOrder()
    {
        // Points 0, 1, 5, 6, 20: merges (0,1) and (2,3) at 1, then the two pairs at 5, then point 20 with the rest; a
        // singleton goes left, so R's hclust(dist(c(0, 1, 5, 6, 20)), "average")$order is 5 1 2 3 4 (1-based).
        double[] p = [0, 1, 5, 6, 20];
        double[] d = new double[25];
        for (int i = 0; i < 5; i++)
        {
            for (int j = 0; j < 5; j++)
            {
                d[i * 5 + j] = Math.Abs(p[i] - p[j]);
            }
        }

        Assert.Equal(new[] { 4, 0, 1, 2, 3 }, AverageLinkage.Cluster(d, 5).LeafOrder());
    }

    [Fact]
    public void HeatMapOrder_TwoShuffledClusters_EndUpContiguous()
    {
        // Features 0, 2, 4 correlate with each other, 1, 3, 5 with each other; the order must keep each group together.
        int[] group = [0, 1, 0, 1, 0, 1];
        var d = new double[36];
        for (int i = 0; i < 6; i++)
        {
            for (int j = 0; j < 6; j++)
            {
                d[i * 6 + j] = i == j ? 0 : group[i] == group[j] ? 0.1 + 0.01 * (i + j) : 0.9;
            }
        }

        int[] order = CorrelationHeatMap.ClusterOrder(d.Select(x => 1 - x).ToArray(), 6);
        Assert.Equal(6, order.Distinct().Count());
        int changes = Enumerable.Range(1, 5).Count(k => group[order[k]] != group[order[k - 1]]);
        Assert.Equal(1, changes);
    }
}
