namespace Radiomics.Analysis.Reports;

/// <summary>A PNG drawn for the report, with its pixel size, the size to show it at (CSS pixels) and its text alternative.</summary>
public sealed record RenderedImage(byte[] Png, int Width, int Height, string Alt)
{
    /// <summary>The width to show it at (an integer multiple of <see cref="Width"/>, so pixels stay square blocks).</summary>
    public int DisplayWidth { get; init; } = Width;

    /// <summary>The height to show it at (the same multiple of <see cref="Height"/>).</summary>
    public int DisplayHeight { get; init; } = Height;
}
