using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.FirstOrder;
using Radiomics.Imaging;
using Radiomics.Preprocessing;

namespace Radiomics.Tests.Features.FirstOrder;

/// <summary>
/// The fast first-order path (runs read in place, bucketed percentiles, branch-free robust sums, level counts kept by
/// the discretisation) gives, bit for bit, what the plain definition gives: a masked loop in voxel order, a full sort
/// for the percentiles, and the probabilities counted from the discretised image.
/// </summary>
public class FirstOrderBitIdentityTests
{
    public static TheoryData<int, string> Cases => new()
    {
        { 1, "random" }, { 2, "blocks" }, { 3, "random" }, { 4, "blocks" }, { 5, "single" }, { 6, "integers" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Statistics_AreBitIdenticalToThePlainDefinition(int seed, string kind)
    {
        var (image, mask) = Case(seed, kind);
        foreach (RadiomicsSettings settings in new[]
        {
            RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 7.5 }, Features = new FeatureSettings { VoxelArrayShift = 1000 } },
            RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinCount = 16 } },
        })
        {
            FirstOrderStatistics fast = FirstOrderStatistics.Compute(new FeatureInput(image, mask, settings));
            double[] plain = Plain(image, mask, settings);
            double[] actual =
            [
                fast.Count, fast.Minimum, fast.Maximum, fast.Mean, fast.Moment2, fast.Moment3, fast.Moment4,
                fast.MeanAbsoluteDeviation, fast.RobustMeanAbsoluteDeviation, fast.Percentile10, fast.Percentile25,
                fast.Median, fast.Percentile75, fast.Percentile90, fast.ShiftedSumOfSquares, .. fast.Probabilities,
            ];
            Assert.Equal(plain.Select(BitConverter.DoubleToInt64Bits), actual.Select(BitConverter.DoubleToInt64Bits));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RoiValues_AreTheMaskedVoxelsInVoxelOrder(int seed, string kind)
    {
        var (image, mask) = Case(seed, kind);
        double[] expected = image.Voxels.ToArray().Where((_, i) => mask.Voxels[i] != 0).ToArray();
        Assert.Equal(expected, new FeatureInput(image, mask, RadiomicsSettings.Default).RoiValues);
    }

    /// <summary>The statistics as the plain definitions compute them, in the order of the assertion above.</summary>
    private static double[] Plain(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings)
    {
        var values = new List<double>();
        for (int i = 0; i < image.Length; i++)
        {
            if (mask.Voxels[i] != 0)
            {
                values.Add(image.Voxels[i]);
            }
        }

        int n = values.Count;
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity, squares = 0;
        foreach (double v in values)
        {
            sum += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
            squares += (v + settings.Features.VoxelArrayShift) * (v + settings.Features.VoxelArrayShift);
        }

        double mean = sum / n, m2 = 0, m3 = 0, m4 = 0, absolute = 0;
        foreach (double v in values)
        {
            double d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
            m4 += d * d * (d * d);
            absolute += Math.Abs(d);
        }

        double[] sorted = [.. values.Order()];
        double Percentile(double q)
        {
            double position = q / 100 * (n - 1);
            int lower = (int)Math.Floor(position);
            double t = position - lower, a = sorted[lower], b = sorted[Math.Min(lower + 1, n - 1)];
            return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
        }

        double p10 = Percentile(10), p90 = Percentile(90);
        double robustSum = 0;
        int robustCount = 0;
        foreach (double v in values.Where(v => v >= p10 && v <= p90))
        {
            robustSum += v;
            robustCount++;
        }

        double robustAbsolute = 0;
        foreach (double v in values.Where(v => v >= p10 && v <= p90))
        {
            robustAbsolute += Math.Abs(v - robustSum / robustCount);
        }

        DiscretisedImage levels = Discretisation.Discretise(image, mask, settings);
        var counts = new SortedDictionary<int, int>();
        for (int i = 0; i < image.Length; i++)
        {
            if (mask.Voxels[i] != 0)
            {
                counts[levels.Levels.Voxels[i]] = counts.GetValueOrDefault(levels.Levels.Voxels[i]) + 1;
            }
        }

        return
        [
            n, min, max, mean, m2 / n, m3 / n, m4 / n, absolute / n, robustAbsolute / robustCount,
            p10, Percentile(25), Percentile(50), Percentile(75), p90, squares, .. counts.Values.Select(c => c / (double)n),
        ];
    }

    private static (Volume<double> Image, Volume<byte> Mask) Case(int seed, string kind)
    {
        var random = new Random(seed);
        var geometry = ImageGeometry.Unit(new Size3(23, 17, 9));
        var image = new Volume<double>(geometry);
        var mask = new Volume<byte>(geometry);
        for (int z = 0; z < 9; z++)
        {
            for (int y = 0; y < 17; y++)
            {
                for (int x = 0; x < 23; x++)
                {
                    int i = geometry.Size.Offset(x, y, z);
                    image.Voxels[i] = kind == "integers" ? random.Next(-1000, 2000) : random.NextDouble() * 3000 - 1000;
                    mask.Voxels[i] = kind switch
                    {
                        "random" or "integers" => random.Next(3) == 0 ? (byte)0 : (byte)1,
                        "blocks" => (x - 11) * (x - 11) + (y - 8) * (y - 8) + 4 * (z - 4) * (z - 4) < 50 ? (byte)1 : (byte)0,
                        _ => i == 1000 ? (byte)1 : (byte)0,
                    };
                }
            }
        }

        return (image, mask);
    }
}
