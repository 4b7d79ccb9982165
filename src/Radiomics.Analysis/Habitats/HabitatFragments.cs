using Radiomics.Imaging;
using Radiomics.Preprocessing.Regions;

namespace Radiomics.Analysis.Habitats;

/// <summary>
/// Cleans a habitat map of speckle: connected fragments of a habitat smaller than a minimum size join the neighbouring
/// habitat they share most faces with.
/// </summary>
/// <remarks>
/// The rule, exactly: fragments are the connected regions of each habitat under the given connectivity, sized on the
/// map as given. Those under the minimum are visited smallest first (ties: the fragment whose first voxel in scan
/// order, x fastest, comes first). For each, every face (6-neighbour) between one of its voxels and a voxel of another
/// habitat is counted per habitat, on the map as updated by the fragments merged before it; the fragment takes the
/// habitat with the most shared faces (the lower habitat number among equals). Background (0) and voxels beyond the
/// grid never count. A fragment with no face on another habitat (an island in the background) is kept.
/// </remarks>
public static class HabitatFragments
{
    /// <summary>Merges every fragment of fewer than <paramref name="minimumVoxels"/> voxels into its neighbour.</summary>
    public static FragmentMergeResult MergeSmall(Volume<byte> habitats, int minimumVoxels, Connectivity connectivity = Connectivity.Full)
    {
        ArgumentNullException.ThrowIfNull(habitats);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumVoxels);
        Volume<byte> map = habitats.Clone();
        var small = new List<Fragment>();
        foreach (byte habitat in map.Voxels.ToArray().Where(v => v != 0).Distinct().Order())
        {
            RegionLabels regions = ConnectedRegions.Label(habitats, connectivity, habitat);
            var members = new List<int>[regions.Count];
            ReadOnlySpan<int> labels = regions.Labels.Voxels;
            for (int v = 0; v < labels.Length; v++)
            {
                if (labels[v] != 0 && regions.SizeOf(labels[v]) < minimumVoxels)
                {
                    (members[labels[v] - 1] ??= []).Add(v);
                }
            }

            small.AddRange(members.Where(m => m is not null).Select(m => new Fragment(habitat, [.. m])));
        }

        small.Sort((a, b) => a.Voxels.Length != b.Voxels.Length ? a.Voxels.Length.CompareTo(b.Voxels.Length) : a.Voxels[0].CompareTo(b.Voxels[0]));
        int merged = 0, relabelled = 0, isolated = 0;
        Span<byte> values = map.Voxels;
        Size3 size = map.Size;
        var faces = new int[256];
        foreach (Fragment fragment in small)
        {
            Array.Clear(faces);
            foreach (int v in fragment.Voxels)
            {
                Index3 at = size.IndexOf(v);
                CountFace(values, size, at.X > 0, v - 1, fragment.Habitat, faces);
                CountFace(values, size, at.X < size.X - 1, v + 1, fragment.Habitat, faces);
                CountFace(values, size, at.Y > 0, v - size.X, fragment.Habitat, faces);
                CountFace(values, size, at.Y < size.Y - 1, v + size.X, fragment.Habitat, faces);
                CountFace(values, size, at.Z > 0, v - size.X * size.Y, fragment.Habitat, faces);
                CountFace(values, size, at.Z < size.Z - 1, v + size.X * size.Y, fragment.Habitat, faces);
            }

            int target = 0; // faces[0] stays 0: background never counts
            for (int h = 1; h < faces.Length; h++)
            {
                if (faces[h] > faces[target])
                {
                    target = h;
                }
            }

            if (target == 0)
            {
                isolated++;
                continue;
            }

            foreach (int v in fragment.Voxels)
            {
                values[v] = (byte)target;
            }

            merged++;
            relabelled += fragment.Voxels.Length;
        }

        return new FragmentMergeResult(map, merged, relabelled, isolated);
    }

    private static void CountFace(ReadOnlySpan<byte> values, Size3 size, bool inside, int neighbour, byte own, int[] faces)
    {
        if (inside && values[neighbour] != 0 && values[neighbour] != own)
        {
            faces[values[neighbour]]++;
        }
    }

    private sealed record Fragment(byte Habitat, int[] Voxels);
}
