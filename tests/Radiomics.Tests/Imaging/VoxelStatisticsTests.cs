using Radiomics.Imaging;

namespace Radiomics.Tests.Imaging;

/// <summary>The diagnostics' mean, minimum and maximum: the fast paths give the plain loop's bits.</summary>
public class VoxelStatisticsTests
{
    public static TheoryData<string> FloatCases => ["integers", "fractions", "negative zero minimum", "NaN", "huge integers", "tail only", "mixed"];

    [Theory]
    [MemberData(nameof(FloatCases))]
    public void Of_Floats_IsThePlainLoopBitForBit(string kind)
    {
        float[] values = Floats(kind);
        AssertSameBits(VoxelStatistics.Plain<float>(values, 0, 1, values.Length), VoxelStatistics.Of<float>(values, 0, 1, values.Length));
        double[] doubles = [.. values.Select(v => (double)v)];
        AssertSameBits(VoxelStatistics.Plain<double>(doubles, 0, 1, doubles.Length), VoxelStatistics.Of<double>(doubles, 0, 1, doubles.Length));
    }

    [Fact]
    public void Of_FractionalDoubles_KeepsTheSequentialSum()
    {
        var random = new Random(7);
        double[] values = [.. Enumerable.Range(0, 10_001).Select(_ => (random.NextDouble() - 0.3) * 1e6)];
        AssertSameBits(VoxelStatistics.Plain<double>(values, 0, 1, values.Length), VoxelStatistics.Of<double>(values, 0, 1, values.Length));
    }

    [Fact]
    public void Of_Integers_IsThePlainLoop()
    {
        var random = new Random(3);
        short[] shorts = [.. Enumerable.Range(0, 5_003).Select(_ => (short)random.Next(short.MinValue, short.MaxValue))];
        AssertSameBits(VoxelStatistics.Plain<short>(shorts, 0, 1, shorts.Length), VoxelStatistics.Of<short>(shorts, 0, 1, shorts.Length));
        uint[] large = [.. Enumerable.Range(0, 3_000).Select(_ => uint.MaxValue - (uint)random.Next(1000))];
        AssertSameBits(VoxelStatistics.Plain<uint>(large, 0, 1, large.Length), VoxelStatistics.Of<uint>(large, 0, 1, large.Length));
        byte[] bytes = [0, 0, 3];
        AssertSameBits(VoxelStatistics.Plain<byte>(bytes, 0, 1, bytes.Length), VoxelStatistics.Of<byte>(bytes, 0, 1, bytes.Length));
    }

    [Fact]
    public void Of_OneComponentOfSeveral_ReadsEveryStrideth()
    {
        float[] values = [1.5f, 10, -2.25f, 20, 7, 30];
        Assert.Equal(((1.5 - 2.25 + 7) / 3, -2.25, 7.0), VoxelStatistics.Of<float>(values, 0, 2, 3));
        Assert.Equal((20.0, 10.0, 30.0), VoxelStatistics.Of<float>(values, 1, 2, 3));
    }

    [Fact]
    public void Of_NoValue_IsNaNMeanAndInfiniteExtremes()
    {
        (double mean, double min, double max) = VoxelStatistics.Of<float>([], 0, 1, 0);
        Assert.True(double.IsNaN(mean));
        Assert.Equal(double.PositiveInfinity, min);
        Assert.Equal(double.NegativeInfinity, max);
    }

    private static float[] Floats(string kind)
    {
        var random = new Random(kind.Length);
        float[] values = [.. Enumerable.Range(0, 4_099).Select(_ => (float)random.Next(-1024, 3072))];
        switch (kind)
        {
            case "fractions":
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = (float)(random.NextDouble() * 2000 - 1000);
                }

                break;
            case "negative zero minimum":
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = Math.Abs(values[i]);
                }

                values[17] = -0f;
                values[18] = 0f;
                break;
            case "NaN":
                values[2_000] = float.NaN;
                break;
            case "huge integers":
                values[5] = 1e30f;
                values[6] = -1e30f;
                values[7] = 3f;
                break;
            case "tail only":
                values = [3, -0.5f, 2.25f];
                break;
            case "mixed":
                values[values.Length - 1] = 0.125f;
                break;
        }

        return values;
    }

    private static void AssertSameBits((double, double, double) expected, (double, double, double) actual)
    {
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Item1), BitConverter.DoubleToInt64Bits(actual.Item1));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Item2), BitConverter.DoubleToInt64Bits(actual.Item2));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Item3), BitConverter.DoubleToInt64Bits(actual.Item3));
    }
}
