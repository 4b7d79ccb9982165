namespace Radiomics.Analysis.Plots;

/// <summary>How the validation plots are drawn and saved: the image size in pixels and whether an SVG goes beside each PNG.</summary>
public sealed record PlotOptions
{
    /// <summary>The image width in pixels (default 640).</summary>
    public int Width { get; init; } = 640;

    /// <summary>The image height in pixels (default 480).</summary>
    public int Height { get; init; } = 480;

    /// <summary>Also write FILE.svg beside FILE.png (default true).</summary>
    public bool Svg { get; init; } = true;

    /// <summary>Checks the sizes; throws <see cref="ArgumentOutOfRangeException"/> naming the value.</summary>
    public void Validate()
    {
        if (Width is < 100 or > 8000 || Height is < 100 or > 8000)
        {
            throw new ArgumentOutOfRangeException(nameof(Width), $"Plot size must be 100 to 8000 pixels each way; got {Width}x{Height}.");
        }
    }
}
