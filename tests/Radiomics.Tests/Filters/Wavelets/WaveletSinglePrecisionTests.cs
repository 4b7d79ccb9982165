using Radiomics.Filters.Wavelets;
using Radiomics.Imaging;

namespace Radiomics.Tests.Filters.Wavelets;

/// <summary>The float32 path (pywt's float kernels for float32 arrays) of <see cref="WaveletImages"/>.</summary>
public sealed class WaveletSinglePrecisionTests
{
    [Fact]
    public void Float32_Coif1Impulse_GivesPywtFloatTapProducts()
    {
        // An impulse at the origin: each pass copies one tap (the other products are of zeros), so the LLL value at
        // o = 0 is f₃·(f₃·f₃) in float, f₃ being the tap that reaches back to index 0 ((o + F/2 − k) mod N = 0).
        // pywt's float Coiflet taps are (float)c · (float)√2, c = tap/√2 its table value (wavelets.c).
        Volume<double> image = WaveletImagesTests.Build(new Size3(8, 8, 8), (x, y, z) => x == 0 && y == 0 && z == 0 ? 1 : 0);
        double tap = WaveletFilterBank.Get("coif1").DecompositionLowPass[3];
        float single = (float)(tap / Math.Sqrt(2)) * 1.41421356f;
        float expected = single * (single * single);

        Volume<double> lll = WaveletImages.Produce(image, WaveletImagesTests.Settings("coif1"), VoxelType.Float32)
            .Single(b => b.Prefix == "wavelet-LLL").Image;

        Assert.Equal((double)expected, lll[0, 0, 0]);
        Assert.NotEqual((double)((float)tap * ((float)tap * (float)tap)), lll[0, 0, 0]);
    }

    [Theory]
    [InlineData("coif1")]
    [InlineData("db3")]
    [InlineData("bior2.2")]
    public void Float32_ValuesAreSingles_AndAgreeWithDoubleToSinglePrecision(string wavelet)
    {
        Volume<double> image = WaveletImagesTests.Build(new Size3(9, 6, 5), (x, y, z) => (float)((37.25 * x) - (11.5 * y * y) + (3 * z) + Math.Sin(x * y)));
        var single = WaveletImages.Produce(image, WaveletImagesTests.Settings(wavelet), VoxelType.Float32).ToList();
        var twice = WaveletImages.Produce(image, WaveletImagesTests.Settings(wavelet), VoxelType.Float64).ToList();

        Assert.Equal(twice.Select(b => b.Prefix), single.Select(b => b.Prefix));
        double scale = image.Voxels.ToArray().Max(Math.Abs);
        bool anyDifferent = false;
        for (int b = 0; b < single.Count; b++)
        {
            Assert.Equal(twice[b].Image.Size, single[b].Image.Size);
            ReadOnlySpan<double> s = single[b].Image.Voxels, d = twice[b].Image.Voxels;
            for (int i = 0; i < s.Length; i++)
            {
                Assert.Equal((double)(float)s[i], s[i]);
                Assert.True(Math.Abs(s[i] - d[i]) <= scale * 1e-6, $"{single[b].Prefix}[{i}]: {s[i]} vs {d[i]}");
                anyDifferent |= s[i] != d[i];
            }
        }

        Assert.True(anyDifferent);
    }

    [Fact]
    public void IntegerPixelTypes_UseDoublePrecision()
    {
        // pywt converts integer arrays to float64.
        Volume<double> image = WaveletImagesTests.Build(new Size3(6, 6, 6), (x, y, z) => (x * 7) - (y * 3) + (z * z));
        var int16 = WaveletImages.Produce(image, WaveletImagesTests.Settings("coif1"), VoxelType.Int16).ToList();
        var float64 = WaveletImages.Produce(image, WaveletImagesTests.Settings("coif1")).ToList();

        for (int b = 0; b < int16.Count; b++)
        {
            Assert.Equal(float64[b].Image.Voxels.ToArray(), int16[b].Image.Voxels.ToArray());
        }
    }
}
