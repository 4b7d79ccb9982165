using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Regions;

/// <summary>
/// Connected regions of a mask: <see cref="Labels"/> holds 0 outside the set and the region number 1..<see cref="Count"/>
/// inside it, regions numbered in the order their first voxel comes in a scan with x fastest, then y, then z.
/// </summary>
public sealed record RegionLabels(Volume<int> Labels, IReadOnlyList<int> Sizes)
{
    /// <summary>The number of regions.</summary>
    public int Count => Sizes.Count;

    /// <summary>The size in voxels of region <paramref name="label"/> (1-based).</summary>
    public int SizeOf(int label) => Sizes[label - 1];

    /// <summary>The number of the largest region (the first in scan order among equally large ones), or 0 when there is none.</summary>
    public int Largest()
    {
        int best = 0;
        for (int i = 0; i < Sizes.Count; i++)
        {
            if (best == 0 || Sizes[i] > Sizes[best - 1])
            {
                best = i + 1;
            }
        }

        return best;
    }
}
