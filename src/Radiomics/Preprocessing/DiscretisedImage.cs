using Radiomics.Imaging;

namespace Radiomics.Preprocessing;

/// <summary>
/// Grey levels after discretisation on the grid of the cropped image: 1 … <see cref="MaxLevel"/> inside the
/// ROI, 0 outside. <see cref="BinEdges"/> are the edges used (bin <c>k</c> holds values in
/// <c>[BinEdges[k-1], BinEdges[k])</c>).
/// </summary>
public sealed class DiscretisedImage
{
    /// <summary>Wraps discretised grey levels (not copied).</summary>
    /// <param name="levels">1 … <paramref name="maxLevel"/> inside the ROI, 0 outside.</param>
    /// <param name="binEdges">The bin edges used, ascending.</param>
    /// <param name="maxLevel">The highest grey level (the number of bins).</param>
    public DiscretisedImage(Volume<int> levels, double[] binEdges, int maxLevel)
        : this(levels, binEdges, maxLevel, null)
    {
    }

    /// <summary>
    /// As <see cref="DiscretisedImage(Volume{int}, double[], int)"/>, with the number of ROI voxels at each level
    /// (index = level, at least <paramref name="maxLevel"/> + 1 entries), counted while discretising.
    /// </summary>
    internal DiscretisedImage(Volume<int> levels, double[] binEdges, int maxLevel, int[]? levelCounts)
    {
        Levels = levels;
        BinEdges = binEdges;
        MaxLevel = maxLevel;
        LevelCounts = levelCounts;
    }

    /// <summary>The grey level of every voxel: 1 … <see cref="MaxLevel"/> inside the ROI, 0 outside.</summary>
    public Volume<int> Levels { get; }

    /// <summary>The bin edges, ascending: bin k holds [BinEdges[k−1], BinEdges[k]) (the last bin includes its upper edge).</summary>
    public double[] BinEdges { get; }

    /// <summary>The highest grey level present in the ROI.</summary>
    public int MaxLevel { get; }

    /// <summary>
    /// ROI voxels per grey level (index = level; entries past <see cref="MaxLevel"/> are 0), or null when the image
    /// was built without them. Read-only by convention.
    /// </summary>
    internal int[]? LevelCounts { get; }

    /// <summary>The number of bins defined by the edges.</summary>
    public int BinCount => BinEdges.Length - 1;
}
