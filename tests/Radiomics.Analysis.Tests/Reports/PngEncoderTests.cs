using Radiomics.Analysis.Reports.Rendering;
using Radiomics.Analysis.Tests.Reports.Support;

namespace Radiomics.Analysis.Tests.Reports;

public sealed class PngEncoderTests
{
    [Fact]
    public void Encode_RoundTripsPixelsAndPalette_ThroughAnIndependentDecoder()
    {
        const int width = 37, height = 23;
        var pixels = new byte[width * height];
        for (int i = 0; i < pixels.Length; i++)
        {
            // Gradients, flat runs and noise, so that every row filter gets chosen somewhere.
            int x = i % width, y = i / width;
            pixels[i] = (byte)(y < 8 ? x * 3 : y < 15 ? 7 : (x * 31 + y * 17) % 11);
        }

        int[] palette = Enumerable.Range(0, 120).Select(i => i * 0x020301).ToArray();
        var (w, h, decodedPalette, decoded) = TestPng.Decode(PngEncoder.Encode(pixels, width, height, palette));

        Assert.Equal((width, height), (w, h));
        Assert.Equal(palette, decodedPalette);
        Assert.Equal(pixels, decoded);
    }

    [Fact]
    public void Encode_SameInput_SameBytes()
    {
        byte[] pixels = Enumerable.Range(0, 64 * 64).Select(i => (byte)(i * 7 % 96)).ToArray();
        int[] palette = Enumerable.Range(0, 96).ToArray();
        Assert.Equal(PngEncoder.Encode(pixels, 64, 64, palette), PngEncoder.Encode(pixels, 64, 64, palette));
    }

    [Fact]
    public void Encode_PixelCountNotWidthTimesHeight_Throws() =>
        Assert.Throws<ArgumentException>(() => PngEncoder.Encode(new byte[10], 3, 3, [0]));
}
