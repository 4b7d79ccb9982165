using Radiomics.Features.FirstOrder;
using Radiomics.Imaging;
using Radiomics.Preprocessing;

namespace Radiomics.Tests.Features.FirstOrder;

/// <summary>
/// The bucketed selection behind the percentiles returns, bit for bit, what numpy's linear interpolation gives on
/// the fully sorted data, whatever the distribution (spread, tied, skewed, infinite) and however the data are split
/// into runs.
/// </summary>
public class PercentileAlgorithmTests
{
    private static readonly double[] Used = [10, 25, 50, 75, 90];

    public static TheoryData<string> Distributions => ["uniform", "integers", "ties", "skewed", "outliers", "constant", "infinities", "tiny-range", "negative-zero", "plateaus", "smooth"];

    [Theory]
    [MemberData(nameof(Distributions))]
    public void Percentiles_EqualSortedLinearInterpolation(string distribution)
    {
        foreach (int n in new[] { 1, 2, 3, 15, 16, 17, 997, 20_000 })
        {
            double[] values = Generate(distribution, n, seed: n);
            Assert.Equal(Sorted(values, Used), Percentiles(new RoiSegments(values), values));
        }
    }

    [Fact]
    public void Percentiles_OfSplitRuns_EqualThoseOfTheContiguousValues()
    {
        var random = new Random(3);
        double[] image = Enumerable.Range(0, 5000).Select(_ => random.NextDouble() * 1000 - 300).ToArray();
        byte[] mask = Enumerable.Range(0, 5000).Select(_ => random.Next(3) == 0 ? (byte)0 : (byte)1).ToArray();
        var (runs, count) = RoiRuns.Of(mask);
        double[] inside = image.Where((_, i) => mask[i] != 0).ToArray();
        Assert.Equal(Sorted(inside, Used), Percentiles(new RoiSegments(image, runs, count), inside));
    }

    [Theory]
    [MemberData(nameof(Distributions))]
    public void Percentiles_OfSplitRuns_EqualSortedLinearInterpolation(string distribution)
    {
        // The gather scans the buckets kept in the counting pass (sixteen at a time, then one by one) and finds each
        // hit's voxel among the runs: runs of every length, holes of every length, and a count that is no multiple of 16.
        var random = new Random(7);
        double[] image = Generate(distribution, 30_011, seed: 5);
        byte[] mask = new byte[image.Length];
        for (int i = 0; i < mask.Length;)
        {
            int run = random.Next(1, 40), hole = random.Next(0, 9);
            mask.AsSpan(i, Math.Min(run, mask.Length - i)).Fill(1);
            i += run + hole;
        }

        var (runs, count) = RoiRuns.Of(mask);
        double[] inside = image.Where((_, i) => mask[i] != 0).ToArray();
        Assert.Equal(Sorted(inside, Used), Percentiles(new RoiSegments(image, runs, count), inside));
    }

    [Fact]
    public void Percentiles_WithNaN_AreNaN()
    {
        double[] values = [1, 2, double.NaN, 4];
        var result = new double[Used.Length];
        OrderStatistics.Percentiles(new RoiSegments(values), double.NaN, double.NaN, Used, result);
        Assert.All(result, r => Assert.True(double.IsNaN(r)));
    }

    private static double[] Percentiles(RoiSegments segments, double[] values)
    {
        var result = new double[Used.Length];
        OrderStatistics.Percentiles(segments, values.Min(), values.Max(), Used, result);
        return result;
    }

    private static double[] Sorted(double[] values, double[] percentiles)
    {
        double[] sorted = values.Order().ToArray();
        return percentiles.Select(q =>
        {
            double position = q / 100 * (sorted.Length - 1);
            int lower = (int)Math.Floor(position);
            double t = position - lower;
            double a = sorted[lower], b = sorted[Math.Min(lower + 1, sorted.Length - 1)];
            return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
        }).ToArray();
    }

    private static double[] Generate(string distribution, int n, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n).Select(i => distribution switch
        {
            "uniform" => random.NextDouble() * 400 - 150,
            "integers" => Math.Round(random.NextDouble() * 400 - 150),
            "ties" => random.Next(3) * 7.5,
            "skewed" => Math.Exp(random.NextDouble() * 40),
            "outliers" => i % 101 == 0 ? 1e300 * (random.Next(2) * 2 - 1) : random.NextDouble(),
            "constant" => -3.25,
            "infinities" => i % 7 == 0 ? double.PositiveInfinity : i % 11 == 0 ? double.NegativeInfinity : random.NextDouble(),
            "tiny-range" => 1 + random.Next(4) * Math.BitIncrement(1.0) - 1 + double.Epsilon * random.Next(3),
            // Neighbours in one bucket (the counting step's lanes must add up), in runs of odd and even lengths.
            "plateaus" => Math.Floor(i / (3.0 + (i / 50 % 4))) * 0.5,
            "smooth" => Math.Sin(i * 0.001) * 100,
            "negative-zero" => random.Next(3) switch { 0 => -0.0, 1 => 0.0, _ => random.NextDouble() - 0.5 },
            _ => throw new ArgumentException(distribution),
        }).ToArray();
    }
}
