using Radiomics.Numerics.Simd;

namespace Radiomics.Tests.Numerics;

public sealed class SpanArithmeticTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(111)]
    public void MultiplyAndMultiplyAdd_MatchScalarBits_AtEveryLengthAndWidth(int length)
    {
        var random = new Random(length + 1);
        double[] source = Enumerable.Range(0, length).Select(_ => (random.NextDouble() - 0.5) * 1e3).ToArray();
        double[] start = Enumerable.Range(0, length).Select(_ => random.NextDouble()).ToArray();
        const double weight = 0.1234567890123;

        double[] product = new double[length];
        SpanArithmetic.Multiply<double>(source, weight, product);
        double[] sum = start.ToArray();
        SpanArithmetic.MultiplyAdd<double>(source, weight, sum);

        for (int i = 0; i < length; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(source[i] * weight), BitConverter.DoubleToInt64Bits(product[i]));
            Assert.Equal(BitConverter.DoubleToInt64Bits(start[i] + (source[i] * weight)), BitConverter.DoubleToInt64Bits(sum[i]));
        }
    }

    [Fact]
    public void MultiplyAdd_Single_MatchesScalarBits()
    {
        var random = new Random(5);
        float[] source = Enumerable.Range(0, 37).Select(_ => (float)random.NextDouble()).ToArray();
        float[] target = Enumerable.Range(0, 37).Select(_ => (float)random.NextDouble()).ToArray();
        float[] expected = target.Select((t, i) => t + (source[i] * 3.3f)).ToArray();

        SpanArithmetic.MultiplyAdd<float>(source, 3.3f, target);

        Assert.Equal(expected, target);
    }

    [Fact]
    public void Target_ShorterThanSource_LeavesTheRestOfSourceUnread()
    {
        double[] source = [1, 2, 3, 4, 5];
        double[] target = new double[3];

        SpanArithmetic.Multiply<double>(source, 2, target);

        Assert.Equal([2.0, 4, 6], target);
    }
}
