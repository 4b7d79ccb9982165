using Radiomics.Imaging;

namespace Radiomics.Preprocessing;

/// <summary>
/// Grey levels after discretisation on the grid of the cropped image: 1 … <see cref="MaxLevel"/> inside the
/// ROI, 0 outside. <see cref="BinEdges"/> are the edges used (bin <c>k</c> holds values in
/// <c>[BinEdges[k-1], BinEdges[k])</c>).
/// </summary>
public sealed class DiscretisedImage
{
    public DiscretisedImage(Volume<int> levels, double[] binEdges, int maxLevel)
    {
        Levels = levels;
        BinEdges = binEdges;
        MaxLevel = maxLevel;
    }

    public Volume<int> Levels { get; }

    public double[] BinEdges { get; }

    /// <summary>The highest grey level present in the ROI.</summary>
    public int MaxLevel { get; }

    /// <summary>The number of bins defined by the edges.</summary>
    public int BinCount => BinEdges.Length - 1;
}
