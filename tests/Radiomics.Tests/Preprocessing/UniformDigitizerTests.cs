using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.Preprocessing;

namespace Radiomics.Tests.Preprocessing;

/// <summary>
/// The digitizer's four-at-a-time path (vector guesses, accepted from their fractional part or checked against the
/// edges, per-lane histograms) against its scalar path and numpy.digitize's binary search, and discretisation into a
/// buffer that holds stale values.
/// </summary>
public class UniformDigitizerTests
{
    public static TheoryData<string> Binnings => new() { "width", "fine", "count", "ibsi", "huge" };

    [Theory]
    [MemberData(nameof(Binnings))]
    public void VectorPath_EqualsScalarPathAndBinarySearch_OnRunsOfOddLengths(string binning)
    {
        var random = new Random(binning.Length * 31);
        double[] values = new double[3001];
        for (int i = 0; i < values.Length; i++)
        {
            // A third exactly on multiples of the bin width (edges, where an off-by-one would show), runs of equal values too.
            values[i] = random.Next(3) switch
            {
                0 => (Math.Round(random.NextDouble() * 80) * 2.5) - 100,
                1 => i > 0 ? values[i - 1] : 0,
                _ => (random.NextDouble() * 200) - 100,
            };
        }

        double min = values.Min(), max = values.Max();
        double[] edges = binning switch
        {
            "width" => Discretisation.FixedBinWidthEdges(min, max, 2.5),
            "fine" => Discretisation.FixedBinWidthEdges(min, max, 0.01), // more levels than the per-lane histograms take
            "count" => Discretisation.FixedBinCountEdges(min, max, 7),
            "ibsi" => Discretisation.IbsiFixedBinSizeEdges(min - 3.3, max, 25),
            _ => Discretisation.FixedBinWidthEdges(min, max, 1000),
        };

        int[] scalarLevels = new int[values.Length], vectorLevels = new int[values.Length];
        int[] scalarCounts = new int[edges.Length + 1], vectorCounts = new int[edges.Length + 1];
        var scalar = new UniformDigitizer(edges, scalarCounts, vectorise: false);
        var vector = new UniformDigitizer(edges, vectorCounts, vectorise: true);
        for (int start = 0, length = 1; start < values.Length; start += length, length = (length * 7 % 13) + 1)
        {
            length = Math.Min(length, values.Length - start);
            scalar.DigitizeAndCount(values.AsSpan(start, length), scalarLevels.AsSpan(start));
            vector.DigitizeAndCount(values.AsSpan(start, length), vectorLevels.AsSpan(start));
        }

        scalar.CompleteCounts();
        vector.CompleteCounts();
        int[] expected = [.. values.Select(v => Discretisation.Digitize(v, edges))];
        Assert.Equal(expected, scalarLevels);
        Assert.Equal(expected, vectorLevels);
        int[] expectedCounts = new int[edges.Length + 1];
        foreach (int level in expected)
        {
            expectedCounts[level]++;
        }

        Assert.Equal(expectedCounts, scalarCounts);
        Assert.Equal(expectedCounts, vectorCounts);
    }

    public static TheoryData<string, double, double> NearEdgeCases => new()
    {
        { "width", 0, 25 }, { "width", 1e6, 0.37 }, { "width", -3e4, 1e-3 }, { "count", 0, 64 }, { "count", 7e5, 5 },
        { "ibsi", 12.5, 0.1 }, { "width", 1e15, 3 },
    };

    [Theory]
    [MemberData(nameof(NearEdgeCases))]
    public void VectorPath_OnValuesWithinUlpsOfTheEdges_EqualsBinarySearch(string binning, double offset, double width)
    {
        // Guesses are accepted from their fractional part alone away from the edges: values on, just below and just
        // above every edge (and far from zero, where t(x) rounds coarsely) must still get numpy.digitize's level.
        var random = new Random(binning.Length + (int)width);
        double low = offset - (40 * width), high = offset + (40 * width);
        double[] edges = binning switch
        {
            "width" => Discretisation.FixedBinWidthEdges(low, high, width),
            "count" => Discretisation.FixedBinCountEdges(low, high, (int)width),
            _ => Discretisation.IbsiFixedBinSizeEdges(low - width / 3, high, width),
        };

        double[] values = new double[4099];
        for (int i = 0; i < values.Length; i++)
        {
            double edge = edges[random.Next(edges.Length - 1)];
            values[i] = Math.Clamp(random.Next(6) switch
            {
                0 => edge,
                1 => Math.BitDecrement(edge),
                2 => Math.BitIncrement(edge),
                3 => Math.BitIncrement(Math.BitIncrement(edge)),
                4 => Math.BitDecrement(Math.BitDecrement(Math.BitDecrement(edge))),
                _ => low + (random.NextDouble() * (high - low)),
            }, low, high);
        }

        int[] levels = new int[values.Length];
        int[] counts = new int[edges.Length + 1];
        var vector = new UniformDigitizer(edges, counts, vectorise: true);
        vector.DigitizeAndCount(values, levels);
        vector.CompleteCounts();
        int[] expected = [.. values.Select(v => Discretisation.Digitize(v, edges))];
        Assert.Equal(expected, levels);
        int[] expectedCounts = new int[edges.Length + 1];
        foreach (int level in expected)
        {
            expectedCounts[level]++;
        }

        Assert.Equal(expectedCounts, counts);
    }

    [Fact]
    public void Discretise_IntoStaleBuffer_EqualsFreshLevels_ZeroOutsideTheRoi()
    {
        var random = new Random(12);
        var geometry = ImageGeometry.Unit(new Size3(23, 9, 5));
        var image = new Volume<double>(geometry);
        var mask = new Volume<byte>(geometry);
        for (int i = 0; i < image.Length; i++)
        {
            image.Voxels[i] = (random.NextDouble() * 300) - 120;
            mask.Voxels[i] = i % 23 is > 2 and < 19 && random.Next(5) > 0 ? (byte)1 : (byte)0;
        }

        RadiomicsSettings settings = RadiomicsSettings.Default with { Discretisation = RadiomicsSettings.Default.Discretisation with { BinWidth = 10 } };
        DiscretisedImage fresh = Discretisation.Discretise(image, mask, settings);
        var (runs, count) = RoiRuns.Of(mask.Voxels);
        var (min, max) = Discretisation.RangeOf(new RoiSegments(image.Voxels, runs, count));
        int[] stale = [.. Enumerable.Repeat(-7, image.Length)];
        DiscretisedImage reused = Discretisation.Discretise(image, runs, settings, min, max, levelsBuffer: stale);
        Assert.Same(stale, reused.Levels.Buffer);
        Assert.Equal(fresh.Levels.Voxels.ToArray(), reused.Levels.Voxels.ToArray());
        Assert.Equal(fresh.LevelCounts, reused.LevelCounts);
        Assert.All(Enumerable.Range(0, image.Length).Where(i => mask.Voxels[i] == 0), i => Assert.Equal(0, stale[i]));
    }
}
