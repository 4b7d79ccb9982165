using SkiaSharp;

namespace Radiomics.Analysis.Tests.Plots;

/// <summary>Checks that a file is a decodable PNG of the asked size with a drawing on it (many colours, not one).</summary>
internal static class PlotAssert
{
    public static void IsDrawnPng(string path, int width = 640, int height = 480)
    {
        byte[] bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), $"{path} is not a PNG");
        using SKBitmap bitmap = SKBitmap.Decode(bytes);
        Assert.NotNull(bitmap);
        Assert.Equal(width, bitmap.Width);
        Assert.Equal(height, bitmap.Height);
        var colours = new HashSet<uint>();
        int nonWhite = 0;
        for (int y = 0; y < bitmap.Height; y += 2)
        {
            for (int x = 0; x < bitmap.Width; x += 2)
            {
                SKColor c = bitmap.GetPixel(x, y);
                colours.Add((uint)c);
                nonWhite += c.Red < 200 || c.Green < 200 || c.Blue < 200 ? 1 : 0;
            }
        }

        Assert.True(colours.Count > 8, $"{path}: only {colours.Count} colours");
        Assert.True(nonWhite > 500, $"{path}: only {nonWhite} drawn pixels");
    }
}
