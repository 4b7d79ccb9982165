using Radiomics.Filters.Wavelets;
using Radiomics.Imaging;

namespace Radiomics.Tests.Filters.Wavelets;

public sealed class StationaryWaveletTransformTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Result_DoesNotDependOnThreadCount(int axis)
    {
        Volume<double> image = WaveletImagesTests.Build(new Size3(17, 13, 11), (x, y, z) => Math.Sin((x * 1.1) + (y * 0.3)) * Math.Exp(z * 0.1));
        ReadOnlySpan<double> filter = WaveletFilterBank.Get("coif2").DecompositionHighPass;
        var single = new Volume<double>(image.Geometry);
        var parallel = new Volume<double>(image.Geometry);
        StationaryWaveletTransform.FilterAxis(image, single, filter, axis, maxDegreeOfParallelism: 1);
        StationaryWaveletTransform.FilterAxis(image, parallel, filter, axis, maxDegreeOfParallelism: 4);
        Assert.Equal(single.Voxels.ToArray(), parallel.Voxels.ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void EveryAxis_AppliesTheSameCircularFilter(int axis)
    {
        // A line placed along each axis in turn gives the same filtered line (up to summation order: tolerance 1e-14).
        double[] line = [2, -1, 7, 3, 0, 5, -4, 1, 6];
        ReadOnlySpan<double> filter = WaveletFilterBank.Get("sym3").DecompositionLowPass;
        Size3 size = new Size3(1, 1, 1).With(axis, line.Length);
        Volume<double> image = WaveletImagesTests.Build(size, (x, y, z) => line[x + y + z]);
        var output = new Volume<double>(image.Geometry);
        StationaryWaveletTransform.FilterAxis(image, output, filter, axis);
        int shift = filter.Length / 2;
        for (int o = 0; o < line.Length; o++)
        {
            double expected = 0;
            for (int k = 0; k < filter.Length; k++)
            {
                expected += filter[k] * line[(((o + shift - k) % line.Length) + line.Length) % line.Length];
            }

            Assert.Equal(expected, output.Voxels[o], 1e-14);
        }
    }

    [Theory]
    [InlineData("db2", 2)]
    [InlineData("coif1", 2)]
    [InlineData("bior1.3", 4)]
    [InlineData("db3", 3)]
    public void DilatedLevels_ReconstructTheInput(string wavelet, int level)
    {
        // The à trous step of pywt's multi-level swt (filters dilated by 2^(level−1)) is also a perfect-reconstruction pair.
        int dilation = 1 << (level - 1);
        Volume<double> image = WaveletImagesTests.Build(new Size3(16, 3, 2), (x, y, z) => Math.Cos(x * 0.9) + (x % 3) + y - z);
        WaveletFilterBank bank = WaveletFilterBank.Get(wavelet);
        var lo = new Volume<double>(image.Geometry);
        var hi = new Volume<double>(image.Geometry);
        StationaryWaveletTransform.FilterAxis(image, lo, bank.DecompositionLowPass, 0, dilation);
        StationaryWaveletTransform.FilterAxis(image, hi, bank.DecompositionHighPass, 0, dilation);
        Volume<double> yLo = WaveletSynthesis.Synthesize(lo, bank.ReconstructionLowPass, 0, bank.Length, dilation);
        Volume<double> yHi = WaveletSynthesis.Synthesize(hi, bank.ReconstructionHighPass, 0, bank.Length, dilation);
        for (int i = 0; i < image.Length; i++)
        {
            Assert.Equal(image.Voxels[i], (yLo.Voxels[i] + yHi.Voxels[i]) / 2, 1e-12);
        }
    }

    [Fact]
    public void TapOrder_FollowsPywtWrapLoop()
    {
        Span<int> order = stackalloc int[6];

        // N = 10, F = 6, s = 3: outputs 0..6 have i < N (ascending); output 8 has r = 1 → taps 1, 0, then 2..5.
        StationaryWaveletTransform.TapOrder(6, 10, 6, 1, order);
        Assert.Equal([0, 1, 2, 3, 4, 5], order.ToArray());
        StationaryWaveletTransform.TapOrder(8, 10, 6, 1, order);
        Assert.Equal([1, 0, 2, 3, 4, 5], order.ToArray());

        // Dilation 2 (F_e = 12, s = 6), N = 10, output 9: r = 5 → dilated positions 4, 2, 0 (taps 2, 1, 0) first.
        StationaryWaveletTransform.TapOrder(9, 10, 6, 2, order);
        Assert.Equal([2, 1, 0, 3, 4, 5], order.ToArray());
    }
}
