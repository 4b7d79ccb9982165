using System.Numerics;
using Radiomics.Filters.Wavelets;
using Radiomics.Numerics.Simd;

namespace Radiomics.Tests.Filters.Wavelets;

/// <summary>
/// The wavelet's one-sweep weighted sum against the pass-per-tap sequence it replaced (a multiply pass, then one
/// multiply-add pass per further tap), bit for bit, in float and double, on odd lengths and term counts.
/// </summary>
public class WaveletWeightedSumTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 2)]
    [InlineData(8, 6)]
    [InlineData(37, 12)]
    [InlineData(110, 5)]
    public void WeightedSum_EqualsMultiplyThenMultiplyAddPasses(int length, int terms)
    {
        Check<float>(length, terms, new Random(length * 100 + terms));
        Check<double>(length, terms, new Random(length * 100 + terms + 1));
    }

    private static void Check<T>(int length, int terms, Random random)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T[] source = [.. Enumerable.Range(0, (3 * length) + 11).Select(_ => T.CreateTruncating((random.NextDouble() * 2000) - 1000))];
        int[] offsets = [.. Enumerable.Range(0, terms).Select(_ => random.Next(source.Length - length + 1))];
        T[] weights = [.. Enumerable.Range(0, terms).Select(_ => T.CreateTruncating((random.NextDouble() * 2) - 1))];

        var expected = new T[length];
        SpanArithmetic.Multiply<T>(source.AsSpan(offsets[0], length), weights[0], expected);
        for (int t = 1; t < terms; t++)
        {
            SpanArithmetic.MultiplyAdd<T>(source.AsSpan(offsets[t], length), weights[t], expected);
        }

        var actual = new T[length];
        StationaryWaveletTransform.WeightedSum<T>(source, offsets, weights, actual);
        Assert.Equal(expected, actual);
    }
}
