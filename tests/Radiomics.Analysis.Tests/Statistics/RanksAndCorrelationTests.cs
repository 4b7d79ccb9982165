using Radiomics.Analysis.Statistics;

namespace Radiomics.Analysis.Tests.Statistics;

/// <summary>Average ranks and Pearson/Spearman correlation (values as R's rank() and cor() give them).</summary>
public sealed class RanksAndCorrelationTests
{
    [Fact]
    public void Ranks_TiesAveraged_NaNKept()
    {
        double[] ranks = Ranks.Average([3, 1, 4, 1, 5, double.NaN, -0.0, 0.0]);
        Assert.Equal([5, 3.5, 6, 3.5, 7, double.NaN, 1.5, 1.5], ranks);
    }

    [Fact]
    public void Pearson_MatchesR()
    {
        // R: cor(c(1, 2, 3, 4, 5), c(2, 1, 4, 3, 5)) = 0.8
        Assert.Equal(0.8, Correlation.Pearson([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]), 15);
    }

    [Fact]
    public void Spearman_WithTies_IsPearsonOfAverageRanks()
    {
        // ranks (1, 2.5, 2.5, 4) and (1, 3, 2, 4): 4.5 / sqrt(4.5 * 5)
        Assert.Equal(4.5 / Math.Sqrt(22.5), Correlation.Spearman([1, 2, 2, 3], [10, 30, 20, 40]), 15);
    }

    [Fact]
    public void PairwiseComplete_LeavesOutPairsWithNaN()
    {
        Assert.Equal(Correlation.Spearman([1, 2, 2, 3], [10, 30, 20, 40]), Correlation.Spearman([1, double.NaN, 2, 2, 3, 9], [10, 5, 30, 20, 40, double.NaN]));
        Assert.Equal(Correlation.Pearson([1, 2, 3], [3, 1, 2]), Correlation.Pearson([1, 2, double.NaN, 3], [3, 1, 7, 2]));
    }

    [Fact]
    public void ErrorHandling_RejectsNaN()
    {
        var e = Assert.Throws<ArgumentException>(() => Correlation.Pearson([1, double.NaN], [1, 2], MissingValueHandling.Error));
        Assert.Contains("Pair 1", e.Message);
        Assert.Throws<ArgumentException>(() => Correlation.Spearman([1, 2], [1, double.NaN], MissingValueHandling.Error));
    }

    [Fact]
    public void NoVarianceOrTooFewPairs_IsNaN()
    {
        Assert.True(double.IsNaN(Correlation.Pearson([1, 1, 1], [1, 2, 3])));
        Assert.True(double.IsNaN(Correlation.Spearman([1], [2])));
    }

    [Fact]
    public void PerfectLinearRelation_IsOneToRounding()
    {
        double[] x = Enumerable.Range(0, 50).Select(i => 0.1 * i).ToArray();
        Assert.Equal(1.0, Correlation.Pearson(x, x.Select(v => (3 * v) + 7).ToArray()), 15);
        Assert.Equal(-1.0, Correlation.Spearman(x, x.Select(v => -Math.Exp(v)).ToArray()), 15);
    }
}
