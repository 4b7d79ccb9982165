using Radiomics.Analysis.Habitats;

namespace Radiomics.Analysis.Tests.Habitats;

/// <summary>The adjusted Rand index on the examples of scikit-learn's adjusted_rand_score documentation.</summary>
public class AdjustedRandIndexTests
{
    [Theory]
    [InlineData(new[] { 0, 0, 1, 1 }, new[] { 0, 0, 1, 1 }, 1.0)]
    [InlineData(new[] { 0, 0, 1, 1 }, new[] { 1, 1, 0, 0 }, 1.0)]
    [InlineData(new[] { 0, 0, 1, 2 }, new[] { 0, 0, 1, 1 }, 0.5714285714285714)]
    [InlineData(new[] { 0, 0, 1, 1 }, new[] { 0, 0, 1, 2 }, 0.5714285714285714)]
    [InlineData(new[] { 0, 0, 0, 0 }, new[] { 0, 1, 2, 3 }, 0.0)]
    [InlineData(new[] { 0, 0, 1, 1 }, new[] { 0, 1, 0, 1 }, -0.5)]
    public void Compute_MatchesScikitLearn(int[] a, int[] b, double expected) =>
        Assert.Equal(expected, AdjustedRandIndex.Compute(a, b), 12);

    [Fact]
    public void Compute_DifferentLengths_IsAnError() =>
        Assert.Throws<ArgumentException>(() => AdjustedRandIndex.Compute([0, 1], [0]));
}
