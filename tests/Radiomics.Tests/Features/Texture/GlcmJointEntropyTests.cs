using Radiomics.Features.Texture.Glcm;
using Radiomics.Numerics;

namespace Radiomics.Tests.Features.Texture;

/// <summary>
/// The joint entropy <c>HXY = −Σ p log₂(p + ε)</c> that <c>GlcmBuffers.Normalise</c> computes, on matrices large enough
/// for its table of logarithms by count (512+ entries), small ones (no table) and non-integer counts (never tabled):
/// bit for bit the direct row-major sum.
/// </summary>
public sealed class GlcmJointEntropyTests
{
    [Theory]
    [InlineData(9, 1, 40, false)] // 81 cells: below the table's threshold
    [InlineData(40, 2, 300, false)] // 1,600 cells, counts under and over the table's 256
    [InlineData(71, 3, 5, false)] // mostly repeated small counts
    [InlineData(40, 4, 300, true)] // non-integer counts (weighted matrices)
    public void JointEntropy_IsBitIdenticalToTheDirectSum(int n, int seed, int maxCount, bool fractional)
    {
        var random = new Random(seed);
        var counts = new double[n * n];
        for (int i = 0; i < counts.Length; i++)
        {
            // About one cell in five empty; the rest small integers (or scaled by an irrational weight).
            int count = random.NextDouble() < 0.2 ? 0 : random.Next(1, maxCount + 1);
            counts[i] = fractional ? count * Math.Sqrt(2) : count;
        }

        var matrix = new GlcmProbabilities(counts, [.. Enumerable.Range(1, n)], n);

        double total = 0;
        foreach (double count in counts)
        {
            total += count; // in order, as the constructor sums
        }

        double expected = 0;
        foreach (double count in counts)
        {
            double p = count / total;
            if (p != 0)
            {
                expected -= p * Math.Log2(p + MachineEpsilon.Value);
            }
        }

        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(matrix.JointEntropy));
    }
}
