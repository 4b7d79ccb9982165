using Radiomics.Features;

namespace Radiomics.Extraction.Voxel;

/// <summary>Maps requested features (registry entries) to a kernel class's own feature numbers.</summary>
internal static class VoxelFeatureIndex
{
    /// <summary>The position of each requested feature's name in <paramref name="names"/>; an unknown name is an error.</summary>
    public static int[] Resolve(string family, IReadOnlyList<string> names, IReadOnlyList<FeatureInfo> requested)
    {
        var indices = new int[requested.Count];
        for (int i = 0; i < requested.Count; i++)
        {
            int index = -1;
            for (int k = 0; k < names.Count; k++)
            {
                if (names[k] == requested[i].Name)
                {
                    index = k;
                    break;
                }
            }

            indices[i] = index >= 0
                ? index
                : throw new NotSupportedException($"{family}_{requested[i].Name} has no voxel-based implementation.");
        }

        return indices;
    }
}
